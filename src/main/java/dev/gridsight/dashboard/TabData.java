package dev.gridsight.dashboard;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.Charts;
import dev.gridsight.chart.TimeWindow;

/**
 * The data of every chart on a tab, in the tab's order; one chart failing fails alone.
 */
public record TabData(List<ChartResult> charts) {

	/**
	 * One chart's answer.
	 *
	 * @param data as {@code GET /api/charts/{id}/data} returns it; null on error
	 * @param window the window asked of the chart; null for all data or the chart's own
	 * @param windowSource which window is in force: {@code chart} (the placement's
	 * override), {@code url}, {@code tab} or {@code query} (the chart's own)
	 * @param filters whether each tab filter applied to it
	 * @param error the problem's detail when this chart failed
	 * @param datasetId the dataset the chart reads, for live updates; null for a SQL
	 * chart or a chart that failed
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ChartResult(UUID chartId, ChartData data, TimeWindow window, String windowSource,
			List<Charts.FilterUse> filters, String error, UUID datasetId) {
	}

}
