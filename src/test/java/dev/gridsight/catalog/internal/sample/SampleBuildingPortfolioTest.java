package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SampleBuildingPortfolioTest {

	static final List<String> BUILDINGS = List.of("Office North", "Office South", "Warehouse", "Lab");

	@TempDir
	static Path directory;

	static CsvTable meters;

	@BeforeAll
	static void writeThePortfolio() throws IOException {
		meters = CsvTable.read(new SampleDataGenerator().writeBuildingPortfolio(directory));
	}

	@Test
	void hasEveryBuildingEveryQuarterHourFor90Days() {
		assertThat(meters.rows()).hasSize(4 * 96 * 90);
		LocalDateTime expected = LocalDateTime.of(2025, 6, 1, 0, 0);
		for (int i = 0; i < meters.rows().size(); i += 4) {
			for (int b = 0; b < 4; b++) {
				String[] row = meters.rows().get(i + b);
				assertThat(meters.timestamp(row, "ts")).isEqualTo(expected);
				assertThat(meters.text(row, "building")).isEqualTo(BUILDINGS.get(b));
			}
			expected = expected.plusMinutes(15);
		}
		assertThat(expected).isEqualTo(LocalDateTime.of(2025, 8, 30, 0, 0));
	}

	@Test
	void pvIsZeroWheneverThereIsNoSunAndAtNight() {
		for (String[] row : meters.rows()) {
			int hour = meters.timestamp(row, "ts").getHour();
			if (hour >= 21 || hour < 2) {
				assertThat(meters.number(row, "irradiance_w_m2")).as(meters.text(row, "ts")).isZero();
			}
			if (meters.number(row, "irradiance_w_m2") == 0) {
				assertThat(meters.number(row, "pv_kw")).as(meters.text(row, "ts")).isZero();
			}
		}
	}

	@Test
	void pvFollowsIrradiance() {
		for (String building : List.of("Office North", "Office South", "Lab")) {
			List<String[]> rows = rowsOf(building);
			double[] pv = rows.stream().mapToDouble(row -> meters.number(row, "pv_kw")).toArray();
			double[] irradiance = rows.stream().mapToDouble(row -> meters.number(row, "irradiance_w_m2")).toArray();

			assertThat(correlation(pv, irradiance)).as(building).isGreaterThan(0.95);
		}
		assertThat(meters.rows()).allSatisfy(row -> assertThat(meters.number(row, "pv_kw")).isNotNegative());
	}

	@Test
	void officesUseMoreOnWorkdaysThanAtWeekendsDuringOfficeHours() {
		for (String office : List.of("Office North", "Office South")) {
			double workday = averageOfficeHoursLoad(office, false);
			double weekend = averageOfficeHoursLoad(office, true);

			assertThat(workday).as(office).isGreaterThan(2 * weekend);
		}
	}

	@Test
	void buildingsShareTheWeatherAndTheHourlyPrice() {
		for (int i = 0; i < meters.rows().size(); i += 4) {
			String[] first = meters.rows().get(i);
			for (int b = 1; b < 4; b++) {
				String[] other = meters.rows().get(i + b);
				for (String shared : List.of("outdoor_temp_c", "irradiance_w_m2", "price_eur_per_kwh")) {
					assertThat(meters.text(other, shared)).isEqualTo(meters.text(first, shared));
				}
			}
			if (meters.timestamp(first, "ts").getMinute() != 0) {
				assertThat(meters.text(first, "price_eur_per_kwh"))
					.isEqualTo(meters.text(meters.rows().get(i - 4), "price_eur_per_kwh"));
			}
		}
	}

	@Test
	void evChargersDrawPowerButNeverMoreThanTheyCan() {
		for (BuildingPortfolio.Building building : BuildingPortfolio.BUILDINGS) {
			double[] ev = rowsOf(building.name()).stream()
				.mapToDouble(row -> meters.number(row, "ev_charging_kw"))
				.toArray();
			double max = 0;
			double sum = 0;
			for (double value : ev) {
				assertThat(value).isNotNegative();
				max = Math.max(max, value);
				sum += value;
			}
			assertThat(sum).as(building.name()).isPositive();
			assertThat(max).as(building.name()).isLessThanOrEqualTo(building.chargers() * building.chargerKw() + 0.01);
		}
	}

	private static double averageOfficeHoursLoad(String building, boolean weekend) {
		return rowsOf(building).stream().filter(row -> {
			LocalDateTime ts = meters.timestamp(row, "ts");
			boolean saturdayOrSunday = ts.getDayOfWeek() == DayOfWeek.SATURDAY || ts.getDayOfWeek() == DayOfWeek.SUNDAY;
			// 08:00 to 17:00 local is 06:00 to 15:00 UTC in summer
			return saturdayOrSunday == weekend && ts.getHour() >= 6 && ts.getHour() < 15;
		}).mapToDouble(row -> meters.number(row, "load_kw")).average().orElseThrow();
	}

	private static List<String[]> rowsOf(String building) {
		return meters.rows().stream().filter(row -> meters.text(row, "building").equals(building)).toList();
	}

	private static double correlation(double[] x, double[] y) {
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < x.length; i++) {
			meanX += x[i] / x.length;
			meanY += y[i] / y.length;
		}
		double covariance = 0;
		double varianceX = 0;
		double varianceY = 0;
		for (int i = 0; i < x.length; i++) {
			covariance += (x[i] - meanX) * (y[i] - meanY);
			varianceX += (x[i] - meanX) * (x[i] - meanX);
			varianceY += (y[i] - meanY) * (y[i] - meanY);
		}
		return covariance / Math.sqrt(varianceX * varianceY);
	}

}
