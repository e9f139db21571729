package dev.gridsight.chart.internal;

import dev.gridsight.catalog.ColumnType;

/**
 * A column of a compiled chart query's result, in select order.
 *
 * @param name its name in the result
 * @param type its logical type; the Java values are {@code LocalDateTime},
 * {@code LocalDate}, {@code Double}, {@code Long}, {@code Boolean} or {@code String}
 * @param kind what it is on the chart
 * @param unit the catalog unit of what it measures (a count has none); may be null
 */
public record OutputColumn(String name, ColumnType type, Kind kind, String unit) {

	public enum Kind {

		/** A time bucket or raw timestamp: the x axis of a time series. */
		TIME,
		/** A cyclic time part (hour of day, day of week, month of year). */
		CYCLE,
		/** A dimension: a category or a series key. */
		DIMENSION,
		/** A computed measure. */
		MEASURE,
		/** The same measure over the previous period. */
		PREVIOUS_MEASURE

	}

}
