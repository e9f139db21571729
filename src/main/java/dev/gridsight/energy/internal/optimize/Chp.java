package dev.gridsight.energy.internal.optimize;

/**
 * A combined heat and power machine (a gas turbo-alternator): when on, power =
 * {@code a·admission + b·extraction + c}, admission within [admissionMin, admissionMax ×
 * availability], extraction within [extractionMin, extractionMax] and never above
 * admission, power at least {@code minPower}. {@code steamCost} is per tonne admitted.
 * {@code availability} per step: 1 on, 0 off or in maintenance, between them derated (the
 * maximum admission is scaled); {@code null} means always available. {@code statusReason}
 * per step ({@code null} array or entries allowed) says why in words: "maintenance",
 * "off", "derated to 60%".
 */
public record Chp(String name, double a, double b, double c, double admissionMin, double admissionMax,
		double extractionMin, double extractionMax, double minPower, double steamCost, double[] availability,
		String[] statusReason) {

	public Chp {
		Checks.name("a chp", name);
		Checks.finite(name + "'s coefficient a", a);
		Checks.finite(name + "'s coefficient b", b);
		Checks.finite(name + "'s intercept c", c);
		Checks.nonNegative(name + "'s minimum admission", admissionMin);
		Checks.nonNegative(name + "'s maximum admission", admissionMax);
		Checks.nonNegative(name + "'s minimum extraction", extractionMin);
		Checks.nonNegative(name + "'s maximum extraction", extractionMax);
		Checks.nonNegative(name + "'s minimum power", minPower);
		Checks.finite(name + "'s steam cost", steamCost);
		if (admissionMin > admissionMax) {
			throw new IllegalArgumentException(name + "'s minimum admission " + admissionMin
					+ " t/h is above its maximum admission " + admissionMax + " t/h");
		}
		if (extractionMin > extractionMax) {
			throw new IllegalArgumentException(name + "'s minimum extraction " + extractionMin
					+ " t/h is above its maximum extraction " + extractionMax + " t/h");
		}
	}

	double availabilityAt(int t) {
		return availability == null ? 1 : Math.max(0, Math.min(1, availability[t]));
	}

	String reasonAt(int t) {
		if (statusReason != null && statusReason[t] != null && !statusReason[t].isBlank()) {
			return statusReason[t];
		}
		double availability = availabilityAt(t);
		if (availability <= 0) {
			return "off";
		}
		return availability < 1 ? "derated to " + Math.round(availability * 100) + "%" : null;
	}

	/**
	 * The most power the machine can make at step t, at full admission and the least
	 * extraction.
	 */
	double maxPowerAt(int t) {
		double availability = availabilityAt(t);
		if (availability <= 0) {
			return 0;
		}
		double admission = admissionMax * availability;
		return Math.max(0, a * admission + Math.max(b * extractionMin, b * Math.min(extractionMax, admission)) + c);
	}

	/** The most steam the machine can extract at step t. */
	double maxExtractionAt(int t) {
		double availability = availabilityAt(t);
		return availability <= 0 ? 0 : Math.min(extractionMax, admissionMax * availability);
	}

}
