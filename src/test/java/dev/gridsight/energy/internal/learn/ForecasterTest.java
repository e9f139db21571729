package dev.gridsight.energy.internal.learn;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecasterTest {

	private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

	private static final Duration HOUR = Duration.ofHours(1);

	@Test
	void usesNothingAfterAsOf() {
		Series load = load(70, 1);
		Series temperature = temperature(70);
		LocalDateTime asOf = START.plusDays(55).plusHours(13);
		int cut = 55 * 24 + 13;
		Series poisonedLoad = poisonAfter(load, cut);
		Series poisonedTemperature = poisonAfter(temperature, cut);

		ForecastResult clean = new Forecaster().forecast(load, Map.of("temperature", temperature), asOf, 24, HOUR);
		ForecastResult poisoned = new Forecaster().forecast(poisonedLoad, Map.of("temperature", poisonedTemperature),
				asOf, 24, HOUR);

		assertThat(poisoned.values()).containsExactly(clean.values());
		assertThat(poisoned.seasonalNaive()).containsExactly(clean.seasonalNaive());
		assertThat(poisoned.model()).isEqualTo(clean.model());
		assertThat(poisoned.xgboost()).isEqualTo(clean.xgboost());
		assertThat(poisoned.seasonalNaiveMetrics()).isEqualTo(clean.seasonalNaiveMetrics());
		assertThat(poisoned.times()).isEqualTo(clean.times());
	}

	@Test
	void poisonUpToAsOfDoesChangeTheForecast() {
		// the control for usesNothingAfterAsOf: the same poison one step earlier is seen
		Series load = load(70, 1);
		LocalDateTime asOf = START.plusDays(55).plusHours(13);
		Series poisoned = poisonAfter(load, 55 * 24 + 12);
		double[] values = poisoned.values();
		values[55 * 24 + 13] = 1e6;

		ForecastResult clean = new Forecaster().forecast(load, Map.of(), asOf, 24, HOUR);
		ForecastResult seen = new Forecaster().forecast(poisoned, Map.of(), asOf, 24, HOUR);

		assertThat(seen.values()).isNotEqualTo(clean.values());
	}

	@Test
	void forecastsTheStepsAfterAsOfAndBeatsTheNaiveBaselineOnNoisySeasonalData() {
		Series load = load(120, 2);
		LocalDateTime asOf = START.plusDays(100).plusHours(5);

		ForecastResult result = new Forecaster().forecast(load, Map.of(), asOf, 24, HOUR);

		assertThat(result.times()).hasSize(24);
		assertThat(result.times().get(0)).isEqualTo(asOf.plusHours(1));
		assertThat(result.times().get(23)).isEqualTo(asOf.plusHours(24));
		assertThat(result.values()).hasSize(24);
		assertThat(result.seasonalNaive()).hasSize(24);
		assertThat(result.model()).isEqualTo(Forecaster.XGBOOST);
		assertThat(result.xgboost().origins()).isGreaterThan(40);
		assertThat(result.xgboost().mae()).isLessThan(result.seasonalNaiveMetrics().mae());
		assertThat(result.xgboost().mase()).isLessThan(0.9);
		assertThat(result.xgboost().cvRmse()).isPositive();
		// the forecast follows the daily shape: the evening peak above the night
		int peak = 19 - 6;
		int night = 27 - 6;
		assertThat(result.values()[peak]).isGreaterThan(result.values()[night] + 1);
	}

	@Test
	void usesTheSeasonalNaiveBaselineWhenItBacktestsBetter() {
		// an exactly repeating week: one week ago is a perfect forecast
		int days = 60;
		double[] values = new double[days * 24];
		Random random = new Random(3);
		double[] week = new double[168];
		for (int i = 0; i < 168; i++) {
			week[i] = 10 * random.nextDouble();
		}
		for (int i = 0; i < values.length; i++) {
			values[i] = week[i % 168];
		}
		Series series = new Series(times(values.length), values);
		LocalDateTime asOf = START.plusDays(50).plusHours(23);

		ForecastResult result = new Forecaster().forecast(series, Map.of(), asOf, 24, HOUR);

		assertThat(result.model()).isEqualTo(Forecaster.SEASONAL_NAIVE);
		assertThat(result.seasonalNaiveMetrics().mae()).isZero();
		int first = 51 * 24;
		for (int i = 0; i < 24; i++) {
			assertThat(result.values()[i]).isEqualTo(values[first + i]);
		}
	}

	@Test
	void forecastsPastTheEndOfStaleData() {
		Series load = load(40, 4);
		LocalDateTime asOf = START.plusDays(40).plusHours(2);

		ForecastResult result = new Forecaster().forecast(load, Map.of(), asOf, 6, HOUR);

		assertThat(result.times().get(0)).isEqualTo(asOf.plusHours(1));
		assertThat(result.values()).hasSize(6);
	}

	@Test
	void refusesAsOfBeforeTheHistory() {
		assertThatThrownBy(() -> new Forecaster().forecast(load(30, 1), Map.of(), START.minusHours(1), 24, HOUR))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no history to forecast from");
	}

	@Test
	void refusesTooShortAHistory() {
		assertThatThrownBy(() -> new Forecaster().forecast(load(30, 1), Map.of(), START.plusHours(30), 24, HOUR))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least 2 days of history")
			.hasMessageContaining("got 31 steps");
	}

	@Test
	void refusesNaNUpToAsOf() {
		Series load = load(30, 1);
		load.values()[100] = Double.NaN;

		assertThatThrownBy(() -> new Forecaster().forecast(load, Map.of(), START.plusDays(20), 24, HOUR))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("NaN at 2024-01-05T04:00");
	}

	@Test
	void refusesAnIrregularSeries() {
		List<LocalDateTime> times = new ArrayList<>(times(100));
		times.set(99, times.get(99).plusMinutes(30));

		assertThatThrownBy(() -> new Forecaster().forecast(new Series(times, new double[100]), Map.of(),
				START.plusDays(3), 24, HOUR))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not on a regular PT1H step");
	}

	/**
	 * A household-like load: a daily shape with an evening peak, weekends higher, noise.
	 */
	private static Series load(int days, long seed) {
		Random random = new Random(seed);
		double[] values = new double[days * 24];
		for (int i = 0; i < values.length; i++) {
			LocalDateTime t = START.plusHours(i);
			int hour = t.getHour();
			double shape = 1 + 2.5 * Math.exp(-Math.pow(hour - 19, 2) / 6) + 0.8 * Math.exp(-Math.pow(hour - 8, 2) / 3);
			double weekend = t.getDayOfWeek().getValue() >= 6 ? 0.7 : 0;
			values[i] = Math.max(0, shape + weekend + 0.6 * random.nextGaussian());
		}
		return new Series(times(values.length), values);
	}

	private static Series temperature(int days) {
		double[] values = new double[days * 24];
		for (int i = 0; i < values.length; i++) {
			values[i] = 15 + 8 * Math.sin(2 * Math.PI * (i % 24 - 9) / 24.0);
		}
		return new Series(times(values.length), values);
	}

	private static List<LocalDateTime> times(int n) {
		List<LocalDateTime> times = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			times.add(START.plusHours(i));
		}
		return times;
	}

	private static Series poisonAfter(Series series, int lastKept) {
		double[] values = series.values().clone();
		for (int i = lastKept + 1; i < values.length; i++) {
			values[i] = (i % 2 == 0) ? Double.NaN : 1e12;
		}
		return new Series(series.times(), values);
	}

}
