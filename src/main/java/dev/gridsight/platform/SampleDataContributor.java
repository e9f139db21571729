package dev.gridsight.platform;

/**
 * A module's part of the first-start sample data. The seeder calls each contributor once
 * per {@link #version()}, in {@link #order()}, when {@code GRIDSIGHT_SAMPLE_DATA} is not
 * false.
 */
public interface SampleDataContributor {

	/** A stable key, remembered once seeded so a restart does not seed again. */
	String key();

	/** Raise it to seed again after the sample data changes. */
	default int version() {
		return 1;
	}

	default int order() {
		return 0;
	}

	void seed();

}
