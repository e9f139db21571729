package dev.gridsight.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A dataset as the catalog lists it. */
public record DatasetSummary(UUID id, UUID workspaceId, String name, String source, boolean live, long rowCount,
		long dataVersion, List<DatasetColumn> columns, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
