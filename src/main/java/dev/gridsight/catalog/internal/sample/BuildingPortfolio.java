package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;

/**
 * Four buildings near Munich, every 15 minutes from 2025-06-01 for 90 days: consumption,
 * PV, EV charging, and the weather and dynamic tariff they share. Each row holds the
 * averages over the 15 minutes starting at {@code ts} (UTC); the buildings keep Central
 * European Summer Time (UTC+2), so an office's 08:00 is 06:00 in the file.
 */
final class BuildingPortfolio {

	static final String NAME = "building_portfolio";

	static final String FILE = "building_portfolio.csv";

	static final LocalDateTime START = LocalDateTime.of(2025, 6, 1, 0, 0);

	static final int DAYS = 90;

	static final int STEPS_PER_DAY = 96;

	static final int STEPS = DAYS * STEPS_PER_DAY;

	/** Summer time all through the period. */
	static final int LOCAL_OFFSET_HOURS = 2;

	static final List<Building> BUILDINGS = List.of(
			new Building("Office North", Use.OFFICE, 55, 170, 7, 21, 0, 120, 8, 11),
			new Building("Office South", Use.OFFICE, 70, 200, 10, 21, 0.045, 80, 12, 11),
			new Building("Warehouse", Use.WAREHOUSE, 75, 110, 3, 15, 0, 250, 6, 22),
			new Building("Lab", Use.LAB, 160, 80, 5, 20, 0, 40, 4, 11));

	/** Whit Monday, Corpus Christi and Assumption Day: closed like a Sunday. */
	static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 19),
			LocalDate.of(2025, 8, 15));

	/** The warehouse's PV inverter fails and is repaired two days later (local times). */
	static final LocalDateTime INVERTER_FAULT_FROM = LocalDateTime.of(2025, 7, 22, 10, 0);

	static final LocalDateTime INVERTER_FAULT_TO = LocalDateTime.of(2025, 7, 24, 12, 0);

	static final List<DatasetColumn> COLUMNS = List.of(
			SampleDataset.column("ts", ColumnType.TIMESTAMP, ColumnRole.TIME, null,
					"Start of the 15-minute interval, UTC", "time"),
			SampleDataset.column("building", ColumnType.VARCHAR, ColumnRole.DIMENSION, null,
					"Office North, Office South, Warehouse or Lab", "site"),
			SampleDataset.measure("load_kw", "kW", "Building consumption without the EV chargers", "load",
					"consumption", "demand"),
			SampleDataset.measure("pv_kw", "kW", "Rooftop PV output", "pv", "solar"),
			SampleDataset.measure("ev_charging_kw", "kW", "EV chargers' consumption", "ev", "charging"),
			SampleDataset.measure("outdoor_temp_c", "°C", "Outdoor air temperature", "temperature"),
			SampleDataset.measure("irradiance_w_m2", "W/m²", "Global horizontal irradiance", "irradiance", "sunshine"),
			SampleDataset.measure("price_eur_per_kwh", "EUR/kWh", "Dynamic hourly import price", "price", "tariff"));

	private static final long SEED = 0x6A1D_5EED_2025_0002L;

	private static final double LATITUDE = StrictMath.toRadians(48.14);

	private static final double LONGITUDE_DEGREES = 11.58;

	private BuildingPortfolio() {
	}

	static SampleDataset describe(Path directory) {
		return new SampleDataset(NAME,
				"Four buildings (Office North, Office South, Warehouse, Lab) near Munich, every 15 minutes "
						+ "for 90 days of summer 2025: consumption, rooftop PV, EV charging, weather and a dynamic "
						+ "hourly tariff. Times in UTC; the buildings keep UTC+2.",
				directory.resolve(FILE), COLUMNS,
				List.of(new CalculatedField("net_import_kw", "load_kw + ev_charging_kw - pv_kw", "kW",
						"what the building draws from the grid (negative when PV exports)")));
	}

	static Path write(Path directory) throws IOException {
		Path file = directory.resolve(FILE);
		Random random = new Random(SEED);
		Weather weather = Weather.simulate(random);
		double[] price = prices(random, weather);
		double[][] load = new double[BUILDINGS.size()][];
		double[][] pv = new double[BUILDINGS.size()][];
		double[][] ev = new double[BUILDINGS.size()][];
		for (int b = 0; b < BUILDINGS.size(); b++) {
			Building building = BUILDINGS.get(b);
			load[b] = load(building, weather, random);
			pv[b] = pv(building, weather, random);
			ev[b] = evCharging(building, random);
		}
		try (CsvFile csv = new CsvFile(file, COLUMNS.stream().map(DatasetColumn::name).toList())) {
			for (int step = 0; step < STEPS; step++) {
				LocalDateTime ts = START.plusMinutes(15L * step);
				for (int b = 0; b < BUILDINGS.size(); b++) {
					csv.timestamp(ts)
						.text(BUILDINGS.get(b).name())
						.decimal(load[b][step], 2)
						.decimal(pv[b][step], 2)
						.decimal(ev[b][step], 2)
						.decimal(weather.temperature[step], 1)
						.decimal(weather.irradiance[step], 0)
						.decimal(price[step], 4);
					csv.endRow();
				}
			}
		}
		return file;
	}

	static LocalDateTime local(int step) {
		return START.plusMinutes(15L * step).plusHours(LOCAL_OFFSET_HOURS);
	}

	/** The calendar as the building sees it: a working day, a Saturday, or a day off. */
	static DayType dayType(LocalDate localDate) {
		if (HOLIDAYS.contains(localDate) || localDate.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return DayType.DAY_OFF;
		}
		return localDate.getDayOfWeek() == DayOfWeek.SATURDAY ? DayType.SATURDAY : DayType.WORKDAY;
	}

	private static double[] load(Building building, Weather weather, Random random) {
		double[] load = new double[STEPS];
		double drift = 0;
		for (int step = 0; step < STEPS; step++) {
			LocalDateTime local = local(step);
			double hour = local.getHour() + local.getMinute() / 60.0 + 0.125;
			DayType day = dayType(local.toLocalDate());
			double activity = building.use().activity(day, hour);
			if (building.use() == Use.OFFICE && local.getMonthValue() == 8) {
				activity *= 0.7;
			}
			double hvac = building.use().hvac(day, hour);
			double cooling = building.coolingKwPerDegree()
					* Math.max(0, weather.temperature[step] - building.coolingFromC()) * hvac;
			double solarGain = building.solarGainKwPerWm2() * weather.irradiance[step] * hvac;
			drift = 0.9 * drift + 0.01 * random.nextGaussian();
			load[step] = (building.baseKw() + building.activityKw() * activity + cooling + solarGain) * (1 + drift)
					+ 0.01 * building.baseKw() * random.nextGaussian();
		}
		return load;
	}

	private static double[] pv(Building building, Weather weather, Random random) {
		double[] pv = new double[STEPS];
		for (int step = 0; step < STEPS; step++) {
			double irradiance = weather.irradiance[step];
			LocalDateTime local = local(step);
			boolean fault = building.use() == Use.WAREHOUSE && !local.isBefore(INVERTER_FAULT_FROM)
					&& local.isBefore(INVERTER_FAULT_TO);
			if (irradiance == 0 || fault) {
				continue;
			}
			double cellTemperature = weather.temperature[step] + 0.03 * irradiance;
			double efficiency = 0.84 * (1 - 0.0037 * (cellTemperature - 25));
			pv[step] = Math.max(0,
					building.pvKwp() * irradiance / 1000 * efficiency * (1 + 0.01 * random.nextGaussian()));
		}
		return pv;
	}

	/**
	 * Charging sessions at full charger power until the car has its energy. Offices and
	 * the lab charge staff and visitors' cars on arrival; the warehouse's vans plug in
	 * after their rounds and charge from 22:00, when power is cheap.
	 */
	private static double[] evCharging(Building building, Random random) {
		double[] kw = new double[STEPS];
		for (int dayIndex = 0; dayIndex < DAYS; dayIndex++) {
			DayType day = dayType(START.toLocalDate().plusDays(dayIndex));
			int sessions;
			double firstHour;
			double arrivalSpreadHours;
			double minKwh;
			double maxKwh;
			switch (building.use()) {
				case WAREHOUSE -> {
					sessions = day == DayType.WORKDAY ? building.chargers() - random.nextInt(2) : 0;
					firstHour = 22;
					arrivalSpreadHours = 0.5;
					minKwh = 30;
					maxKwh = 60;
				}
				case LAB -> {
					sessions = day == DayType.WORKDAY ? random.nextInt(building.chargers() + 2) : 0;
					firstHour = 9;
					arrivalSpreadHours = 6;
					minKwh = 5;
					maxKwh = 20;
				}
				default -> {
					sessions = switch (day) {
						case WORKDAY -> building.chargers() / 2 + random.nextInt(building.chargers() / 2 + 1);
						case SATURDAY -> random.nextInt(2);
						case DAY_OFF -> 0;
					};
					firstHour = 7;
					arrivalSpreadHours = 2.5;
					minKwh = 6;
					maxKwh = 28;
				}
			}
			for (int session = 0; session < sessions; session++) {
				double localStartHour = firstHour + arrivalSpreadHours * random.nextDouble();
				double energy = minKwh + (maxKwh - minKwh) * random.nextDouble();
				int step = dayIndex * STEPS_PER_DAY + (int) ((localStartHour - LOCAL_OFFSET_HOURS) * 4);
				for (; energy > 0 && step < STEPS; step++) {
					double delivered = Math.min(energy, building.chargerKw() / 4);
					kw[step] += delivered * 4;
					energy -= delivered;
				}
			}
		}
		return kw;
	}

	/**
	 * A dynamic tariff: a fixed part plus the day-ahead price with VAT, hour by hour. The
	 * day-ahead price rises in the morning and evening, dips at noon on sunny days, and
	 * is lower at weekends and higher in the heat wave.
	 */
	private static double[] prices(Random random, Weather weather) {
		double[] price = new double[STEPS];
		for (int dayIndex = 0; dayIndex < DAYS; dayIndex++) {
			LocalDate date = START.toLocalDate().plusDays(dayIndex);
			double level = 88 + 12 * random.nextGaussian() + (weather.heatWave(date) ? 25 : 0);
			for (int hour = 0; hour < 24; hour++) {
				LocalDate localDate = local(dayIndex * STEPS_PER_DAY + hour * 4).toLocalDate();
				double weekend = dayType(localDate) == DayType.WORKDAY ? 0 : 18;
				int first = dayIndex * STEPS_PER_DAY + hour * 4;
				double localHour = (hour + LOCAL_OFFSET_HOURS) % 24 + 0.5;
				double shape = (localHour >= 7 && localHour < 9 ? 22 : 0) + (localHour >= 19 && localHour < 22 ? 55 : 0)
						- (localHour >= 1 && localHour < 5 ? 15 : 0);
				double clearSky = Weather.clearSkyIrradiance(date.getDayOfYear(), hour + 0.5) / 900;
				double solarDip = 95 * clearSky * weather.dayClearness[dayIndex] * weather.dayClearness[dayIndex];
				double dayAhead = level - weekend + shape - solarDip + 5 * random.nextGaussian();
				double kwh = 0.12 + 1.19 * dayAhead / 1000;
				for (int step = first; step < first + 4; step++) {
					price[step] = kwh;
				}
			}
		}
		return price;
	}

	enum DayType {

		WORKDAY, SATURDAY, DAY_OFF

	}

	/** What a building is used for decides when it is busy and when it is cooled. */
	enum Use {

		OFFICE, WAREHOUSE, LAB;

		/** How busy the building is, 0 to 1, at a local hour of the day. */
		double activity(DayType day, double hour) {
			return switch (this) {
				case OFFICE -> switch (day) {
					case WORKDAY -> plateau(hour, 6.5, 8.5, 17, 19.5);
					case SATURDAY -> 0.08 * plateau(hour, 9, 9.5, 13.5, 14);
					case DAY_OFF -> 0;
				};
				case WAREHOUSE -> switch (day) {
					case WORKDAY -> plateau(hour, 5.5, 6, 22, 22.5);
					case SATURDAY -> 0.55 * plateau(hour, 5.5, 6, 14, 14.5);
					case DAY_OFF -> 0;
				};
				case LAB ->
					day == DayType.WORKDAY ? plateau(hour, 7.5, 9, 18, 20.5) : 0.12 * plateau(hour, 10, 10.5, 16, 16.5);
			};
		}

		/**
		 * How much of the cooling runs: offices cool on a schedule, the others always.
		 */
		double hvac(DayType day, double hour) {
			if (this != OFFICE) {
				return 1;
			}
			return day == DayType.WORKDAY && hour >= 6 && hour < 19 ? 1 : 0.25;
		}

		/**
		 * 0 before {@code rise}, 1 from {@code full} to {@code fall}, 0 after
		 * {@code end}.
		 */
		private static double plateau(double hour, double rise, double full, double fall, double end) {
			if (hour <= rise || hour >= end) {
				return 0;
			}
			if (hour < full) {
				return (hour - rise) / (full - rise);
			}
			if (hour <= fall) {
				return 1;
			}
			return (end - hour) / (end - fall);
		}

	}

	/**
	 * One building of the portfolio.
	 *
	 * @param name as written in the file
	 * @param use what it is used for
	 * @param baseKw consumption when empty, kW
	 * @param activityKw extra consumption when fully busy, kW
	 * @param coolingKwPerDegree cooling, kW per °C above {@code coolingFromC}
	 * @param coolingFromC outdoor temperature above which it cools
	 * @param solarGainKwPerWm2 extra cooling per W/m² of sunshine (south-facing glass)
	 * @param pvKwp rooftop PV peak power, kWp
	 * @param chargers number of EV chargers
	 * @param chargerKw power of each charger, kW
	 */
	record Building(String name, Use use, double baseKw, double activityKw, double coolingKwPerDegree,
			double coolingFromC, double solarGainKwPerWm2, double pvKwp, int chargers, double chargerKw) {
	}

	/** The weather all four buildings share, every 15 minutes. */
	static final class Weather {

		/** A heat wave over the first days of July. */
		static final LocalDate HEAT_WAVE_FROM = LocalDate.of(2025, 7, 1);

		static final LocalDate HEAT_WAVE_TO = LocalDate.of(2025, 7, 5);

		final double[] temperature = new double[STEPS];

		final double[] irradiance = new double[STEPS];

		/** 1 for a clear day, about 0.25 for an overcast one. */
		final double[] dayClearness = new double[DAYS];

		boolean heatWave(LocalDate date) {
			return !date.isBefore(HEAT_WAVE_FROM) && !date.isAfter(HEAT_WAVE_TO);
		}

		static Weather simulate(Random random) {
			Weather weather = new Weather();
			double[] dayMean = new double[DAYS + 2];
			double[] dayAmplitude = new double[DAYS + 2];
			double[] dayVariability = new double[DAYS];
			double anomaly = 0;
			for (int d = -1; d <= DAYS; d++) {
				LocalDate date = START.toLocalDate().plusDays(d);
				double draw = random.nextDouble();
				double clearness;
				double variability;
				if (draw < 0.5) {
					clearness = 0.88 + 0.12 * random.nextDouble();
					variability = 0.03;
				}
				else if (draw < 0.8) {
					clearness = 0.45 + 0.4 * random.nextDouble();
					variability = 0.15;
				}
				else {
					clearness = 0.15 + 0.25 * random.nextDouble();
					variability = 0.05;
				}
				anomaly = 0.7 * anomaly + 1.6 * random.nextGaussian();
				if (weather.heatWave(date)) {
					clearness = 0.92 + 0.08 * random.nextDouble();
					variability = 0.02;
				}
				dayMean[d + 1] = 16 + 4.5 * StrictMath.sin(2 * StrictMath.PI * (date.getDayOfYear() - 110) / 365)
						+ anomaly + (weather.heatWave(date) ? 7 : 0) - 2 * (1 - clearness);
				dayAmplitude[d + 1] = 2 + 4.5 * clearness;
				if (d >= 0 && d < DAYS) {
					weather.dayClearness[d] = clearness;
					dayVariability[d] = variability;
				}
			}
			double cloud = 0;
			for (int step = 0; step < STEPS; step++) {
				int d = step / STEPS_PER_DAY;
				LocalDate date = START.toLocalDate().plusDays(d);
				double utcHour = (step % STEPS_PER_DAY) / 4.0 + 0.125;
				// Day means and swings apply at local noon, blended linearly in between.
				double fromNoon = (utcHour + LOCAL_OFFSET_HOURS - 12) / 24;
				int other = fromNoon < 0 ? d - 1 : d + 1;
				double weight = Math.abs(fromNoon);
				double mean = (1 - weight) * dayMean[d + 1] + weight * dayMean[other + 1];
				double amplitude = (1 - weight) * dayAmplitude[d + 1] + weight * dayAmplitude[other + 1];
				double localHour = utcHour + LOCAL_OFFSET_HOURS;
				weather.temperature[step] = mean
						+ amplitude * StrictMath.cos(2 * StrictMath.PI * (localHour - 15.5) / 24)
						+ 0.15 * random.nextGaussian();
				cloud = 0.7 * cloud + dayVariability[d] * random.nextGaussian();
				double clearSky = clearSkyIrradiance(date.getDayOfYear(), utcHour);
				double clearness = Math.max(0.08, Math.min(1.08, weather.dayClearness[d] + cloud));
				weather.irradiance[step] = Math.rint(clearSky * clearness);
			}
			return weather;
		}

		/**
		 * Clear-sky global horizontal irradiance (Haurwitz) at the site, W/m²; 0 when the
		 * sun is below the horizon.
		 */
		static double clearSkyIrradiance(int dayOfYear, double utcHour) {
			double declination = StrictMath.toRadians(23.44)
					* StrictMath.sin(2 * StrictMath.PI * (284 + dayOfYear) / 365);
			double b = 2 * StrictMath.PI * (dayOfYear - 81) / 364;
			double equationOfTimeMinutes = 9.87 * StrictMath.sin(2 * b) - 7.53 * StrictMath.cos(b)
					- 1.5 * StrictMath.sin(b);
			double solarHour = utcHour + LONGITUDE_DEGREES / 15 + equationOfTimeMinutes / 60;
			double hourAngle = StrictMath.toRadians(15 * (solarHour - 12));
			double sinElevation = StrictMath.sin(LATITUDE) * StrictMath.sin(declination)
					+ StrictMath.cos(LATITUDE) * StrictMath.cos(declination) * StrictMath.cos(hourAngle);
			if (sinElevation <= 0) {
				return 0;
			}
			return 1098 * sinElevation * StrictMath.exp(-0.057 / sinElevation);
		}

	}

}
