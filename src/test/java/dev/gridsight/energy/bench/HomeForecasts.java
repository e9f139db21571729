package dev.gridsight.energy.bench;

import java.time.Duration;
import java.util.Map;

import dev.gridsight.energy.internal.learn.ForecastResult;
import dev.gridsight.energy.internal.learn.Forecaster;
import dev.gridsight.energy.internal.learn.Series;

/**
 * A home's load and PV forecasts made at the start of every hour of the test period, for
 * the next 24 hours, each with only the data before that hour (the whole series is
 * passed; the forecaster cuts at asOf). Also the seasonal-naive forecasts from the same
 * origins, for the MAE ratio.
 */
final class HomeForecasts {

	static final int HORIZON = 24;

	/** [origin - testStart][step]: forecast for hour origin + step. */
	final double[][] load;

	final double[][] solar;

	final double[][] loadNaive;

	final double[][] solarNaive;

	/**
	 * How often each model was chosen: [load xgboost, load naive, pv xgboost, pv naive].
	 */
	final int[] chosen = new int[4];

	HomeForecasts(Home home, int testStart, Forecaster forecaster) {
		this(home, testStart, forecaster, 1);
	}

	HomeForecasts(Home home, int testStart, Forecaster forecaster, int stride) {
		int origins = home.load().length - testStart;
		this.load = new double[origins][];
		this.solar = new double[origins][];
		this.loadNaive = new double[origins][];
		this.solarNaive = new double[origins][];
		Series load = new Series(home.times(), home.load());
		Series solar = new Series(home.times(), home.solar());
		Map<String, Series> weather = Map.of("outdoor_temp_c", new Series(home.times(), home.temperature()));
		Duration hour = Duration.ofHours(1);
		for (int o = 0; o < origins; o += stride) {
			// at the start of hour t the last complete hour is t - 1
			var asOf = home.times().get(testStart + o - 1);
			ForecastResult l = forecaster.forecast(load, weather, asOf, HORIZON, hour);
			ForecastResult s = forecaster.forecast(solar, weather, asOf, HORIZON, hour);
			this.load[o] = l.values();
			this.loadNaive[o] = l.seasonalNaive();
			this.solar[o] = s.values();
			this.solarNaive[o] = s.seasonalNaive();
			this.chosen[Forecaster.XGBOOST.equals(l.model()) ? 0 : 1]++;
			this.chosen[Forecaster.XGBOOST.equals(s.model()) ? 2 : 3]++;
		}
	}

	/**
	 * MAE(forecast) / MAE(seasonal naive) over every origin of the test period and every
	 * step of its horizon that falls inside the data.
	 */
	static double maeRatio(double[][] forecast, double[][] naive, double[] actual, int testStart) {
		double f = 0;
		double b = 0;
		for (int o = 0; o < forecast.length; o++) {
			if (forecast[o] == null) {
				continue;
			}
			for (int h = 0; h < HORIZON && testStart + o + h < actual.length; h++) {
				double a = actual[testStart + o + h];
				f += Math.abs(forecast[o][h] - a);
				b += Math.abs(naive[o][h] - a);
			}
		}
		return f / b;
	}

}
