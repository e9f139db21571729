package dev.gridsight.chart;

import java.util.UUID;

/**
 * A chart as other modules see it: what it shows and where it lives, without its data.
 *
 * @param id the chart's id
 * @param workspaceId the workspace it belongs to
 * @param title its title
 * @param query its query; null for a SQL chart
 * @param sql its checked SELECT; null for a query chart
 * @param visual how it draws
 */
public record ChartSummary(UUID id, UUID workspaceId, String title, ChartQuery query, String sql, Visual visual) {
}
