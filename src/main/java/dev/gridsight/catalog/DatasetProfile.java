package dev.gridsight.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a reader of a dataset may want to recognise in words before it asks a question:
 * the distinct values of its text dimension columns (the most frequent first, capped per
 * column), how many rows it has, and its latest timestamp (where a historical dataset's
 * relative windows anchor).
 *
 * @param values distinct values by column name, text dimension columns only
 * @param rows the number of rows
 * @param latest the latest value of its time column; null without one or without rows
 */
public record DatasetProfile(Map<String, List<String>> values, long rows, Instant latest) {

	/** The most distinct values kept per column. */
	public static final int VALUES_PER_COLUMN = 200;

	public DatasetProfile {
		values = values == null ? Map.of() : Map.copyOf(values);
	}

}
