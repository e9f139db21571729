package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gridsight's own sample data, the same bytes on every run and machine (fixed seeds,
 * fixed dates in UTC, numbers with fixed decimals and a dot).
 */
public final class SampleDataGenerator {

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: SampleDataGenerator <directory>");
			System.exit(2);
		}
		for (Path file : new SampleDataGenerator().writeAll(Path.of(args[0]))) {
			System.out.println(file);
		}
	}

	/** Writes the files into the directory (created if missing) and returns them. */
	public List<Path> writeAll(Path directory) throws IOException {
		Files.createDirectories(directory);
		return List.of(writePlantHourly(directory), writeBuildingPortfolio(directory));
	}

	/** Writes {@code plant_hourly.csv} into an existing directory. */
	public Path writePlantHourly(Path directory) throws IOException {
		return PlantHourly.write(directory);
	}

	/** Writes {@code building_portfolio.csv} into an existing directory. */
	public Path writeBuildingPortfolio(Path directory) throws IOException {
		return BuildingPortfolio.write(directory);
	}

	/**
	 * What the catalog should say about each file as it would be written into the
	 * directory. Writes nothing.
	 */
	public List<SampleDataset> datasets(Path directory) {
		return List.of(PlantHourly.describe(directory), BuildingPortfolio.describe(directory));
	}

}
