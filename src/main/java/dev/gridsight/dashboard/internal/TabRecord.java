package dev.gridsight.dashboard.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.dashboard.TabFilter;

/** A stored tab, without what is placed on it. */
record TabRecord(UUID id, UUID workspaceId, String name, int position, TimeWindow window, List<TabFilter> filters,
		Integer refreshSeconds, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime deletedAt) {

	TabRecord {
		filters = filters == null ? List.of() : List.copyOf(filters);
	}

	TabRecord with(String name, TimeWindow window, List<TabFilter> filters, Integer refreshSeconds,
			OffsetDateTime updatedAt) {
		return new TabRecord(id, workspaceId, name, position, window, filters, refreshSeconds, createdAt, updatedAt,
				deletedAt);
	}

}
