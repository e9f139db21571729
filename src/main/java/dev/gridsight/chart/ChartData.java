package dev.gridsight.chart;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.gridsight.catalog.TabularData;

/**
 * A chart's live data: rows for the resolved window, with what was done to them.
 *
 * @param columns the output columns
 * @param rows the rows
 * @param downsampled whether long series were reduced (M4: first, last, min and max per
 * bucket)
 * @param truncated whether the row cap cut the result
 * @param window the window the rows cover, or null for all data
 * @param anchor how relative windows were anchored ("the latest data at …" or "now")
 * @param units the catalog unit of each output column that has one, by column name (for
 * axis titles); empty for a SQL chart
 */
public record ChartData(List<TabularData.Column> columns, List<List<Object>> rows, boolean downsampled,
		boolean truncated, Window window, String anchor,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> units) {

	public ChartData {
		units = units == null ? Map.of() : Map.copyOf(units);
	}

	public record Window(Instant from, Instant to) {
	}

}
