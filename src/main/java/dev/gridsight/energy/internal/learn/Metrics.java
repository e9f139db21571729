package dev.gridsight.energy.internal.learn;

/**
 * How well a forecasting model did in a rolling-origin backtest: forecasts made from
 * {@code origins} past origins over the full horizon, each compared with what happened.
 * <ul>
 * <li>{@code mae}: mean absolute error, in the series' unit.</li>
 * <li>{@code cvRmse}: root mean squared error divided by the mean of the actual values
 * (the coefficient of variation of the RMSE, as ASHRAE Guideline 14 uses it).</li>
 * <li>{@code mase}: mean absolute scaled error, the MAE divided by the in-sample MAE of
 * the one-season naive forecast (y<sub>t</sub> − y<sub>t−m</sub>, m one day or one week,
 * the season the seasonal-naive baseline uses) over the history before the backtest.
 * Below 1 beats a one-season-ahead naive forecast made in hindsight.</li>
 * </ul>
 * All are NaN, with {@code origins} 0, when the history was too short for a backtest.
 *
 * @param mae mean absolute error
 * @param cvRmse RMSE / mean(actual)
 * @param mase MAE / in-sample seasonal-naive MAE
 * @param origins number of forecast origins in the backtest
 */
public record Metrics(double mae, double cvRmse, double mase, int origins) {

	static final Metrics NONE = new Metrics(Double.NaN, Double.NaN, Double.NaN, 0);

}
