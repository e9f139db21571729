package dev.gridsight.energy.internal.run;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.Unprocessable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GapsTest {

	private static final LocalDateTime FROM = LocalDateTime.of(2025, 1, 1, 0, 0);

	@Test
	void bridgesShortGapsLinearlyAndAtTheEdges() {
		double[] values = { Double.NaN, 2, Double.NaN, Double.NaN, 8, Double.NaN };
		Gaps.bridge(values, 3, "load", FROM, Duration.ofHours(1));
		assertThat(values).containsExactly(2, 2, 4, 6, 8, 8);
	}

	@Test
	void refusesALongGapNamingItsPeriod() {
		double[] values = { 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5 };
		assertThatThrownBy(() -> Gaps.bridge(values, 3, "demand.steam", FROM, Duration.ofHours(1)))
			.isInstanceOf(Unprocessable.class)
			.hasMessageContaining("demand.steam has no values from 2025-01-01T01:00 to 2025-01-01T05:00 (4 steps)");
		assertThatThrownBy(() -> Gaps.bridge(new double[] { Double.NaN }, 3, "x", FROM, Duration.ofHours(1)))
			.isInstanceOf(Unprocessable.class);
	}

}
