package dev.gridsight.chart;

import java.util.UUID;

/**
 * Reading a chart for another module, as a member of its workspace (a share is never
 * consulted here, so a grant cannot be passed on). Unknown charts and charts the user may
 * not read are reported as not found.
 */
public interface ChartReads {

	/** The chart, if the user may read it as a member of its workspace. */
	Chart readable(UUID chartId, UUID userId);

	/**
	 * The chart's data as this user, for {@code window} (the chart's own window when
	 * null; the same spellings as {@code GET /api/charts/{id}/data?window=}).
	 */
	ChartData data(UUID chartId, UUID userId, String window);

	/** What another module may know of a chart. */
	record Chart(UUID id, UUID workspaceId, String title, Visual visual) {
	}

}
