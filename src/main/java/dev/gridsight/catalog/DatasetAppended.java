package dev.gridsight.catalog;

import java.util.UUID;

/**
 * Rows were appended to a dataset: charts bound to it refresh, energy sites bound to it
 * re-run.
 */
public record DatasetAppended(UUID datasetId, UUID workspaceId, long rowsAppended, long dataVersion) {
}
