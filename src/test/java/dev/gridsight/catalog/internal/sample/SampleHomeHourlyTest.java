package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SampleHomeHourlyTest {

	/** Memorial Day and Independence Day, priced like a Sunday. */
	static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 5, 26), LocalDate.of(2025, 7, 4));

	@TempDir
	static Path directory;

	static CsvTable home;

	@BeforeAll
	static void writeTheHome() throws IOException {
		home = CsvTable.read(new SampleDataGenerator().writeHomeHourly(directory));
	}

	@Test
	void hasOneRowForEachHourFromMayToJulyWithoutGaps() {
		assertThat(home.header()).containsExactly("ts", "load_kwh", "solar_kwh", "price_usd_per_kwh", "outdoor_temp_c");
		assertThat(home.rows()).hasSize(2184);
		LocalDateTime expected = LocalDateTime.of(2025, 5, 1, 0, 0);
		for (String[] row : home.rows()) {
			assertThat(home.timestamp(row, "ts")).isEqualTo(expected);
			expected = expected.plusHours(1);
		}
		assertThat(expected).isEqualTo(LocalDateTime.of(2025, 7, 31, 0, 0));
	}

	@Test
	void solarIsExactlyZeroAtNightAndPositiveAtNoonOnMostDays() {
		int noons = 0;
		int sunnyNoons = 0;
		for (String[] row : home.rows()) {
			int hour = home.timestamp(row, "ts").getHour();
			double solar = home.number(row, "solar_kwh");
			if (hour < 6 || hour >= 20) {
				assertThat(home.text(row, "solar_kwh")).as(home.text(row, "ts")).isEqualTo("0.000");
			}
			if (hour == 12) {
				noons++;
				sunnyNoons += solar > 0 ? 1 : 0;
			}
			// a 5 kWp array makes at most 5 kWh in an hour
			assertThat(solar).as(home.text(row, "ts")).isBetween(0.0, 5.0);
		}
		assertThat(noons).isEqualTo(91);
		assertThat(sunnyNoons).isGreaterThanOrEqualTo(85);
		assertThat(maximum("solar_kwh", row -> true)).isBetween(3.5, 4.5);
	}

	@Test
	void loadIsAlwaysPositiveAndPeaksInTheEvening() {
		assertThat(home.rows()).allSatisfy(row -> assertThat(home.number(row, "load_kwh")).isPositive());
		double night = average("load_kwh", row -> hour(row) >= 1 && hour(row) < 5);
		double evening = average("load_kwh", row -> hour(row) >= 18 && hour(row) < 21);

		assertThat(night).isBetween(0.25, 0.45);
		assertThat(evening).isGreaterThan(4 * night);
	}

	@Test
	void theHomeUsesMoreAtMiddayOnDaysOff() {
		Predicate<String[]> midday = row -> hour(row) >= 10 && hour(row) < 14;

		assertThat(average("load_kwh", midday.and(SampleHomeHourlyTest::dayOff)))
			.isGreaterThan(1.5 * average("load_kwh", midday.and(row -> !dayOff(row))));
	}

	@Test
	void airConditioningRaisesTheLoadOnHotAfternoons() {
		Predicate<String[]> afternoon = row -> hour(row) >= 15 && hour(row) < 18;
		double hot = average("load_kwh", afternoon.and(row -> home.number(row, "outdoor_temp_c") >= 32));
		double mild = average("load_kwh", afternoon.and(row -> home.number(row, "outdoor_temp_c") < 26));

		assertThat(hot).isGreaterThan(mild + 0.8);
	}

	@Test
	void theHeatWaveIsTheHottestStretch() {
		Predicate<String[]> heatWave = row -> {
			LocalDate date = home.timestamp(row, "ts").toLocalDate();
			return !date.isBefore(LocalDate.of(2025, 7, 8)) && !date.isAfter(LocalDate.of(2025, 7, 11));
		};

		assertThat(maximum("outdoor_temp_c", heatWave)).isGreaterThan(35)
			.isGreaterThan(maximum("outdoor_temp_c", heatWave.negate()));
		assertThat(maximum("outdoor_temp_c", row -> true)).isLessThan(42);
		assertThat(minimum("outdoor_temp_c")).isGreaterThan(8);
	}

	@Test
	void pricesFollowTheTimeOfUseLevelsByHour() {
		for (String[] row : home.rows()) {
			int hour = hour(row);
			boolean evening = hour >= 16 && hour < 21;
			String expected;
			if (dayOff(row)) {
				expected = evening ? "0.31" : "0.22";
			}
			else if (evening) {
				expected = "0.48";
			}
			else {
				expected = hour >= 7 && hour < 23 ? "0.31" : "0.22";
			}
			assertThat(home.text(row, "price_usd_per_kwh")).as(home.text(row, "ts")).isEqualTo(expected);
		}
		assertThat(home.rows()).extracting(row -> home.text(row, "price_usd_per_kwh"))
			.containsOnly("0.22", "0.31", "0.48");
	}

	private static int hour(String[] row) {
		return home.timestamp(row, "ts").getHour();
	}

	private static boolean dayOff(String[] row) {
		LocalDate date = home.timestamp(row, "ts").toLocalDate();
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
				|| HOLIDAYS.contains(date);
	}

	private static double average(String column, Predicate<String[]> which) {
		List<String[]> rows = home.rows().stream().filter(which).toList();
		assertThat(rows).as("rows to average " + column).isNotEmpty();
		return rows.stream().mapToDouble(row -> home.number(row, column)).average().orElseThrow();
	}

	private static double maximum(String column, Predicate<String[]> which) {
		return home.rows().stream().filter(which).mapToDouble(row -> home.number(row, column)).max().orElseThrow();
	}

	private static double minimum(String column) {
		return home.rows().stream().mapToDouble(row -> home.number(row, column)).min().orElseThrow();
	}

}
