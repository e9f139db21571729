package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gridsight's own sample data: four CSV files, the same bytes on every run and machine
 * (fixed seeds, fixed dates, numbers with fixed decimals and a dot). See
 * {@code docs/sample-data.md}.
 * <ul>
 * <li>{@code plant_hourly.csv}: an industrial site with three gas turbo-alternators,
 * 2025, hourly;</li>
 * <li>{@code building_portfolio.csv}: four buildings' meters, PV and EV chargers, summer
 * 2025, every 15 minutes;</li>
 * <li>{@code restaurant_sales.csv}: order lines of four restaurants over five channels,
 * first half of 2025;</li>
 * <li>{@code home_hourly.csv}: a detached home with a 5 kWp PV array, May to July 2025,
 * hourly on the home's local clock.</li>
 * </ul>
 * Run
 * {@code java -cp target/classes dev.gridsight.catalog.internal.sample.SampleDataGenerator out/}
 * to write them into {@code out/}.
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

	/**
	 * Writes the four files into the directory (created if missing) and returns them.
	 */
	public List<Path> writeAll(Path directory) throws IOException {
		Files.createDirectories(directory);
		return List.of(writePlantHourly(directory), writeBuildingPortfolio(directory), writeRestaurantSales(directory),
				writeHomeHourly(directory));
	}

	/** Writes {@code plant_hourly.csv} into an existing directory. */
	public Path writePlantHourly(Path directory) throws IOException {
		return PlantHourly.write(directory);
	}

	/** Writes {@code building_portfolio.csv} into an existing directory. */
	public Path writeBuildingPortfolio(Path directory) throws IOException {
		return BuildingPortfolio.write(directory);
	}

	/** Writes {@code restaurant_sales.csv} into an existing directory. */
	public Path writeRestaurantSales(Path directory) throws IOException {
		return RestaurantSales.write(directory);
	}

	/** Writes {@code home_hourly.csv} into an existing directory. */
	public Path writeHomeHourly(Path directory) throws IOException {
		return HomeHourly.write(directory);
	}

	/**
	 * What the catalog should say about each file as it would be written into the
	 * directory: name, description, file, and the columns with type, role and unit.
	 * Writes nothing.
	 */
	public List<SampleDataset> datasets(Path directory) {
		return List.of(PlantHourly.describe(directory), BuildingPortfolio.describe(directory),
				RestaurantSales.describe(directory), HomeHourly.describe(directory));
	}

}
