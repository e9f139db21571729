package dev.gridsight.chart;

import java.time.Duration;
import java.time.Instant;

import dev.gridsight.platform.InvalidInput;

/**
 * A concrete, half-open time window {@code [from, to)} in UTC: rows with
 * {@code from <= ts < to} are in it.
 */
public record ChartWindow(Instant from, Instant to) {

	public ChartWindow {
		if (from == null || to == null) {
			throw new InvalidInput("A window needs a start and an end.");
		}
		if (!from.isBefore(to)) {
			throw new InvalidInput("window must end after it starts (from " + from + ", to " + to + ").");
		}
	}

	public Duration length() {
		return Duration.between(this.from, this.to);
	}

	/**
	 * The window shifted back by its own length: what {@code previous_period} compares
	 * to.
	 */
	public ChartWindow previous() {
		return new ChartWindow(this.from.minus(length()), this.from);
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(this.from) && instant.isBefore(this.to);
	}

}
