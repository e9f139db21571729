package dev.gridsight.catalog;

/**
 * A named expression over a dataset's columns, usable as a measure, e.g.
 * {@code load_kwh * price_usd_per_kwh}.
 *
 * @param name a snake_case name, unique among the dataset's columns and fields
 * @param expression arithmetic over numeric columns and other calculated fields
 * @param unit e.g. {@code USD}; may be null
 * @param description free text; may be null
 */
public record CalculatedField(String name, String expression, String unit, String description) {

	public CalculatedField(String name, String expression) {
		this(name, expression, null, null);
	}

}
