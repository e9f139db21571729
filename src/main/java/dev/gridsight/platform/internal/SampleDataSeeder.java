package dev.gridsight.platform.internal;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.SampleDataContributor;

/**
 * The first-start sample data hook: runs every module's {@link SampleDataContributor}
 * once per version, unless {@code GRIDSIGHT_SAMPLE_DATA=false}. Runs after the first
 * admin exists.
 */
@Component
@Order(100)
class SampleDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleDataSeeder.class);

	private final GridsightProperties properties;

	private final List<SampleDataContributor> contributors;

	private final AppSettingsRepository settings;

	private final TransactionTemplate transactions;

	SampleDataSeeder(GridsightProperties properties, List<SampleDataContributor> contributors,
			AppSettingsRepository settings, TransactionTemplate transactions) {
		this.properties = properties;
		this.contributors = contributors;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.sampleData()) {
			log.info("Sample data is switched off (GRIDSIGHT_SAMPLE_DATA=false)");
			return;
		}
		List<SampleDataContributor> ordered = contributors.stream()
			.sorted(Comparator.comparingInt(SampleDataContributor::order))
			.toList();
		for (SampleDataContributor contributor : ordered) {
			String key = "sample-data." + contributor.key();
			String version = Integer.toString(contributor.version());
			if (settings.find(key).filter(version::equals).isPresent()) {
				continue;
			}
			try {
				transactions.executeWithoutResult(status -> {
					contributor.seed();
					settings.put(key, version);
				});
				log.info("Seeded sample data '{}' (version {})", contributor.key(), version);
			}
			catch (RuntimeException ex) {
				// sample data must never stop the server from starting; it is tried again
				// next start
				log.error("Seeding sample data '{}' failed; the server runs without it", contributor.key(), ex);
			}
		}
	}

}
