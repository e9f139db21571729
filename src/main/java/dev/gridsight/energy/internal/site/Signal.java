package dev.gridsight.energy.internal.site;

import java.util.Map;

/**
 * Where a quantity of a site comes from: a dataset column (the site's dataset unless
 * another is named), optionally filtered to the rows where other columns hold given
 * values, or a constant value. Either way with its unit, written out.
 *
 * @param column the column; null for a constant
 * @param dataset the dataset's name; null for the site's
 * @param filter column → value the rows must hold; empty for every row
 * @param value the constant; null for a column
 * @param unit the unit, converted, never guessed; null only for a status column
 * @param forecast whether a run that plans ahead forecasts it from history (demand and PV
 * do by default)
 */
public record Signal(String column, String dataset, Map<String, String> filter, Double value, String unit,
		Boolean forecast) {

	public Signal {
		filter = filter == null ? Map.of() : Map.copyOf(filter);
	}

	public static Signal constant(double value, String unit) {
		return new Signal(null, null, Map.of(), value, unit, null);
	}

	public boolean isColumn() {
		return this.column != null;
	}

	/**
	 * A short description for messages: {@code load_kwh where building = 'Building 3'}.
	 */
	public String describe() {
		if (!isColumn()) {
			return this.value + (this.unit == null ? "" : " " + this.unit);
		}
		StringBuilder text = new StringBuilder(this.column);
		if (this.dataset != null) {
			text.append(" of ").append(this.dataset);
		}
		String and = " where ";
		for (Map.Entry<String, String> entry : new java.util.TreeMap<>(this.filter).entrySet()) {
			text.append(and).append(entry.getKey()).append(" = '").append(entry.getValue()).append('\'');
			and = " and ";
		}
		return text.toString();
	}

}
