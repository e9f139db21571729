package dev.gridsight.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.gridsight.chart.TimeWindow;

/**
 * A tab with what is on it.
 *
 * @param window the default window its charts inherit; null for each chart's own
 * @param refreshSeconds how often a view re-reads charts over external sources; null for
 * off
 */
public record TabView(UUID id, UUID workspaceId, String name, int position, TimeWindow window, List<TabFilter> filters,
		Integer refreshSeconds, List<TabChart> charts, List<TextCard> cards, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}
