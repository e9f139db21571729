package dev.gridsight.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.jooq.SQLDialect;

/**
 * What other modules may ask of the catalog; every call checks the user may read the
 * dataset.
 */
public interface Catalog {

	/** The dataset's schema, if the user may read it; not found otherwise. */
	DatasetSchema readable(UUID datasetId, UUID userId);

	/**
	 * The schema of the dataset with this name in the workspace, if the user may read it.
	 */
	DatasetSchema readableByName(UUID workspaceId, String name, UUID userId);

	/**
	 * Runs read-only work on the engine holding the dataset (the DuckDB warehouse, or the
	 * external PostgreSQL with the dataset's schema on the search path). Warehouse
	 * connections are pooled with their prepared statements cached by SQL text: the work
	 * must leave no session state behind (no temporary objects, no settings) and should
	 * bind its values so that the same query text is reused.
	 */
	<T> T read(DatasetSchema dataset, ReadWork<T> work);

	/** One checked, read-only SELECT over the workspace's datasets, by name. */
	TabularData runSql(UUID workspaceId, String sql, UUID userId, int rowCap);

	@FunctionalInterface
	interface ReadWork<T> {

		T run(Connection connection, SQLDialect dialect) throws SQLException;

	}

}
