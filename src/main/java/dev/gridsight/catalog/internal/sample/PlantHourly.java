package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;

/**
 * An industrial site for 2025, hour by hour: electricity and steam demand met by three
 * gas turbo-alternators, an auxiliary boiler, heat recovery and the grid.
 * <p>
 * The balances hold on every row, to rounding: the running machines' extraction + boiler
 * + heat recovery = steam demand, and the machines' power + grid import = electricity
 * demand. Each machine's power is {@code a·admission + b·extraction + c} with the
 * coefficients of {@link #TURBINES} plus Gaussian noise of {@link #POWER_NOISE_MW} MW, so
 * a least-squares fit over its running hours recovers them.
 */
final class PlantHourly {

	static final String NAME = "plant_hourly";

	static final String FILE = "plant_hourly.csv";

	static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 0, 0);

	static final int HOURS = 8760;

	/** The true models, which the energy model's regression should find again. */
	static final List<GasTurboAlternator> TURBINES = List.of(
			new GasTurboAlternator("gta1", 0.172, -0.048, -1.60, 40, 180, 5.0),
			new GasTurboAlternator("gta2", 0.165, -0.055, -1.40, 40, 180, 5.0),
			new GasTurboAlternator("gta3", 0.180, -0.045, -2.00, 40, 160, 5.5));

	/** Standard deviation of the power noise, truncated at three deviations. */
	static final double POWER_NOISE_MW = 0.30;

	/** GTA 2's two maintenance weeks. */
	static final List<Outage> GTA2_MAINTENANCE = List.of(
			new Outage(LocalDateTime.of(2025, 3, 10, 6, 0), LocalDateTime.of(2025, 3, 17, 6, 0)),
			new Outage(LocalDateTime.of(2025, 9, 15, 6, 0), LocalDateTime.of(2025, 9, 22, 6, 0)));

	/** GTA 1's trips: it stops unplanned and restarts. */
	static final List<Outage> GTA1_TRIPS = List.of(
			new Outage(LocalDateTime.of(2025, 2, 18, 14, 0), LocalDateTime.of(2025, 2, 18, 23, 0)),
			new Outage(LocalDateTime.of(2025, 6, 24, 3, 0), LocalDateTime.of(2025, 6, 25, 1, 0)),
			new Outage(LocalDateTime.of(2025, 11, 5, 10, 0), LocalDateTime.of(2025, 11, 6, 0, 0)));

	private static final long SEED = 0x6A1D_5EED_2025_0001L;

	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18),
			LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 12, 25),
			LocalDate.of(2025, 12, 26));

	private static final double[] STEAM_SHARE = { 0.36, 0.34, 0.30 };

	private static final double[] POWER_SHARE = { 0.35, 0.33, 0.32 };

	private static final double BOILER_STANDBY_TPH = 12;

	private static final double MIN_EXTRACTION_TPH = 10;

	static final List<DatasetColumn> COLUMNS = columns();

	private PlantHourly() {
	}

	static SampleDataset describe(Path directory) {
		return new SampleDataset(NAME,
				"An industrial site in 2025, hourly: electricity and steam demand, three gas turbo-alternators "
						+ "(admission, extraction, power, status), auxiliary boiler, heat recovery, grid import and "
						+ "the peak/standard/off-peak tariff. Times in UTC.",
				directory.resolve(FILE), COLUMNS,
				List.of(new CalculatedField("grid_cost_eur", "grid_import_mw * price_eur_per_mwh", "EUR",
						"cost of the grid import in the hour (MW for one hour = MWh, times the price)")));
	}

	static Path write(Path directory) throws IOException {
		Path file = directory.resolve(FILE);
		Random random = new Random(SEED);
		double[] production = productionLevels(random);
		double electricityNoise = 0;
		double steamNoise = 0;
		try (CsvFile csv = new CsvFile(file, COLUMNS.stream().map(DatasetColumn::name).toList())) {
			for (int hour = 0; hour < HOURS; hour++) {
				LocalDateTime ts = START.plusHours(hour);
				double dayOfYear = ts.getDayOfYear() + ts.getHour() / 24.0;
				electricityNoise = 0.8 * electricityNoise + 1.0 * random.nextGaussian();
				steamNoise = 0.85 * steamNoise + 5.0 * random.nextGaussian();
				double prod = production[hour];
				boolean daylight = ts.getHour() >= 7 && ts.getHour() < 19;
				double electricityDemand = 34 + 3.5 * StrictMath.cos(2 * StrictMath.PI * (dayOfYear - 200) / 365)
						+ 38 * prod + (daylight ? 2 : 0) + electricityNoise;
				double steamDemand = 250 + 45 * StrictMath.cos(2 * StrictMath.PI * (dayOfYear - 20) / 365) + 130 * prod
						+ steamNoise;
				double heatRecovery = clamp(22 + 28 * prod + 2 * random.nextGaussian(), 15, 55);
				TariffPeriod tariff = TariffPeriod.at(ts);

				Dispatch dispatch = dispatch(ts, random, electricityDemand, steamDemand - heatRecovery, tariff);
				double boiler = steamDemand - heatRecovery - dispatch.totalExtraction();
				double gridImport = electricityDemand - dispatch.totalPower();

				csv.timestamp(ts).decimal(electricityDemand, 2).decimal(steamDemand, 2);
				for (int i = 0; i < TURBINES.size(); i++) {
					csv.decimal(dispatch.admission[i], 2)
						.decimal(dispatch.extraction[i], 2)
						.decimal(dispatch.power[i], 2)
						.text(dispatch.status[i]);
				}
				csv.decimal(boiler, 2)
					.decimal(heatRecovery, 2)
					.decimal(gridImport, 2)
					.text(tariff.wire())
					.decimal(tariff.priceEurPerMwh(ts.getMonthValue()), 2);
				csv.endRow();
			}
		}
		return file;
	}

	/**
	 * Splits the steam left after heat recovery over the running machines (the boiler
	 * keeps a standby flow and takes the rest) and the power over them so that the grid
	 * import follows the tariff: more off-peak, little at peak.
	 */
	private static Dispatch dispatch(LocalDateTime ts, Random random, double electricityDemand, double steamToRaise,
			TariffPeriod tariff) {
		int turbines = TURBINES.size();
		Dispatch dispatch = new Dispatch(turbines);
		double[] steamWeight = new double[turbines];
		double[] powerWeight = new double[turbines];
		double[] noise = new double[turbines];
		double steamWeights = 0;
		double powerWeights = 0;
		for (int i = 0; i < turbines; i++) {
			dispatch.status[i] = status(i, ts);
			steamWeight[i] = STEAM_SHARE[i] * (1 + 0.08 * random.nextGaussian());
			powerWeight[i] = POWER_SHARE[i] * (1 + 0.06 * random.nextGaussian());
			noise[i] = truncatedGaussian(random) * POWER_NOISE_MW;
			if (dispatch.running(i)) {
				steamWeights += steamWeight[i];
				powerWeights += powerWeight[i];
			}
		}
		double importTarget = switch (tariff) {
			case OFF_PEAK -> 18 + 4 * random.nextGaussian();
			case STANDARD -> 7 + 2 * random.nextGaussian();
			case PEAK -> 4.5 + random.nextGaussian();
		};
		double powerToMake = electricityDemand - Math.max(3.5, importTarget);
		double extractionToMake = steamToRaise - BOILER_STANDBY_TPH;
		for (int i = 0; i < turbines; i++) {
			if (dispatch.running(i)) {
				operate(dispatch, i, powerToMake * powerWeight[i] / powerWeights,
						extractionToMake * steamWeight[i] / steamWeights, noise[i]);
			}
		}
		// The site never exports: back the machines down; the boiler raises the
		// steam they no longer extract.
		double surplus = dispatch.totalPower() - electricityDemand;
		for (int i = 0; i < turbines && surplus > 0; i++) {
			if (dispatch.running(i)) {
				operate(dispatch, i, dispatch.power[i] - noise[i] - surplus - 0.5, dispatch.extraction[i], noise[i]);
				surplus = dispatch.totalPower() - electricityDemand;
			}
		}
		return dispatch;
	}

	/**
	 * Runs machine {@code i} as close to the wanted power and extraction as its bounds
	 * allow. A machine making little power cannot extract much (extraction ≤ admission
	 * minus the condensing flow), so its extraction is capped first.
	 */
	private static void operate(Dispatch dispatch, int i, double power, double wantedExtraction, double noise) {
		GasTurboAlternator gta = TURBINES.get(i);
		double extraction = clamp(Math.min(wantedExtraction, gta.extractionLimit(power)), MIN_EXTRACTION_TPH,
				gta.maxExtraction());
		double admission = clamp(gta.admissionFor(power, extraction), lowestAdmission(gta, extraction),
				gta.maxAdmission());
		dispatch.set(i, admission, extraction, noise);
	}

	/**
	 * Enough condensing flow under the extraction, and the minimum power even with noise.
	 */
	private static double lowestAdmission(GasTurboAlternator gta, double extraction) {
		return Math.max(Math.max(gta.minAdmission(), extraction + GasTurboAlternator.MIN_CONDENSING_TPH),
				gta.admissionFor(gta.minPower() + 3 * POWER_NOISE_MW, extraction));
	}

	private static String status(int turbine, LocalDateTime ts) {
		if (turbine == 1 && GTA2_MAINTENANCE.stream().anyMatch(outage -> outage.covers(ts))) {
			return "maintenance";
		}
		if (turbine == 0 && GTA1_TRIPS.stream().anyMatch(outage -> outage.covers(ts))) {
			return "off";
		}
		if (turbine == 2 && summerWeekend(ts)) {
			return "off";
		}
		return "on";
	}

	/**
	 * GTA 3 stands down from Saturday 00:00 to Monday 06:00 in summer, when steam is low.
	 */
	private static boolean summerWeekend(LocalDateTime ts) {
		int month = ts.getMonthValue();
		if (month < 6 || month > 8) {
			return false;
		}
		DayOfWeek day = ts.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || (day == DayOfWeek.MONDAY && ts.getHour() < 6);
	}

	/**
	 * How hard the factory works each hour, 0 to 1: three shifts on weekdays, fewer at
	 * weekends, holidays and the August slowdown, and a few unplanned production stops.
	 */
	private static double[] productionLevels(Random random) {
		double[] levels = new double[HOURS];
		for (int hour = 0; hour < HOURS; hour++) {
			LocalDateTime ts = START.plusHours(hour);
			LocalDate date = ts.toLocalDate();
			boolean dayShift = ts.getHour() >= 6 && ts.getHour() < 22;
			DayOfWeek day = ts.getDayOfWeek();
			double level;
			if (HOLIDAYS.contains(date) || day == DayOfWeek.SUNDAY) {
				level = 0.35;
			}
			else if (day == DayOfWeek.SATURDAY) {
				level = dayShift ? 0.6 : 0.45;
			}
			else {
				level = dayShift ? 1.0 : 0.55;
			}
			if (ts.getMonthValue() == 8 && ts.getDayOfMonth() >= 4 && ts.getDayOfMonth() <= 15) {
				level *= 0.55;
			}
			if (ts.getMonthValue() == 12 && ts.getDayOfMonth() >= 24) {
				level = Math.min(level, 0.45);
			}
			levels[hour] = level;
		}
		for (int stop = 0; stop < 7; stop++) {
			int start = random.nextInt(HOURS - 24);
			int length = 5 + random.nextInt(10);
			for (int hour = start; hour < start + length; hour++) {
				levels[hour] *= 0.3;
			}
		}
		return levels;
	}

	private static double truncatedGaussian(Random random) {
		double value = random.nextGaussian();
		while (Math.abs(value) > 3) {
			value = random.nextGaussian();
		}
		return value;
	}

	private static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

	private static List<DatasetColumn> columns() {
		List<DatasetColumn> columns = new ArrayList<>();
		columns.add(SampleDataset.column("ts", ColumnType.TIMESTAMP, ColumnRole.TIME, null, "Start of the hour, UTC",
				"time", "hour"));
		columns.add(SampleDataset.measure("electricity_demand_mw", "MW", "Site electricity demand",
				"electricity demand", "load"));
		columns.add(SampleDataset.measure("steam_demand_tph", "t/h", "Site steam demand", "steam demand", "steam"));
		for (GasTurboAlternator gta : TURBINES) {
			String label = "GTA " + gta.prefix().substring(3);
			columns.add(SampleDataset.measure(gta.prefix() + "_admission_tph", "t/h", label + " admission steam flow",
					label + " admission"));
			columns.add(SampleDataset.measure(gta.prefix() + "_extraction_tph", "t/h", label + " extraction steam flow",
					label + " extraction"));
			columns.add(SampleDataset.measure(gta.prefix() + "_power_mw", "MW", label + " electrical output",
					label + " power"));
			columns.add(SampleDataset.column(gta.prefix() + "_status", ColumnType.VARCHAR, ColumnRole.DIMENSION, null,
					label + " status: on, off or maintenance", label + " status"));
		}
		columns.add(SampleDataset.measure("boiler_steam_tph", "t/h", "Auxiliary boiler steam output", "boiler"));
		columns
			.add(SampleDataset.measure("heat_recovery_steam_tph", "t/h", "Steam from heat recovery", "heat recovery"));
		columns.add(SampleDataset.measure("grid_import_mw", "MW", "Electricity imported from the grid", "grid import",
				"import"));
		columns.add(SampleDataset.column("tariff_period", ColumnType.VARCHAR, ColumnRole.DIMENSION, null,
				"Grid tariff period: peak, standard or off_peak", "tariff"));
		columns
			.add(SampleDataset.measure("price_eur_per_mwh", "EUR/MWh", "Grid import price", "price", "tariff price"));
		return List.copyOf(columns);
	}

	/**
	 * A stretch of hours a machine does not run, from {@code from} until before
	 * {@code to}.
	 */
	record Outage(LocalDateTime from, LocalDateTime to) {

		boolean covers(LocalDateTime ts) {
			return !ts.isBefore(this.from) && ts.isBefore(this.to);
		}

	}

	/** One hour's operating point of every machine. */
	private static final class Dispatch {

		final String[] status;

		final double[] admission;

		final double[] extraction;

		final double[] noise;

		final double[] power;

		Dispatch(int turbines) {
			this.status = new String[turbines];
			this.admission = new double[turbines];
			this.extraction = new double[turbines];
			this.noise = new double[turbines];
			this.power = new double[turbines];
		}

		boolean running(int i) {
			return "on".equals(this.status[i]);
		}

		void set(int i, double admission, double extraction, double noise) {
			this.admission[i] = admission;
			this.extraction[i] = extraction;
			this.noise[i] = noise;
			this.power[i] = TURBINES.get(i).power(admission, extraction) + noise;
		}

		double totalPower() {
			double total = 0;
			for (double value : this.power) {
				total += value;
			}
			return total;
		}

		double totalExtraction() {
			double total = 0;
			for (double value : this.extraction) {
				total += value;
			}
			return total;
		}

	}

}
