package dev.gridsight.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.gridsight.chart.TimeWindow;

/**
 * A tab with what is on it.
 *
 * @param window the default window its charts inherit; null for each chart's own
 * @param refreshSeconds how often a view re-reads charts over external sources; null for
 * off
 * @param access what the caller may do: {@code edit} or {@code view}
 * @param sharedBy who shared it with the caller, when the caller is not a member of its
 * workspace; null otherwise
 */
public record TabView(UUID id, UUID workspaceId, String name, int position, TimeWindow window, List<TabFilter> filters,
		Integer refreshSeconds, List<TabChart> charts, List<TextCard> cards, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, String access, @JsonInclude(JsonInclude.Include.NON_NULL) SharedBy sharedBy) {

	/** The sharer of a tab shared with a person. */
	public record SharedBy(UUID id, String email) {
	}

}
