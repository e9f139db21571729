package dev.gridsight.energy.internal.learn;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A forecast over a horizon: the chosen model's values, the seasonal-naive baseline's
 * values beside them, which model was chosen and how each did in the backtest that chose
 * it.
 *
 * @param times the forecast steps, the first step after {@code asOf} onwards
 * @param values the chosen model's forecast per step
 * @param seasonalNaive the seasonal-naive forecast per step (the same value one season
 * earlier, the season being a day or a week as the backtest picked)
 * @param model {@value Forecaster#XGBOOST} or {@value Forecaster#SEASONAL_NAIVE}
 * @param xgboost the gradient-boosted trees' backtest
 * @param seasonalNaiveMetrics the seasonal-naive baseline's backtest
 */
public record ForecastResult(List<LocalDateTime> times, double[] values, double[] seasonalNaive, String model,
		Metrics xgboost, Metrics seasonalNaiveMetrics) {

}
