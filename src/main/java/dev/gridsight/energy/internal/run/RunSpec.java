package dev.gridsight.energy.internal.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import dev.gridsight.energy.internal.site.SiteModel.StatusOverride;

/**
 * One run's period and choices, checked: it plans {@code steps} steps of {@code step}
 * from {@code asOf}, on actual data (hindsight) or on forecasts made from data up to
 * {@code asOf} only.
 */
public record RunSpec(LocalDateTime asOf, int steps, Duration step, boolean actual, List<StatusOverride> overrides,
		Double carbonPricePerKg) {

	public RunSpec {
		overrides = List.copyOf(overrides);
	}

	public LocalDateTime end() {
		return this.asOf.plus(this.step.multipliedBy(this.steps));
	}

	public double stepHours() {
		return this.step.toMinutes() / 60.0;
	}

}
