package dev.gridsight.dashboard;

import java.util.List;

import dev.gridsight.platform.InvalidInput;

/**
 * A tab filter: rows whose {@code column} is one of {@code values}, on every chart of the
 * tab whose dataset has that column. No values: the filter is defined but selects
 * everything.
 */
public record TabFilter(String column, List<Object> values) {

	public static final int MAX_VALUES = 200;

	public TabFilter {
		if (column == null || column.isBlank() || column.length() > 200) {
			throw new InvalidInput("filters: a filter needs a column of 1 to 200 characters.");
		}
		column = column.trim();
		values = values == null ? List.of() : List.copyOf(values);
		if (values.size() > MAX_VALUES) {
			throw new InvalidInput("filters: the filter on '" + column + "' has more than " + MAX_VALUES + " values.");
		}
		for (Object value : values) {
			if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
				throw new InvalidInput(
						"filters: the values of the filter on '" + column + "' must be text, numbers or booleans.");
			}
		}
	}

}
