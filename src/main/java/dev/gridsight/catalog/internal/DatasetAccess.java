package dev.gridsight.catalog.internal;

import java.util.List;
import java.util.UUID;

import org.jooq.SQLDialect;
import org.springframework.stereotype.Component;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.platform.NotFound;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Who may read or change a dataset: one place, used by every part of the catalog. A
 * stranger gets "not found" (an id tells nothing), a viewer who tries a change gets
 * "forbidden".
 */
@Component
class DatasetAccess {

	static final String NOT_FOUND = "No such dataset.";

	private final CatalogRepository catalog;

	private final WorkspaceAccess access;

	DatasetAccess(CatalogRepository catalog, WorkspaceAccess access) {
		this.catalog = catalog;
		this.access = access;
	}

	/** The dataset, if the user may read it. */
	CatalogRepository.StoredDataset readable(UUID datasetId, UUID userId) {
		CatalogRepository.StoredDataset stored = catalog.find(datasetId).orElseThrow(() -> new NotFound(NOT_FOUND));
		requireReader(stored.summary().workspaceId(), userId);
		return stored;
	}

	/** The dataset, if the user may change it. */
	CatalogRepository.StoredDataset editable(UUID datasetId, UUID userId) {
		CatalogRepository.StoredDataset stored = readable(datasetId, userId);
		access.require(stored.summary().workspaceId(), userId, WorkspaceRole.EDITOR);
		return stored;
	}

	/** Where the dataset's rows live, if the user may read them. */
	CatalogRepository.Location readableLocation(UUID datasetId, UUID userId) {
		CatalogRepository.Location location = catalog.location(datasetId).orElseThrow(() -> new NotFound(NOT_FOUND));
		requireReader(location.workspaceId(), userId);
		return location;
	}

	/** The user may read the workspace's datasets; not found otherwise. */
	void requireWorkspaceReader(UUID workspaceId, UUID userId) {
		access.require(workspaceId, userId, WorkspaceRole.VIEWER);
	}

	private void requireReader(UUID workspaceId, UUID userId) {
		try {
			access.require(workspaceId, userId, WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw new NotFound(NOT_FOUND);
		}
	}

	static DatasetSchema schemaOf(CatalogRepository.StoredDataset stored) {
		return schemaOf(stored, stored.summary().calculatedFields());
	}

	/** The schema with these calculated fields instead of the stored ones. */
	static DatasetSchema schemaOf(CatalogRepository.StoredDataset stored, List<CalculatedField> calculatedFields) {
		DatasetSummary summary = stored.summary();
		// external tables are named without their schema, which the reader puts on the
		// search path
		String table = dialectOf(stored) == SQLDialect.POSTGRES ? stored.table().split("\\.", 2)[1] : stored.table();
		return new DatasetSchema(summary.id(), summary.workspaceId(), summary.name(), table, summary.columns(),
				calculatedFields, summary.live(), summary.dataVersion());
	}

	/**
	 * External tables are PostgreSQL's {@code schema.table}; warehouse tables are
	 * DuckDB's.
	 */
	static SQLDialect dialectOf(CatalogRepository.StoredDataset stored) {
		return "postgres".equals(stored.summary().source()) ? SQLDialect.POSTGRES : SQLDialect.DUCKDB;
	}

}
