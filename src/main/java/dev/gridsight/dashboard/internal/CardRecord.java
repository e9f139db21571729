package dev.gridsight.dashboard.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.gridsight.dashboard.Layout;

/** A markdown card on a tab, stored as written. */
record CardRecord(UUID id, UUID tabId, String markdown, Layout layout, int position, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}
