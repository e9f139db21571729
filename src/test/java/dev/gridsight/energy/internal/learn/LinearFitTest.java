package dev.gridsight.energy.internal.learn;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearFitTest {

	@Test
	void recoversKnownCoefficientsFromNoisyData() {
		// a turbine-like model: power = 0.172·admission − 0.048·extraction − 1.6, noise σ
		// = 0.3
		Random random = new Random(42);
		int n = 2000;
		double[][] x = new double[n][2];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i][0] = 40 + 140 * random.nextDouble();
			x[i][1] = x[i][0] * random.nextDouble();
			y[i] = 0.172 * x[i][0] - 0.048 * x[i][1] - 1.6 + 0.3 * random.nextGaussian();
		}

		FitResult fit = LinearFit.fit("power", List.of("admission", "extraction"), x, y);

		assertThat(fit.coefficients()).containsOnlyKeys("admission", "extraction", "intercept");
		assertThat(fit.coefficients().get("admission")).isCloseTo(0.172, within(0.002));
		assertThat(fit.coefficients().get("extraction")).isCloseTo(-0.048, within(0.002));
		assertThat(fit.coefficients().get("intercept")).isCloseTo(-1.6, within(0.1));
		assertThat(fit.n()).isEqualTo(n);
		assertThat(fit.r2()).isGreaterThan(0.99);
		// the MAE of Gaussian noise is σ·√(2/π) ≈ 0.24
		assertThat(fit.mae()).isCloseTo(0.3 * Math.sqrt(2 / Math.PI), within(0.02));
		assertThat(fit.predicted()).hasSize(n);
		assertThat(fit.predicted()[7]).isCloseTo(0.172 * x[7][0] - 0.048 * x[7][1] - 1.6, within(0.1));
	}

	@Test
	void fitsExactDataExactly() {
		double[][] x = { { 1, 0 }, { 0, 1 }, { 2, 3 }, { 5, 1 } };
		double[] y = new double[4];
		for (int i = 0; i < 4; i++) {
			y[i] = 2 * x[i][0] - 3 * x[i][1] + 7;
		}

		FitResult fit = LinearFit.fit("y", List.of("a", "b"), x, y);

		assertThat(fit.coefficients().get("a")).isCloseTo(2.0, within(1e-9));
		assertThat(fit.coefficients().get("b")).isCloseTo(-3.0, within(1e-9));
		assertThat(fit.coefficients().get("intercept")).isCloseTo(7.0, within(1e-9));
		assertThat(fit.r2()).isCloseTo(1.0, within(1e-12));
		assertThat(fit.mae()).isCloseTo(0.0, within(1e-9));
	}

	@Test
	void refusesFewerRowsThanCoefficients() {
		double[][] x = { { 1, 2 }, { 3, 4 } };

		assertThatThrownBy(() -> LinearFit.fit("power", List.of("admission", "extraction"), x, new double[] { 1, 2 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("needs at least 3 rows, got 2");
	}

	@Test
	void refusesConstantSignal() {
		double[][] x = { { 1, 5 }, { 2, 5 }, { 3, 5 }, { 4, 5 } };

		assertThatThrownBy(
				() -> LinearFit.fit("power", List.of("admission", "extraction"), x, new double[] { 1, 2, 3, 5 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("signal 'extraction' is constant (5.0)")
			.hasMessageContaining("intercept");
	}

	@Test
	void refusesCollinearSignals() {
		double[][] x = { { 1, 2 }, { 2, 4 }, { 3, 6 }, { 4, 8.000000000001 } };

		assertThatThrownBy(
				() -> LinearFit.fit("power", List.of("admission", "extraction"), x, new double[] { 1, 2, 3, 5 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'extraction' is a linear combination");
	}

	@Test
	void refusesNaN() {
		double[][] x = { { 1 }, { Double.NaN }, { 3 } };

		assertThatThrownBy(() -> LinearFit.fit("power", List.of("admission"), x, new double[] { 1, 2, 3 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("signal 'admission' is NaN in row 1");
	}

}
