package dev.gridsight.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A dataset as the catalog lists it; {@code parentId} links a child table made from
 * nested JSON (order lines of an order) to its parent dataset.
 */
public record DatasetSummary(UUID id, UUID workspaceId, UUID parentId, String name, String source, boolean live,
		String timeZone, long rowCount, long dataVersion, List<DatasetColumn> columns,
		List<CalculatedField> calculatedFields, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	public DatasetSummary {
		calculatedFields = calculatedFields == null ? List.of() : List.copyOf(calculatedFields);
	}

}
