package dev.gridsight.energy.internal.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordinary least squares with an intercept, solved by a Householder QR decomposition of
 * the design matrix (numerically safer than the normal equations, and it shows rank
 * deficiency as a vanishing diagonal of R).
 * <p>
 * Input that cannot identify the coefficients is refused with words rather than answered
 * with nonsense: fewer rows than coefficients, a constant signal (indistinguishable from
 * the intercept), signals that are linear combinations of each other, NaN or infinite
 * values.
 */
public final class LinearFit {

	/** Relative size below which a diagonal element of R counts as zero. */
	private static final double RANK_TOLERANCE = 1e-9;

	private LinearFit() {
	}

	/**
	 * Fits {@code y = Σ coefficient·x + intercept}.
	 * @param target the target's name, carried into the result
	 * @param signals the names of the columns of {@code x}, in order
	 * @param x the rows, {@code [n][signals.size()]}
	 * @param y the target per row
	 * @return coefficients, R², MAE, n and fitted values
	 * @throws IllegalArgumentException when the input cannot identify the coefficients
	 */
	public static FitResult fit(String target, List<String> signals, double[][] x, double[] y) {
		int n = y.length;
		int k = signals.size();
		int p = k + 1;
		if (x.length != n) {
			throw new IllegalArgumentException(
					"%s: %d rows of signals but %d values of the target".formatted(target, x.length, n));
		}
		if (n < p) {
			throw new IllegalArgumentException("%s: fitting %d signal%s and an intercept needs at least %d rows, got %d"
				.formatted(target, k, k == 1 ? "" : "s", p, n));
		}
		for (int i = 0; i < n; i++) {
			if (x[i].length != k) {
				throw new IllegalArgumentException(
						"%s: row %d has %d values for %d signals %s".formatted(target, i, x[i].length, k, signals));
			}
			if (!Double.isFinite(y[i])) {
				throw new IllegalArgumentException("%s: the target is %s in row %d".formatted(target, y[i], i));
			}
			for (int j = 0; j < k; j++) {
				if (!Double.isFinite(x[i][j])) {
					throw new IllegalArgumentException(
							"%s: signal '%s' is %s in row %d".formatted(target, signals.get(j), x[i][j], i));
				}
			}
		}
		for (int j = 0; j < k; j++) {
			double first = x[0][j];
			boolean constant = true;
			for (int i = 1; i < n && constant; i++) {
				constant = x[i][j] == first;
			}
			if (constant) {
				throw new IllegalArgumentException(
						"%s: signal '%s' is constant (%s) over all %d rows, so its effect cannot be told apart from the intercept"
							.formatted(target, signals.get(j), first, n));
			}
		}
		// design matrix, column-major: column 0..k-1 the signals, column k the intercept
		double[][] a = new double[p][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < k; j++) {
				a[j][i] = x[i][j];
			}
			a[k][i] = 1.0;
		}
		double[] b = y.clone();
		double[] diag = new double[p];
		for (int j = 0; j < p; j++) {
			double norm = 0;
			for (int i = j; i < n; i++) {
				norm = Math.hypot(norm, a[j][i]);
			}
			double columnScale = columnNorm(x, j, k, n);
			if (norm <= RANK_TOLERANCE * Math.max(columnScale, 1e-300)) {
				throw new IllegalArgumentException(
						"%s: signal '%s' is a linear combination of the other signals and the intercept, so the coefficients are not unique"
							.formatted(target, j < k ? signals.get(j) : FitResult.INTERCEPT));
			}
			if (a[j][j] > 0) {
				norm = -norm;
			}
			for (int i = j; i < n; i++) {
				a[j][i] /= -norm;
			}
			a[j][j] += 1.0;
			for (int c = j + 1; c < p; c++) {
				double s = 0;
				for (int i = j; i < n; i++) {
					s += a[j][i] * a[c][i];
				}
				s = -s / a[j][j];
				for (int i = j; i < n; i++) {
					a[c][i] += s * a[j][i];
				}
			}
			double s = 0;
			for (int i = j; i < n; i++) {
				s += a[j][i] * b[i];
			}
			s = -s / a[j][j];
			for (int i = j; i < n; i++) {
				b[i] += s * a[j][i];
			}
			diag[j] = norm;
		}
		// back substitution R·beta = Qᵀy
		double[] beta = new double[p];
		for (int j = p - 1; j >= 0; j--) {
			double s = b[j];
			for (int c = j + 1; c < p; c++) {
				s -= a[c][j] * beta[c];
			}
			beta[j] = s / diag[j];
		}
		double[] predicted = new double[n];
		double mean = 0;
		for (int i = 0; i < n; i++) {
			double v = beta[k];
			for (int j = 0; j < k; j++) {
				v += beta[j] * x[i][j];
			}
			predicted[i] = v;
			mean += y[i];
		}
		mean /= n;
		double ssRes = 0;
		double ssTot = 0;
		double absErr = 0;
		for (int i = 0; i < n; i++) {
			double e = y[i] - predicted[i];
			ssRes += e * e;
			ssTot += (y[i] - mean) * (y[i] - mean);
			absErr += Math.abs(e);
		}
		double r2 = ssTot == 0 ? (ssRes <= 1e-24 * n ? 1.0 : 0.0) : 1.0 - ssRes / ssTot;
		Map<String, Double> coefficients = new LinkedHashMap<>();
		for (int j = 0; j < k; j++) {
			coefficients.put(signals.get(j), beta[j]);
		}
		coefficients.put(FitResult.INTERCEPT, beta[k]);
		return new FitResult(target, Collections.unmodifiableMap(coefficients), r2, absErr / n, n, predicted);
	}

	private static double columnNorm(double[][] x, int j, int k, int n) {
		if (j == k) {
			return Math.sqrt(n);
		}
		double s = 0;
		for (int i = 0; i < n; i++) {
			s = Math.hypot(s, x[i][j]);
		}
		return s;
	}

}
