package dev.gridsight.energy.internal.optimize;

/**
 * A battery: capacity and state-of-charge bounds in P·h, power in P (for charge and
 * discharge), efficiencies in (0, 1], initial state of charge, end state of charge
 * ({@code null}: free; otherwise the plan ends at least this full) and a wear cost per
 * P·h of throughput (charge + discharge).
 */
public record Battery(String name, double capacity, double power, double chargeEfficiency, double dischargeEfficiency,
		double socMin, double socMax, double initialSoc, Double endSoc, double wearCost) {

	public Battery {
		Checks.name("a battery", name);
		Checks.nonNegative(name + "'s capacity", capacity);
		Checks.nonNegative(name + "'s power", power);
		Checks.nonNegative(name + "'s wear cost", wearCost);
		if (!(chargeEfficiency > 0 && chargeEfficiency <= 1)
				|| !(dischargeEfficiency > 0 && dischargeEfficiency <= 1)) {
			throw new IllegalArgumentException(name + "'s efficiencies must be above 0 and at most 1, not "
					+ chargeEfficiency + " and " + dischargeEfficiency);
		}
		Checks.nonNegative(name + "'s minimum state of charge", socMin);
		Checks.nonNegative(name + "'s maximum state of charge", socMax);
		if (socMin > socMax || socMax > capacity + 1e-9) {
			throw new IllegalArgumentException(name + "'s state of charge range " + socMin + "–" + socMax
					+ " must be ordered and within its capacity " + capacity);
		}
		Checks.finite(name + "'s initial state of charge", initialSoc);
		if (initialSoc < socMin - 1e-9 || initialSoc > socMax + 1e-9) {
			throw new IllegalArgumentException(name + "'s initial state of charge " + initialSoc
					+ " is outside its range " + socMin + "–" + socMax);
		}
		if (endSoc != null && (Double.isNaN(endSoc) || endSoc < socMin - 1e-9 || endSoc > socMax + 1e-9)) {
			throw new IllegalArgumentException(
					name + "'s end state of charge " + endSoc + " is outside its range " + socMin + "–" + socMax);
		}
	}

}
