package dev.gridsight.energy.internal.run;

import java.time.Duration;
import java.time.LocalDateTime;

import dev.gridsight.platform.Unprocessable;

/**
 * What a run does with steps that have no value: a short gap is bridged (linearly between
 * its neighbours, or by the nearest value at an edge), a long one is refused in words,
 * naming the signal and the period, because planning on invented data would be worse than
 * not planning.
 */
final class Gaps {

	private Gaps() {
	}

	/** Fills gaps of at most {@code maxGap} steps in place; refuses a longer one. */
	static void bridge(double[] values, int maxGap, String what, LocalDateTime from, Duration step) {
		int n = values.length;
		int i = 0;
		while (i < n) {
			if (Double.isFinite(values[i])) {
				i++;
				continue;
			}
			int start = i;
			while (i < n && !Double.isFinite(values[i])) {
				i++;
			}
			int length = i - start;
			if (length > maxGap || (start == 0 && i == n)) {
				throw new Unprocessable(what + " has no values from " + from.plus(step.multipliedBy(start)) + " to "
						+ from.plus(step.multipliedBy(i)) + " (" + length + " step" + (length == 1 ? "" : "s")
						+ "); a run bridges at most " + maxGap + ". Append the missing rows or plan another period.");
			}
			double before = start > 0 ? values[start - 1] : values[i];
			double after = i < n ? values[i] : before;
			for (int k = start; k < i; k++) {
				double share = (k - start + 1) / (double) (length + 1);
				values[k] = before + (after - before) * share;
			}
		}
	}

	/** The share of steps that hold a value. */
	static double coverage(double[] values) {
		int finite = 0;
		for (double value : values) {
			if (Double.isFinite(value)) {
				finite++;
			}
		}
		return values.length == 0 ? 0 : finite / (double) values.length;
	}

}
