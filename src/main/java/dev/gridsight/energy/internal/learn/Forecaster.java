package dev.gridsight.energy.internal.learn;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * Forecasts a series (demand, PV) over a horizon with gradient-boosted trees (Tribuo
 * XGBoost) on calendar and lag features, beside a seasonal-naive baseline, and uses the
 * baseline instead when it backtests better.
 * <p>
 * <b>Nothing after {@code asOf} is used.</b> The caller may pass all the data it has; the
 * forecaster reads the history and every exogenous series only up to the last step at or
 * before {@code asOf}, for training, for the backtest and for the features of the
 * forecast. Exogenous series (weather) therefore enter as what was known at {@code asOf}:
 * their last value and their value one day before the forecast step.
 * <p>
 * One model serves every step of the horizon (direct multi-horizon forecasting): each
 * training row is a target step seen from an origin some steps before it, with the
 * horizon as a feature and lags that the origin could see (the same time of day on the
 * last day known at the origin, the same time a week before, the last value, the last
 * day's mean, the mean and the maximum over the last seven known days at that time of
 * day), plus hour, day of week and weekend of the target step. Day of year and month are
 * left out: with less than a year of history their values at forecast time were never
 * seen in training, and trees do not extrapolate. For the same reason the trees learn a
 * correction, not the value: the difference from the seven-day mean at that time of day
 * (in log(1 + y) for a series that is never negative, which also aims the squared-error
 * trees nearer the median of a skewed load, the quantity that MAE rewards). Forecasts of
 * a never-negative series are clipped at 0. Training rows: one per step of the last
 * {@link Settings#trainingDays} before the cut-off, each seen from a pseudo-random
 * horizon.
 * <p>
 * Model choice: a rolling-origin backtest over the {@link Settings#backtestDays} before
 * the training cut-off, with a model trained only on the data before that window,
 * forecasts the full horizon from an origin every {@code 7/24} of a day (so origins fall
 * at every time of day) and scores each against the actual values. The seasonal-naive
 * baseline's season (a day or a week) is the one with the lower backtest MAE; XGBoost is
 * chosen unless the baseline's MAE is lower. See {@link Metrics} for MAE, CV-RMSE and
 * MASE.
 * <p>
 * Models are retrained at most once per {@link Settings#retrainEvery} for the same series
 * (the same values array): a model trained on the data up to the start of the current
 * period (e.g. midnight) serves all forecasts made in that period, with features still
 * read up to {@code asOf}. Thread-safe (predictions on one cached model take turns).
 */
public final class Forecaster {

	/** The name of the gradient-boosted trees model. */
	public static final String XGBOOST = "xgboost";

	/** The name of the seasonal-naive baseline. */
	public static final String SEASONAL_NAIVE = "seasonal_naive";

	private static final RegressionFactory FACTORY = new RegressionFactory();

	private static final String[] BASE_FEATURES = { "hour", "day_of_week", "weekend", "horizon", "lag_day", "lag_week",
			"last", "mean_last_day", "mean_same_time_week", "max_same_time_week" };

	/**
	 * Tuning of the forecaster.
	 *
	 * @param trees boosting rounds
	 * @param maxDepth tree depth
	 * @param learningRate shrinkage per round
	 * @param trainingDays days of history (before the cut-off) to train on
	 * @param backtestDays days before the cut-off over which origins are backtested
	 * @param retrainEvery how long a trained model serves the same series
	 * @param threads XGBoost threads per training (0 = all cores)
	 * @param cacheSize trained models kept
	 */
	public record Settings(int trees, int maxDepth, double learningRate, int trainingDays, int backtestDays,
			Duration retrainEvery, int threads, int cacheSize) {

		/**
		 * 120 rounds of depth 4 on up to a year: about half a second of training
		 * (shallower trees forecast the homes' load better).
		 */
		public static final Settings DEFAULT = new Settings(120, 4, 0.1, 365, 14, Duration.ofDays(1), 1, 64);

		public Settings {
			if (trees < 1 || maxDepth < 1 || learningRate <= 0 || trainingDays < 1 || backtestDays < 1
					|| retrainEvery.isNegative() || retrainEvery.isZero()) {
				throw new IllegalArgumentException("forecaster settings must be positive");
			}
		}

		/**
		 * @return these settings with another retraining period
		 */
		public Settings withRetrainEvery(Duration period) {
			return new Settings(this.trees, this.maxDepth, this.learningRate, this.trainingDays, this.backtestDays,
					period, this.threads, this.cacheSize);
		}

	}

	private final Settings settings;

	private final Map<ModelKey, Model<Regressor>> models;

	private final Map<ModelKey, Backtest> backtests;

	/** A forecaster with {@link Settings#DEFAULT}. */
	public Forecaster() {
		this(Settings.DEFAULT);
	}

	/**
	 * @param settings tuning
	 */
	public Forecaster(Settings settings) {
		this.settings = settings;
		this.models = lru(settings.cacheSize());
		this.backtests = lru(settings.cacheSize());
	}

	/**
	 * Forecasts the {@code horizonSteps} steps after {@code asOf}.
	 * @param history the series, on the step {@code step}; values after {@code asOf} are
	 * ignored
	 * @param exogenous weather or other explanatory series by name, on the same step (may
	 * be empty); values after {@code asOf} are ignored
	 * @param asOf the moment of the forecast: only data stamped at or before it is used
	 * @param horizonSteps how many steps to forecast
	 * @param step the series' step
	 * @return the forecast, the seasonal-naive baseline and their backtests
	 * @throws IllegalArgumentException when the history is too short, irregular, not
	 * finite up to {@code asOf}, or starts after {@code asOf}
	 */
	public ForecastResult forecast(Series history, Map<String, Series> exogenous, LocalDateTime asOf, int horizonSteps,
			Duration step) {
		if (step == null || step.isNegative() || step.isZero()) {
			throw new IllegalArgumentException("the forecast step must be positive");
		}
		if (horizonSteps < 1) {
			throw new IllegalArgumentException("the forecast horizon must be at least one step");
		}
		long stepSeconds = step.getSeconds();
		int perDay = (int) (Duration.ofDays(1).getSeconds() / stepSeconds);
		if (perDay < 1 || Duration.ofDays(1).getSeconds() % stepSeconds != 0) {
			throw new IllegalArgumentException("the forecast step must divide a day, got " + step);
		}
		View y = View.of("the history", history, step, asOf);
		if (y.end + 1 < 2 * perDay) {
			throw new IllegalArgumentException(
					"a forecast needs at least 2 days of history up to %s, got %d steps".formatted(asOf, y.end + 1));
		}
		y.requireFinite();
		Map<String, View> exo = new TreeMap<>();
		if (exogenous != null) {
			for (Map.Entry<String, Series> e : exogenous.entrySet()) {
				exo.put(e.getKey(), View.of("exogenous series '" + e.getKey() + "'", e.getValue(), step, asOf));
			}
		}
		Layout layout = new Layout(y, exo, perDay);
		// the first step after asOf, counted on the history's grid
		long sinceStart = y.start.until(asOf, ChronoUnit.SECONDS);
		int firstTarget = (int) Math.floorDiv(sinceStart, stepSeconds) + 1;
		int gap = firstTarget - y.end;
		int maxHorizon = gap + horizonSteps - 1;

		int cutoff = cutoff(y, perDay, maxHorizon);
		Model<Regressor> model = model(layout, cutoff, maxHorizon);
		Backtest backtest = backtest(layout, cutoff, maxHorizon);

		List<LocalDateTime> times = new ArrayList<>(horizonSteps);
		List<Example<Regressor>> rows = new ArrayList<>(horizonSteps);
		double[] naive = new double[horizonSteps];
		for (int i = 0; i < horizonSteps; i++) {
			int target = firstTarget + i;
			times.add(y.start.plus(step.multipliedBy(target)));
			rows.add(layout.example(target, y.end, Double.NaN));
			naive[i] = layout.seasonalNaive(target, y.end, backtest.season);
		}
		double[] trees = predict(model, rows);
		boolean nonNegative = y.min() >= 0;
		for (int i = 0; i < horizonSteps; i++) {
			trees[i] = layout.restore(trees[i], layout.base(firstTarget + i, y.end));
			if (nonNegative) {
				trees[i] = Math.max(0, trees[i]);
			}
		}
		String chosen = backtest.xgboostWins() ? XGBOOST : SEASONAL_NAIVE;
		return new ForecastResult(Collections.unmodifiableList(times), XGBOOST.equals(chosen) ? trees : naive.clone(),
				naive, chosen, backtest.xgboost, backtest.naive);
	}

	/**
	 * The last index the model may be trained on: the start of the current retraining
	 * period, or the origin itself when that leaves too little to train on.
	 */
	private int cutoff(View y, int perDay, int maxHorizon) {
		long period = this.settings.retrainEvery().getSeconds();
		LocalDateTime origin = y.time(y.end);
		long epoch = origin.toEpochSecond(java.time.ZoneOffset.UTC);
		LocalDateTime periodStart = LocalDateTime.ofEpochSecond(Math.floorDiv(epoch, period) * period, 0,
				java.time.ZoneOffset.UTC);
		int index = (int) Math.floorDiv(y.start.until(periodStart, ChronoUnit.SECONDS), y.stepSeconds);
		index = Math.min(index, y.end);
		return index < minimumTrainingEnd(perDay, maxHorizon) ? y.end : index;
	}

	private static int minimumTrainingEnd(int perDay, int maxHorizon) {
		return maxHorizon + 3 * perDay;
	}

	private Model<Regressor> model(Layout layout, int cutoff, int maxHorizon) {
		ModelKey key = new ModelKey(layout.identity(), cutoff, maxHorizon);
		Model<Regressor> model = this.models.get(key);
		if (model == null) {
			model = train(layout, cutoff, maxHorizon);
			this.models.put(key, model);
		}
		return model;
	}

	private Model<Regressor> train(Layout layout, int cutoff, int maxHorizon) {
		MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("history", FACTORY),
				FACTORY);
		int first = Math.max(layout.perDay + 1, cutoff - this.settings.trainingDays() * layout.perDay + 1);
		for (int target = first; target <= cutoff; target++) {
			// one row per target step, seen from a pseudo-random horizon in 1..maxHorizon
			// (a hash,
			// so that horizon and time of day are not confounded)
			int horizon = 1 + (int) Math.floorMod(mix(target), (long) maxHorizon);
			int origin = target - horizon;
			if (origin < layout.perDay) {
				continue;
			}
			data.add(layout.example(target, origin,
					layout.residual(layout.y.values[target], layout.base(target, origin))));
		}
		if (data.size() == 0) {
			throw new IllegalArgumentException("the history is too short to train a forecast");
		}
		XGBoostRegressionTrainer trainer = new XGBoostRegressionTrainer(XGBoostTrainer.BoosterType.GBTREE,
				XGBoostTrainer.TreeMethod.HIST, XGBoostRegressionTrainer.RegressionType.LINEAR, this.settings.trees(),
				this.settings.learningRate(), 0, this.settings.maxDepth(), 1, 1, 1, 1, 0, this.settings.threads(),
				XGBoostTrainer.LoggingVerbosity.SILENT, 1L);
		return trainer.train(data);
	}

	private static long mix(long x) {
		long z = x * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private Backtest backtest(Layout layout, int cutoff, int maxHorizon) {
		ModelKey key = new ModelKey(layout.identity(), cutoff, maxHorizon);
		Backtest backtest = this.backtests.get(key);
		if (backtest == null) {
			backtest = runBacktest(layout, cutoff, maxHorizon);
			this.backtests.put(key, backtest);
		}
		return backtest;
	}

	private Backtest runBacktest(Layout layout, int cutoff, int maxHorizon) {
		int perDay = layout.perDay;
		int windowStart = cutoff - this.settings.backtestDays() * perDay;
		if (windowStart < minimumTrainingEnd(perDay, maxHorizon)) {
			return new Backtest(Metrics.NONE, Metrics.NONE, perDay);
		}
		Model<Regressor> model = model(layout, windowStart, maxHorizon);
		int stride = Math.max(1, Math.round(perDay * 7 / 24f));
		List<Example<Regressor>> rows = new ArrayList<>();
		List<int[]> pairs = new ArrayList<>();
		int origins = 0;
		for (int origin = windowStart; origin + maxHorizon <= cutoff; origin += stride) {
			origins++;
			for (int h = 1; h <= maxHorizon; h++) {
				rows.add(layout.example(origin + h, origin, Double.NaN));
				pairs.add(new int[] { origin + h, origin });
			}
		}
		if (origins == 0) {
			return new Backtest(Metrics.NONE, Metrics.NONE, perDay);
		}
		double[] trees = predict(model, rows);
		boolean nonNegative = layout.y.min() >= 0;
		int n = pairs.size();
		double[] actual = new double[n];
		double[] daily = new double[n];
		double[] weekly = new double[n];
		for (int i = 0; i < n; i++) {
			int target = pairs.get(i)[0];
			int origin = pairs.get(i)[1];
			actual[i] = layout.y.values[target];
			daily[i] = layout.seasonalNaive(target, origin, perDay);
			weekly[i] = layout.seasonalNaive(target, origin, 7 * perDay);
			trees[i] = layout.restore(trees[i], layout.base(target, origin));
			if (nonNegative) {
				trees[i] = Math.max(0, trees[i]);
			}
		}
		int season = mae(weekly, actual) < mae(daily, actual) ? 7 * perDay : perDay;
		double scale = inSampleNaiveMae(layout.y.values, windowStart, season);
		return new Backtest(metrics(trees, actual, scale, origins),
				metrics(season == perDay ? daily : weekly, actual, scale, origins), season);
	}

	private static double inSampleNaiveMae(double[] y, int end, int season) {
		double sum = 0;
		int count = 0;
		for (int t = season; t <= end; t++) {
			sum += Math.abs(y[t] - y[t - season]);
			count++;
		}
		return count == 0 ? Double.NaN : sum / count;
	}

	private static Metrics metrics(double[] forecast, double[] actual, double naiveScale, int origins) {
		double mae = mae(forecast, actual);
		double squares = 0;
		double mean = 0;
		for (int i = 0; i < actual.length; i++) {
			squares += (forecast[i] - actual[i]) * (forecast[i] - actual[i]);
			mean += actual[i];
		}
		mean /= actual.length;
		double rmse = Math.sqrt(squares / actual.length);
		return new Metrics(mae, mean == 0 ? Double.NaN : rmse / mean, naiveScale > 0 ? mae / naiveScale : Double.NaN,
				origins);
	}

	private static double mae(double[] forecast, double[] actual) {
		double sum = 0;
		for (int i = 0; i < actual.length; i++) {
			sum += Math.abs(forecast[i] - actual[i]);
		}
		return sum / actual.length;
	}

	private static double[] predict(Model<Regressor> model, List<Example<Regressor>> rows) {
		List<Prediction<Regressor>> predictions;
		// a cached model may serve several threads; XGBoost's native booster is not
		// documented as safe for concurrent prediction
		synchronized (model) {
			predictions = model.predict(rows);
		}
		double[] out = new double[predictions.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = predictions.get(i).getOutput().getValues()[0];
		}
		return out;
	}

	private static <K, V> Map<K, V> lru(int size) {
		return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > size;
			}
		});
	}

	/** The season and both models' scores from one backtest. */
	private record Backtest(Metrics xgboost, Metrics naive, int season) {

		boolean xgboostWins() {
			return this.xgboost.origins() > 0 && !(this.naive.mae() < this.xgboost.mae());
		}

	}

	/**
	 * Identifies a trained model: the series by the identity of its values arrays (a
	 * caller that passes the same arrays again gets the same model), the training cut-off
	 * and the longest horizon.
	 */
	private record ModelKey(Identity series, int cutoff, int maxHorizon) {
	}

	/** The arrays of a history and its exogenous series, compared by identity. */
	private static final class Identity {

		private final Object[] arrays;

		private final LocalDateTime start;

		Identity(Object[] arrays, LocalDateTime start) {
			this.arrays = arrays;
			this.start = start;
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof Identity that) || this.arrays.length != that.arrays.length
					|| !this.start.equals(that.start)) {
				return false;
			}
			for (int i = 0; i < this.arrays.length; i++) {
				if (this.arrays[i] != that.arrays[i]) {
					return false;
				}
			}
			return true;
		}

		@Override
		public int hashCode() {
			int h = this.start.hashCode();
			for (Object a : this.arrays) {
				h = 31 * h + System.identityHashCode(a);
			}
			return h;
		}

	}

	/** A series read only up to {@code end}, the last index at or before asOf. */
	private static final class View {

		final LocalDateTime start;

		final long stepSeconds;

		final double[] values;

		final int end;

		private View(LocalDateTime start, long stepSeconds, double[] values, int end) {
			this.start = start;
			this.stepSeconds = stepSeconds;
			this.values = values;
			this.end = end;
		}

		static View of(String what, Series series, Duration step, LocalDateTime asOf) {
			if (series == null || series.size() == 0) {
				throw new IllegalArgumentException(what + " is empty");
			}
			LocalDateTime start = series.times().get(0);
			LocalDateTime last = series.times().get(series.size() - 1);
			if (!start.plus(step.multipliedBy(series.size() - 1)).equals(last)) {
				throw new IllegalArgumentException("%s is not on a regular %s step from %s to %s with %d values"
					.formatted(what, step, start, last, series.size()));
			}
			if (asOf.isBefore(start)) {
				throw new IllegalArgumentException(
						"%s starts at %s, after asOf %s: there is no history to forecast from".formatted(what, start,
								asOf));
			}
			long seconds = step.getSeconds();
			long index = Math.floorDiv(start.until(asOf, ChronoUnit.SECONDS), seconds);
			return new View(start, seconds, series.values(), (int) Math.min(index, series.size() - 1));
		}

		LocalDateTime time(int index) {
			return this.start.plusSeconds(index * this.stepSeconds);
		}

		/** The value at an index on this view's own grid, NaN when unknown at asOf. */
		double at(int index) {
			return index < 0 || index > this.end ? Double.NaN : this.values[index];
		}

		void requireFinite() {
			for (int i = 0; i <= this.end; i++) {
				if (!Double.isFinite(this.values[i])) {
					throw new IllegalArgumentException("the history is %s at %s; fill or drop gaps before forecasting"
						.formatted(this.values[i], time(i)));
				}
			}
		}

		double min() {
			double min = Double.POSITIVE_INFINITY;
			for (int i = 0; i <= this.end; i++) {
				min = Math.min(min, this.values[i]);
			}
			return min;
		}

	}

	/** Builds the feature rows of the history and its exogenous series. */
	private static final class Layout {

		final View y;

		final Map<String, View> exogenous;

		final int perDay;

		final String[] names;

		final boolean nonNegative;

		private final long[] exogenousOffset;

		private final View[] exogenousViews;

		Layout(View y, Map<String, View> exogenous, int perDay) {
			this.y = y;
			this.nonNegative = y.min() >= 0;
			this.exogenous = exogenous;
			this.perDay = perDay;
			List<String> names = new ArrayList<>(Arrays.asList(BASE_FEATURES));
			this.exogenousViews = exogenous.values().toArray(new View[0]);
			this.exogenousOffset = new long[this.exogenousViews.length];
			int i = 0;
			for (Map.Entry<String, View> e : exogenous.entrySet()) {
				names.add("x_" + e.getKey() + "_last");
				names.add("x_" + e.getKey() + "_lag_day");
				// exogenous index = history index + offset
				this.exogenousOffset[i++] = Math.floorDiv(e.getValue().start.until(y.start, ChronoUnit.SECONDS),
						y.stepSeconds);
			}
			this.names = names.toArray(new String[0]);
		}

		Identity identity() {
			Object[] arrays = new Object[1 + this.exogenousViews.length];
			arrays[0] = this.y.values;
			for (int i = 0; i < this.exogenousViews.length; i++) {
				arrays[i + 1] = this.exogenousViews[i].values;
			}
			return new Identity(arrays, this.y.start);
		}

		/**
		 * The value one season before the target, in the last season the origin knows
		 * (falling back to a day when a week is not there yet).
		 */
		double seasonalNaive(int target, int origin, int season) {
			int seasons = (target - origin + season - 1) / season;
			int index = target - seasons * season;
			if (index < 0) {
				seasons = (target - origin + this.perDay - 1) / this.perDay;
				index = target - seasons * this.perDay;
			}
			return this.y.values[Math.max(index, 0)];
		}

		/**
		 * What the trees correct: the mean of the last seven known days at the target's
		 * time of day (the last value when there is none). Learning the difference from
		 * it lets trees, which cannot extrapolate, follow a level that leaves the
		 * training range.
		 */
		double base(int target, int origin) {
			int days = (target - origin + this.perDay - 1) / this.perDay;
			double base = mean(target - (days + 6) * this.perDay, target - days * this.perDay, this.perDay, origin);
			return Double.isNaN(base) ? this.y.values[origin] : base;
		}

		double residual(double value, double base) {
			return this.nonNegative ? Math.log1p(Math.max(value, 0)) - Math.log1p(Math.max(base, 0)) : value - base;
		}

		double restore(double residual, double base) {
			return this.nonNegative ? Math.expm1(Math.log1p(Math.max(base, 0)) + residual) : base + residual;
		}

		/**
		 * The features of {@code target} seen from {@code origin}; NaN features are left
		 * out.
		 */
		Example<Regressor> example(int target, int origin, double label) {
			double[] v = new double[this.names.length];
			LocalDateTime time = this.y.time(target);
			int horizon = target - origin;
			int days = (horizon + this.perDay - 1) / this.perDay;
			int week = 7 * this.perDay;
			int weeks = (horizon + week - 1) / week;
			v[0] = time.getHour() + time.getMinute() / 60.0;
			v[1] = time.getDayOfWeek().getValue();
			v[2] = time.getDayOfWeek().getValue() >= 6 ? 1 : 0;
			v[3] = horizon;
			v[4] = knownAt(target - days * this.perDay, origin);
			v[5] = knownAt(target - weeks * week, origin);
			v[6] = knownAt(origin, origin);
			v[7] = mean(origin - this.perDay + 1, origin, 1, origin);
			v[8] = mean(target - (days + 6) * this.perDay, target - days * this.perDay, this.perDay, origin);
			v[9] = max(target - (days + 6) * this.perDay, target - days * this.perDay, this.perDay, origin);
			for (int i = 0; i < this.exogenousViews.length; i++) {
				View x = this.exogenousViews[i];
				long offset = this.exogenousOffset[i];
				v[10 + 2 * i] = exogenousAt(x, origin + offset, origin + offset);
				v[11 + 2 * i] = exogenousAt(x, target - days * this.perDay + offset, origin + offset);
			}
			int present = 0;
			for (double d : v) {
				if (!Double.isNaN(d)) {
					present++;
				}
			}
			String[] names = new String[present];
			double[] values = new double[present];
			int j = 0;
			for (int i = 0; i < v.length; i++) {
				if (!Double.isNaN(v[i])) {
					names[j] = this.names[i];
					values[j++] = v[i];
				}
			}
			return new ArrayExample<>(new Regressor("value", label), names, values);
		}

		private double knownAt(int index, int origin) {
			return index < 0 || index > origin ? Double.NaN : this.y.at(index);
		}

		private static double exogenousAt(View x, long index, long origin) {
			if (index < 0 || index > origin || index > Integer.MAX_VALUE) {
				return Double.NaN;
			}
			double value = x.at((int) index);
			return Double.isFinite(value) ? value : Double.NaN;
		}

		private double max(int from, int to, int stride, int origin) {
			double max = Double.NaN;
			int i = from;
			while (i < 0) {
				i += stride;
			}
			for (; i <= to; i += stride) {
				double value = knownAt(i, origin);
				if (!Double.isNaN(value) && !(value <= max)) {
					max = value;
				}
			}
			return max;
		}

		private double mean(int from, int to, int stride, int origin) {
			double sum = 0;
			int count = 0;
			int i = from;
			while (i < 0) {
				i += stride;
			}
			for (; i <= to; i += stride) {
				double value = knownAt(i, origin);
				if (!Double.isNaN(value)) {
					sum += value;
					count++;
				}
			}
			return count == 0 ? Double.NaN : sum / count;
		}

	}

}
