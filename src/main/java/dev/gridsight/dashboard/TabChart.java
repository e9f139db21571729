package dev.gridsight.dashboard;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.Visual;

/**
 * A chart placed on a tab.
 *
 * @param chartId the chart
 * @param title its title
 * @param visual how it draws
 * @param layout where it sits
 * @param window its own window, overriding the tab's; null when it inherits
 */
public record TabChart(UUID chartId, String title, Visual visual, Layout layout,
		@JsonInclude(JsonInclude.Include.NON_NULL) TimeWindow window) {
}
