package dev.gridsight.energy.internal.learn;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A time series on a regular step with no gaps: {@code values[i]} belongs to
 * {@code times.get(i)}. Whoever reads it from a dataset fills or flags gaps first.
 *
 * @param times the step starts, ascending, one step apart
 * @param values one value per time
 */
public record Series(List<LocalDateTime> times, double[] values) {

	public Series {
		if (times == null || values == null) {
			throw new IllegalArgumentException("a series needs its times and its values");
		}
		if (times.size() != values.length) {
			throw new IllegalArgumentException(
					"a series has %d times but %d values".formatted(times.size(), values.length));
		}
	}

	/**
	 * @return the number of steps
	 */
	public int size() {
		return values.length;
	}

}
