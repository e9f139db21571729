package dev.gridsight.chat;

import java.util.UUID;

import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;

/**
 * A chart an answer shows: stored (so it can be pinned and opened in the builder) with
 * its data as {@code GET /api/charts/{id}/data} returned it when the answer was made.
 *
 * @param explanation one line saying what was charted ("Sum of load_kwh by day, Building
 * 3, 1–7 Sep 2022")
 */
public record ChatChart(UUID id, String title, ChartQuery query, Visual visual, ChartData data, String explanation) {
}
