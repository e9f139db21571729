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
 * A detached home in a California-like climate with a 5 kWp rooftop array, hour by hour
 * from 2025-05-01 for 91 days: household consumption, PV output, a time-of-use import
 * price and the outdoor temperature. Timestamps are the home's local clock (Pacific
 * Daylight Time all through, so no hour is skipped or repeated). The file has no battery:
 * it is the data a site with a battery is planned over.
 */
final class HomeHourly {

	static final String NAME = "home_hourly";

	static final String FILE = "home_hourly.csv";

	static final LocalDateTime START = LocalDateTime.of(2025, 5, 1, 0, 0);

	static final int DAYS = 91;

	static final int HOURS = DAYS * 24;

	/** Memorial Day and Independence Day: priced and lived like a Sunday. */
	static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 5, 26), LocalDate.of(2025, 7, 4));

	/** A heat wave: hotter by {@link #HEAT_WAVE_C} and clear. */
	static final LocalDate HEAT_WAVE_FROM = LocalDate.of(2025, 7, 8);

	static final LocalDate HEAT_WAVE_TO = LocalDate.of(2025, 7, 11);

	static final double HEAT_WAVE_C = 8;

	/** Air conditioning runs in the afternoon and evening above this temperature. */
	static final double COOLING_FROM_C = 24;

	static final double COOLING_KWH_PER_C = 0.15;

	static final double BASE_KWH = 0.35;

	/** The array's output in a clear hour at solar noon (13:00 on the local clock). */
	static final double CLEAR_SKY_PEAK_KWH = 4.0;

	static final double SOLAR_NOON_HOUR = 13;

	static final List<DatasetColumn> COLUMNS = List.of(
			SampleDataset.column("ts", ColumnType.TIMESTAMP, ColumnRole.TIME, null,
					"Start of the hour, the home's local clock", "time", "hour"),
			SampleDataset.measure("load_kwh", "kWh", "Household consumption in the hour", "load", "consumption",
					"demand"),
			SampleDataset.measure("solar_kwh", "kWh", "Rooftop PV output in the hour (5 kWp)", "solar", "pv"),
			SampleDataset.measure("price_usd_per_kwh", "USD/kWh", "Time-of-use import price", "price", "tariff"),
			SampleDataset.measure("outdoor_temp_c", "°C", "Outdoor air temperature", "temperature"));

	private static final long SEED = 0x6A1D_5EED_2025_0004L;

	private HomeHourly() {
	}

	static SampleDataset describe(Path directory) {
		return new SampleDataset(NAME,
				"A detached home in a California-like climate with a 5 kWp rooftop PV array, hourly from "
						+ "May to July 2025: household consumption, PV output, a time-of-use import price and the "
						+ "outdoor temperature. Times are the home's local clock.",
				directory.resolve(FILE), COLUMNS, List.of(new CalculatedField("net_load_kwh", "load_kwh - solar_kwh",
						"kWh", "what the home draws from the grid without a battery (negative when PV exports)")));
	}

	static Path write(Path directory) throws IOException {
		Path file = directory.resolve(FILE);
		Random random = new Random(SEED);
		Weather weather = Weather.simulate(random);
		double drift = 0;
		try (CsvFile csv = new CsvFile(file, COLUMNS.stream().map(DatasetColumn::name).toList())) {
			for (int hour = 0; hour < HOURS; hour++) {
				LocalDateTime ts = START.plusHours(hour);
				double temperature = weather.temperature[hour];
				drift = 0.75 * drift + 0.07 * random.nextGaussian();
				double load = Math.max(0.12, household(ts, temperature) * (1 + drift) + appliance(ts, random));
				csv.timestamp(ts)
					.decimal(load, 3)
					.decimal(weather.solar[hour], 3)
					.decimal(TimeOfUse.at(ts).priceUsdPerKwh(), 2)
					.decimal(temperature, 1);
				csv.endRow();
			}
		}
		return file;
	}

	static boolean dayOff(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || HOLIDAYS.contains(date);
	}

	static boolean heatWave(LocalDate date) {
		return !date.isBefore(HEAT_WAVE_FROM) && !date.isAfter(HEAT_WAVE_TO);
	}

	/**
	 * The household's usual hour without noise: base load, a morning and an evening peak
	 * (later and broader on days off, with more at midday when people are home), and air
	 * conditioning in the afternoon and evening.
	 */
	private static double household(LocalDateTime ts, double temperature) {
		double hour = ts.getHour() + 0.5;
		boolean off = dayOff(ts.toLocalDate());
		double morning = off ? 0.75 * bump(hour, 9, 2.5) : 0.9 * bump(hour, 7.5, 2);
		double midday = off ? 0.45 * bump(hour, 13.5, 2.5) : 0.1 * bump(hour, 13, 2.5);
		double evening = 1.55 * bump(hour, 19.5, off ? 3.5 : 3);
		boolean cooling = hour >= (off ? 12 : 14) && hour < 23;
		double airConditioning = cooling ? COOLING_KWH_PER_C * Math.max(0, temperature - COOLING_FROM_C) : 0;
		return BASE_KWH + morning + midday + evening + airConditioning;
	}

	/** A raised cosine of the given half-width around {@code centre}, 1 at the centre. */
	private static double bump(double hour, double centre, double halfWidth) {
		double distance = Math.abs(hour - centre);
		if (distance >= halfWidth) {
			return 0;
		}
		return 0.5 * (1 + StrictMath.cos(StrictMath.PI * distance / halfWidth));
	}

	/** Now and then the oven, the washer or the dryer in the waking hours. */
	private static double appliance(LocalDateTime ts, Random random) {
		double draw = random.nextDouble();
		double size = random.nextDouble();
		if (ts.getHour() < 7 || ts.getHour() >= 22 || draw >= 0.07) {
			return 0;
		}
		return 0.5 + 1.0 * size;
	}

	/**
	 * The tariff, three levels. Weekdays: peak 16:00-21:00, mid-peak 07:00-16:00 and
	 * 21:00-23:00, off-peak 23:00-07:00. Weekends and holidays: mid-peak 16:00-21:00,
	 * off-peak otherwise.
	 */
	enum TimeOfUse {

		PEAK(0.48), MID_PEAK(0.31), OFF_PEAK(0.22);

		private final double priceUsdPerKwh;

		TimeOfUse(double priceUsdPerKwh) {
			this.priceUsdPerKwh = priceUsdPerKwh;
		}

		static TimeOfUse at(LocalDateTime ts) {
			int hour = ts.getHour();
			boolean evening = hour >= 16 && hour < 21;
			if (dayOff(ts.toLocalDate())) {
				return evening ? MID_PEAK : OFF_PEAK;
			}
			if (evening) {
				return PEAK;
			}
			return hour >= 7 && hour < 23 ? MID_PEAK : OFF_PEAK;
		}

		double priceUsdPerKwh() {
			return this.priceUsdPerKwh;
		}

	}

	/** The home's weather hour by hour, and what the array makes of it. */
	static final class Weather {

		final double[] temperature = new double[HOURS];

		final double[] solar = new double[HOURS];

		/**
		 * Day by day: clear (most days), mixed or overcast; a mean temperature rising
		 * with the season plus a wandering anomaly; a daily swing largest on clear days.
		 * Hour by hour: passing clouds and a little noise.
		 */
		static Weather simulate(Random random) {
			Weather weather = new Weather();
			double[] dayMean = new double[DAYS + 2];
			double[] daySwing = new double[DAYS + 2];
			double[] dayClearness = new double[DAYS];
			double[] dayVariability = new double[DAYS];
			double anomaly = 0;
			for (int d = -1; d <= DAYS; d++) {
				LocalDate date = START.toLocalDate().plusDays(d);
				double draw = random.nextDouble();
				double spread = random.nextDouble();
				double clearness;
				double variability;
				if (heatWave(date) || draw < 0.65) {
					clearness = 0.92 + 0.08 * spread;
					variability = 0.02;
				}
				else if (draw < 0.88) {
					clearness = 0.5 + 0.35 * spread;
					variability = 0.14;
				}
				else {
					clearness = 0.22 + 0.23 * spread;
					variability = 0.06;
				}
				anomaly = 0.75 * anomaly + 1.2 * random.nextGaussian();
				dayMean[d + 1] = 16.5 + 8 * StrictMath.sin(2 * StrictMath.PI * (date.getDayOfYear() - 100) / 365)
						+ anomaly + (heatWave(date) ? HEAT_WAVE_C : 0) - 2 * (1 - clearness);
				daySwing[d + 1] = 3 + 5 * clearness;
				if (d >= 0 && d < DAYS) {
					dayClearness[d] = clearness;
					dayVariability[d] = variability;
				}
			}
			double cloud = 0;
			for (int hour = 0; hour < HOURS; hour++) {
				int d = hour / 24;
				LocalDate date = START.toLocalDate().plusDays(d);
				double clockHour = hour % 24 + 0.5;
				// A day's mean and swing hold at noon, blended linearly towards the
				// neighbouring day's.
				double fromNoon = (clockHour - 12) / 24;
				int other = fromNoon < 0 ? d - 1 : d + 1;
				double weight = Math.abs(fromNoon);
				double mean = (1 - weight) * dayMean[d + 1] + weight * dayMean[other + 1];
				double swing = (1 - weight) * daySwing[d + 1] + weight * daySwing[other + 1];
				double temperature = mean + swing * StrictMath.cos(2 * StrictMath.PI * (clockHour - 15.5) / 24)
						+ 0.2 * random.nextGaussian();
				weather.temperature[hour] = temperature;
				cloud = 0.6 * cloud + dayVariability[d] * random.nextGaussian();
				double clearSky = clearSkyShare(date.getDayOfYear(), clockHour);
				if (clearSky > 0) {
					double clearness = Math.max(0.05, Math.min(1.05, dayClearness[d] + cloud));
					// hot cells make a little less
					double heat = 1 - 0.004 * Math.max(0, temperature - 25);
					weather.solar[hour] = CLEAR_SKY_PEAK_KWH * clearSky * clearness * heat;
				}
			}
			return weather;
		}

		/**
		 * The clear-sky share of the peak output at an hour of the local clock: a bell
		 * from sunrise to sunset around solar noon, the day a little longer near the
		 * solstice (sunrise about 06:00, sunset about 20:00); 0 while the sun is down.
		 */
		static double clearSkyShare(int dayOfYear, double clockHour) {
			double halfDay = 6.9 + 0.35 * StrictMath.cos(2 * StrictMath.PI * (dayOfYear - 172) / 365);
			double sinceSunrise = clockHour - (SOLAR_NOON_HOUR - halfDay);
			if (sinceSunrise <= 0 || sinceSunrise >= 2 * halfDay) {
				return 0;
			}
			return StrictMath.pow(StrictMath.sin(StrictMath.PI * sinceSunrise / (2 * halfDay)), 1.3);
		}

	}

}
