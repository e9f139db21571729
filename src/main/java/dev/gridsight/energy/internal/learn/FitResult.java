package dev.gridsight.energy.internal.learn;

import java.util.Map;

/**
 * An ordinary least-squares fit of one target on a few signals: the coefficients (each
 * signal's name, plus {@code "intercept"}), R² and mean absolute error over the {@code n}
 * rows it was fitted on, and the fitted values in the rows' order (for a
 * predicted-vs-actual chart).
 *
 * @param target the fitted quantity, e.g. {@code "power"}
 * @param coefficients signal name to coefficient, in the signals' order, then
 * {@code "intercept"}
 * @param r2 coefficient of determination, 1 − SSres/SStot (1 when the target is constant
 * and fitted exactly)
 * @param mae mean absolute error of the fitted values, in the target's unit
 * @param n number of rows fitted
 * @param predicted fitted value per row
 */
public record FitResult(String target, Map<String, Double> coefficients, double r2, double mae, int n,
		double[] predicted) {

	/** The name under which the constant term is reported. */
	public static final String INTERCEPT = "intercept";

}
