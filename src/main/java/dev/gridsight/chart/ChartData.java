package dev.gridsight.chart;

import java.time.Instant;
import java.util.List;

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
 */
public record ChartData(List<TabularData.Column> columns, List<List<Object>> rows, boolean downsampled,
		boolean truncated, Window window, String anchor) {

	public record Window(Instant from, Instant to) {
	}

}
