package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SampleDataGeneratorTest {

	final SampleDataGenerator generator = new SampleDataGenerator();

	@Test
	void writesTheSameBytesOnEveryRun(@TempDir Path first, @TempDir Path second) throws Exception {
		assertThat(first).isNotEqualTo(second);
		List<Path> firstFiles = this.generator.writeAll(first);
		List<Path> secondFiles = this.generator.writeAll(second);

		assertThat(firstFiles).extracting(file -> file.getFileName().toString())
			.containsExactly("plant_hourly.csv", "building_portfolio.csv", "restaurant_sales.csv", "home_hourly.csv");
		for (int i = 0; i < firstFiles.size(); i++) {
			assertThat(sha256(secondFiles.get(i))).as(secondFiles.get(i).getFileName().toString())
				.isEqualTo(sha256(firstFiles.get(i)));
		}
	}

	/**
	 * The digests of this version of the sample data, the same on every machine. When the
	 * generator changes on purpose, update them here and in docs/sample-data.md.
	 */
	@Test
	void writesTheBytesOfThisVersionOnAnyMachine(@TempDir Path directory) throws Exception {
		List<Path> files = this.generator.writeAll(directory);

		assertThat(sha256(files.get(0))).isEqualTo("677fbca470c5ecb57f20df7aec9c301f5036102dc9a0e268792d081b0261cb2c");
		assertThat(sha256(files.get(1))).isEqualTo("78c41f32ba9f3f23db78caed5d14374a06a5772727880a0dc7e323ccf850ae32");
		assertThat(sha256(files.get(2))).isEqualTo("e92dfedeaf2175a416ee7078343b2a158e262bc10eeca7c46e8e4c187a7d5e1f");
		assertThat(sha256(files.get(3))).isEqualTo("487a052c7cf0173399e08219d8602cf5b0c7fe92f1bf7a20dbc061a5f388c13c");
	}

	/**
	 * Measured as the writing thread's CPU time, so a busy build machine does not fail
	 * it.
	 */

	@Test
	void describesEachFileWithTheColumnsOfItsHeader(@TempDir Path directory) throws IOException {
		List<Path> files = this.generator.writeAll(directory);
		List<SampleDataset> datasets = this.generator.datasets(directory);

		assertThat(datasets).extracting(SampleDataset::name)
			.containsExactly("plant_hourly", "building_portfolio", "restaurant_sales", "home_hourly");
		assertThat(datasets).extracting(SampleDataset::file).containsExactlyElementsOf(files);
		for (SampleDataset dataset : datasets) {
			String header = Files.newBufferedReader(dataset.file(), StandardCharsets.UTF_8).readLine();
			assertThat(header).isEqualTo(String.join(",", dataset.header()));
			assertThat(dataset.description()).isNotBlank();
			assertThat(dataset.roles()).containsValue(ColumnRole.TIME).containsValue(ColumnRole.MEASURE);
			assertThat(dataset.columns()).filteredOn(column -> column.type() == ColumnType.DOUBLE)
				.allSatisfy(column -> assertThat(column.unit()).as(column.name()).isNotBlank());
			assertThat(dataset.columns()).extracting(DatasetColumn::description).doesNotContainNull();
		}
	}

	@Test
	void labelsThePlantColumnsWithUnitsAndRoles(@TempDir Path directory) {
		SampleDataset plant = this.generator.datasets(directory).get(0);

		assertThat(plant.roles()).containsEntry("ts", ColumnRole.TIME)
			.containsEntry("gta2_status", ColumnRole.DIMENSION)
			.containsEntry("gta1_power_mw", ColumnRole.MEASURE);
		assertThat(plant.units()).containsEntry("steam_demand_tph", "t/h")
			.containsEntry("grid_import_mw", "MW")
			.containsEntry("price_eur_per_mwh", "EUR/MWh")
			.doesNotContainKey("tariff_period");
	}

	@Test
	void labelsTheHomeColumnsWithUnitsAndRoles(@TempDir Path directory) {
		SampleDataset home = this.generator.datasets(directory).get(3);

		assertThat(home.name()).isEqualTo("home_hourly");
		assertThat(home.roles()).containsEntry("ts", ColumnRole.TIME).containsEntry("load_kwh", ColumnRole.MEASURE);
		assertThat(home.units()).containsExactly(entry("load_kwh", "kWh"), entry("solar_kwh", "kWh"),
				entry("price_usd_per_kwh", "USD/kWh"), entry("outdoor_temp_c", "°C"));
		assertThat(home.calculatedFields()).extracting(CalculatedField::name).containsExactly("net_load_kwh");
	}

	@Test
	void mainWritesTheFilesIntoTheDirectoryItIsGiven(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("out");

		SampleDataGenerator.main(new String[] { out.toString() });

		assertThat(out.resolve("plant_hourly.csv")).isNotEmptyFile();
		assertThat(out.resolve("building_portfolio.csv")).isNotEmptyFile();
		assertThat(out.resolve("restaurant_sales.csv")).isNotEmptyFile();
		assertThat(out.resolve("home_hourly.csv")).isNotEmptyFile();
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
