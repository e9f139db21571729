package dev.gridsight.catalog.internal.sample;

/**
 * One gas turbo-alternator of the sample plant and the true model its power follows:
 * {@code power_mw = a * admission_tph + b * extraction_tph + c}, plus a little noise.
 *
 * @param prefix the column prefix, e.g. {@code gta1}
 * @param a MW per t/h of admitted steam
 * @param b MW per t/h of extracted steam (negative: extracted steam no longer expands to
 * the condenser)
 * @param c MW at zero flow (negative: the machine's own losses)
 * @param minAdmission the least admission when running, t/h
 * @param maxAdmission the most admission, t/h
 * @param minPower the least power when running, MW
 */
record GasTurboAlternator(String prefix, double a, double b, double c, double minAdmission, double maxAdmission,
		double minPower) {

	/** Condensing flow that stays below the extraction: extraction ≤ admission - this. */
	static final double MIN_CONDENSING_TPH = 12;

	/** Extraction ceiling of every machine, t/h. */
	static final double MAX_EXTRACTION_TPH = 150;

	double power(double admission, double extraction) {
		return this.a * admission + this.b * extraction + this.c;
	}

	/** The admission that makes {@code power} at the given extraction. */
	double admissionFor(double power, double extraction) {
		return (power - this.b * extraction - this.c) / this.a;
	}

	/**
	 * The most extraction possible while making {@code power}, at the least condensing
	 * flow.
	 */
	double extractionLimit(double power) {
		return (power - this.a * MIN_CONDENSING_TPH - this.c) / (this.a + this.b);
	}

	double maxExtraction() {
		return Math.min(MAX_EXTRACTION_TPH, this.maxAdmission - MIN_CONDENSING_TPH);
	}

}
