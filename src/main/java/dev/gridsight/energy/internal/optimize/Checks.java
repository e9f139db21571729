package dev.gridsight.energy.internal.optimize;

/**
 * Input checks shared by the optimizer's records; each failure says what is wrong in
 * words.
 */
final class Checks {

	private Checks() {
	}

	static void finite(String what, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " must be a finite number, not " + value);
		}
	}

	static void nonNegative(String what, double value) {
		finite(what, value);
		if (value < 0) {
			throw new IllegalArgumentException(what + " must not be negative, not " + value);
		}
	}

	static void series(String what, double[] values, int steps) {
		if (values == null) {
			throw new IllegalArgumentException(what + " is missing");
		}
		if (values.length != steps) {
			throw new IllegalArgumentException(
					what + " has " + values.length + " values but the horizon has " + steps + " steps");
		}
		for (int t = 0; t < values.length; t++) {
			if (Double.isNaN(values[t])) {
				throw new IllegalArgumentException(what + " is not a number (NaN) at step " + t);
			}
		}
	}

	static void optionalSeries(String what, double[] values, int steps) {
		if (values != null) {
			series(what, values, steps);
		}
	}

	static void name(String what, String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(what + " needs a name");
		}
	}

}
