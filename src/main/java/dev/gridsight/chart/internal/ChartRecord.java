package dev.gridsight.chart.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;

/** A stored chart: exactly one of {@code query} and {@code sql} is set. */
record ChartRecord(UUID id, UUID workspaceId, String title, ChartQuery query, String sql, Visual visual,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
