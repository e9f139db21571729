package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class SamplePlantHourlyTest {

	static final List<String> GTAS = List.of("gta1", "gta2", "gta3");

	@TempDir
	static Path directory;

	static CsvTable plant;

	@BeforeAll
	static void writeThePlant() throws IOException {
		plant = CsvTable.read(new SampleDataGenerator().writePlantHourly(directory));
	}

	@Test
	void hasOneRowForEachHourOf2025() {
		assertThat(plant.rows()).hasSize(8760);
		LocalDateTime expected = LocalDateTime.of(2025, 1, 1, 0, 0);
		for (String[] row : plant.rows()) {
			assertThat(plant.timestamp(row, "ts")).isEqualTo(expected);
			expected = expected.plusHours(1);
		}
		assertThat(expected).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
	}

	@Test
	void leastSquaresOnRunningHoursRecoversEachTurbinesTrueCoefficients() {
		for (GasTurboAlternator gta : PlantHourly.TURBINES) {
			List<double[]> points = new ArrayList<>();
			for (String[] row : plant.rows()) {
				if (plant.text(row, gta.prefix() + "_status").equals("on")) {
					points.add(new double[] { plant.number(row, gta.prefix() + "_admission_tph"),
							plant.number(row, gta.prefix() + "_extraction_tph"),
							plant.number(row, gta.prefix() + "_power_mw") });
				}
			}

			Fit fit = Fit.ordinaryLeastSquares(points);

			assertThat(points).as(gta.prefix() + " running hours").hasSizeGreaterThan(7000);
			assertThat(fit.a()).as(gta.prefix() + " a").isCloseTo(gta.a(), withinPercentage(5));
			assertThat(fit.b()).as(gta.prefix() + " b").isCloseTo(gta.b(), withinPercentage(5));
			assertThat(fit.c()).as(gta.prefix() + " c").isCloseTo(gta.c(), withinPercentage(5));
			assertThat(fit.rSquared()).as(gta.prefix() + " R²").isGreaterThan(0.95);
		}
	}

	@Test
	void documentsTheTrueCoefficients() {
		assertThat(PlantHourly.TURBINES).extracting(GasTurboAlternator::prefix).containsExactlyElementsOf(GTAS);
		assertThat(PlantHourly.TURBINES).allSatisfy(gta -> {
			assertThat(gta.a()).isBetween(0.15, 0.19);
			assertThat(gta.b()).isBetween(-0.06, -0.04);
			assertThat(gta.c()).isBetween(-2.5, -1.0);
		});
	}

	@Test
	void extractionNeverExceedsAdmission() {
		for (String[] row : plant.rows()) {
			for (String gta : GTAS) {
				assertThat(plant.number(row, gta + "_extraction_tph")).as(gta + " at " + plant.text(row, "ts"))
					.isLessThanOrEqualTo(plant.number(row, gta + "_admission_tph"));
			}
		}
	}

	@Test
	void runningTurbinesStayWithinTheirBoundsAndStoppedOnesMakeNothing() {
		for (String[] row : plant.rows()) {
			for (GasTurboAlternator gta : PlantHourly.TURBINES) {
				double admission = plant.number(row, gta.prefix() + "_admission_tph");
				double extraction = plant.number(row, gta.prefix() + "_extraction_tph");
				double power = plant.number(row, gta.prefix() + "_power_mw");
				String status = plant.text(row, gta.prefix() + "_status");
				assertThat(status).isIn("on", "off", "maintenance");
				if (status.equals("on")) {
					assertThat(admission).isBetween(40.0, 180.0).isBetween(gta.minAdmission(), gta.maxAdmission());
					assertThat(extraction).isGreaterThan(0);
					assertThat(power).isGreaterThanOrEqualTo(gta.minPower());
				}
				else {
					assertThat(new double[] { admission, extraction, power }).containsOnly(0.0);
				}
			}
		}
	}

	@Test
	void steamAndElectricityBalanceOnEveryRow() {
		for (String[] row : plant.rows()) {
			double extraction = 0;
			double power = 0;
			for (String gta : GTAS) {
				extraction += plant.number(row, gta + "_extraction_tph");
				power += plant.number(row, gta + "_power_mw");
			}
			double boiler = plant.number(row, "boiler_steam_tph");
			double heatRecovery = plant.number(row, "heat_recovery_steam_tph");
			double gridImport = plant.number(row, "grid_import_mw");
			String at = plant.text(row, "ts");

			assertThat(extraction + boiler + heatRecovery).as("steam at " + at)
				.isCloseTo(plant.number(row, "steam_demand_tph"), within(0.05));
			assertThat(power + gridImport).as("electricity at " + at)
				.isCloseTo(plant.number(row, "electricity_demand_mw"), within(0.05));
			assertThat(gridImport).as("grid import at " + at).isGreaterThanOrEqualTo(0);
			assertThat(boiler).as("boiler at " + at).isGreaterThanOrEqualTo(0);
			assertThat(heatRecovery).as("heat recovery at " + at).isGreaterThan(0);
		}
	}

	@Test
	void gta2HasTwoMaintenanceWeeksWithZeroPower() {
		List<LocalDateTime> starts = new ArrayList<>();
		int maintenanceHours = 0;
		String previous = "on";
		for (String[] row : plant.rows()) {
			String status = plant.text(row, "gta2_status");
			if (status.equals("maintenance")) {
				maintenanceHours++;
				assertThat(plant.number(row, "gta2_power_mw")).isZero();
				if (!previous.equals("maintenance")) {
					starts.add(plant.timestamp(row, "ts"));
				}
			}
			previous = status;
			assertThat(plant.text(row, "gta1_status")).isNotEqualTo("maintenance");
			assertThat(plant.text(row, "gta3_status")).isNotEqualTo("maintenance");
		}

		assertThat(starts).hasSize(2);
		assertThat(maintenanceHours).isEqualTo(2 * 7 * 24);
	}

	@Test
	void tariffPeriodsFollowTheStatedHours() {
		for (String[] row : plant.rows()) {
			LocalDateTime ts = plant.timestamp(row, "ts");
			int hour = ts.getHour();
			boolean weekend = ts.getDayOfWeek() == DayOfWeek.SATURDAY || ts.getDayOfWeek() == DayOfWeek.SUNDAY;
			String expected;
			if (weekend || hour >= 23 || hour < 7) {
				expected = "off_peak";
			}
			else if (hour >= 17 && hour < 21) {
				expected = "peak";
			}
			else {
				expected = "standard";
			}
			assertThat(plant.text(row, "tariff_period")).as(ts.toString()).isEqualTo(expected);
		}
	}

	@Test
	void pricesArePeakOverStandardOverOffPeakAndDearerInWinter() {
		Map<String, Double> priceByMonthAndPeriod = new HashMap<>();
		for (String[] row : plant.rows()) {
			String key = plant.timestamp(row, "ts").getMonthValue() + " " + plant.text(row, "tariff_period");
			double price = plant.number(row, "price_eur_per_mwh");
			Double earlier = priceByMonthAndPeriod.putIfAbsent(key, price);
			assertThat(earlier == null ? price : earlier).as(key).isEqualTo(price);
		}
		for (int month = 1; month <= 12; month++) {
			assertThat(priceByMonthAndPeriod.get(month + " peak"))
				.isGreaterThan(priceByMonthAndPeriod.get(month + " standard"));
			assertThat(priceByMonthAndPeriod.get(month + " standard"))
				.isGreaterThan(priceByMonthAndPeriod.get(month + " off_peak"));
		}
		assertThat(priceByMonthAndPeriod.get("1 peak")).isGreaterThan(priceByMonthAndPeriod.get("7 peak"));
	}

	/** Power ≈ a·A + b·S + c by ordinary least squares: the 3×3 normal equations. */
	record Fit(double a, double b, double c, double rSquared) {

		static Fit ordinaryLeastSquares(List<double[]> points) {
			double[][] normal = new double[3][4];
			for (double[] point : points) {
				double[] x = { point[0], point[1], 1 };
				for (int i = 0; i < 3; i++) {
					for (int j = 0; j < 3; j++) {
						normal[i][j] += x[i] * x[j];
					}
					normal[i][3] += x[i] * point[2];
				}
			}
			double[] coefficients = solve(normal);
			double mean = points.stream().mapToDouble(point -> point[2]).average().orElseThrow();
			double residual = 0;
			double total = 0;
			for (double[] point : points) {
				double predicted = coefficients[0] * point[0] + coefficients[1] * point[1] + coefficients[2];
				residual += (point[2] - predicted) * (point[2] - predicted);
				total += (point[2] - mean) * (point[2] - mean);
			}
			return new Fit(coefficients[0], coefficients[1], coefficients[2], 1 - residual / total);
		}

		/**
		 * Gauss-Jordan elimination with partial pivoting on an augmented n×(n+1) matrix.
		 */
		private static double[] solve(double[][] augmented) {
			int n = augmented.length;
			for (int column = 0; column < n; column++) {
				int pivot = column;
				for (int row = column + 1; row < n; row++) {
					if (Math.abs(augmented[row][column]) > Math.abs(augmented[pivot][column])) {
						pivot = row;
					}
				}
				double[] swap = augmented[column];
				augmented[column] = augmented[pivot];
				augmented[pivot] = swap;
				for (int row = 0; row < n; row++) {
					if (row != column) {
						double factor = augmented[row][column] / augmented[column][column];
						for (int k = column; k <= n; k++) {
							augmented[row][k] -= factor * augmented[column][k];
						}
					}
				}
			}
			double[] solution = new double[n];
			for (int i = 0; i < n; i++) {
				solution[i] = augmented[i][n] / augmented[i][i];
			}
			return solution;
		}

	}

}
