package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.catalog.internal.sample.SampleDataGenerator;
import dev.gridsight.catalog.internal.sample.SampleDataset;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.SampleDataContributor;

/**
 * First start: the four generated sample datasets (industrial plant, building portfolio,
 * restaurant sales, a home with PV) in the first administrator's personal workspace, with
 * units, descriptions and calculated fields in the catalog.
 * <p>
 * The version stays 1: {@link #seed()} imports every file again and the import refuses a
 * name that exists, so a raised version would fail on an existing installation's
 * {@code plant_hourly} at every start rather than add {@code home_hourly}.
 */
@Component
class SampleDatasets implements SampleDataContributor {

	private final DatasetService datasets;

	private final CalculatedFieldService calculatedFields;

	private final UserDirectory users;

	SampleDatasets(DatasetService datasets, CalculatedFieldService calculatedFields, UserDirectory users) {
		this.datasets = datasets;
		this.calculatedFields = calculatedFields;
		this.users = users;
	}

	@Override
	public String key() {
		return "catalog.datasets";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void seed() {
		UserAccount admin = users.firstAdmin().orElse(null);
		if (admin == null) {
			return;
		}
		Path directory = null;
		try {
			directory = Files.createTempDirectory("gridsight-sample-");
			SampleDataGenerator generator = new SampleDataGenerator();
			generator.writeAll(directory);
			for (SampleDataset sample : generator.datasets(directory)) {
				DatasetSummary imported = datasets.importFile(admin, admin.personalWorkspaceId(), sample.name(),
						sample.file().getFileName().toString(), "UTC",
						target -> Files.copy(sample.file(), target, StandardCopyOption.REPLACE_EXISTING));
				describe(admin, imported.id(), sample);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing the sample data failed", ex);
		}
		finally {
			deleteQuietly(directory);
		}
	}

	private void describe(UserAccount admin, UUID id, SampleDataset sample) {
		for (DatasetColumn column : sample.columns()) {
			// the generator's roles agree with the imported types; a unit or description
			// is never refused
			datasets.updateColumn(admin, id, column.name(), column.role(), column.unit() == null ? "" : column.unit(),
					column.description() == null ? "" : column.description(), column.synonyms());
		}
		for (CalculatedField field : sample.calculatedFields()) {
			calculatedFields.create(admin, id, field);
		}
	}

	private static void deleteQuietly(Path directory) {
		if (directory == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			directory.toFile().deleteOnExit();
		}
	}

}
