package dev.gridsight.energy.internal.optimize;

/**
 * A flexible load: {@code energy} P·h to deliver within steps [fromStep, toStep), at most
 * {@code powerMax} P in any step.
 */
public record FlexibleLoad(String name, double energy, int fromStep, int toStep, double powerMax) {

	public FlexibleLoad {
		Checks.name("a flexible load", name);
		Checks.nonNegative(name + "'s energy", energy);
		Checks.nonNegative(name + "'s maximum power", powerMax);
		if (fromStep < 0 || toStep < fromStep) {
			throw new IllegalArgumentException(name + "'s window " + fromStep + "–" + toStep
					+ " must start at step 0 or later and not end before it starts");
		}
	}

}
