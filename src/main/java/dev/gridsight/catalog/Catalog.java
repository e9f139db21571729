package dev.gridsight.catalog;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jooq.SQLDialect;
import org.jooq.Select;

/**
 * What other modules may ask of the catalog; every call checks the user may read the
 * dataset. No connection ever leaves the catalog: other modules hand it a query they
 * compiled, and get rows back.
 */
public interface Catalog {

	/** The dataset's schema, if the user may read it; not found otherwise. */
	DatasetSchema readable(UUID datasetId, UUID userId);

	/**
	 * The schema of the dataset with this name in the workspace, if the user may read it.
	 */
	DatasetSchema readableByName(UUID workspaceId, String name, UUID userId);

	/**
	 * Runs a query compiled with jOOQ (never text from a user) over one dataset, for a
	 * user who may read it: the permission is checked here again, the values are bound,
	 * and the statement has a timeout and a row cap. It runs on the engine that holds the
	 * dataset (the DuckDB warehouse, on a pooled connection whose plans are cached by SQL
	 * text, or the external PostgreSQL with the dataset's schema on the search path), so
	 * the compiled query names the table as {@link DatasetSchema#table()} says.
	 */
	TabularData select(UUID userId, DatasetSchema dataset, CompiledRead query, ReadBudget budget);

	/**
	 * The schemas of every dataset of the workspace, by name, if the user is a member;
	 * not found otherwise. At most {@code limit} of them.
	 */
	List<DatasetSchema> readableIn(UUID workspaceId, UUID userId, int limit);

	/**
	 * The dataset's distinct text values, row count and latest timestamp, if the user may
	 * read it; read once per data version.
	 */
	DatasetProfile profile(UUID userId, DatasetSchema dataset);

	/** One checked, read-only SELECT over the workspace's datasets, by name. */
	TabularData runSql(UUID workspaceId, String sql, UUID userId, int rowCap);

	/** A query compiled for the dialect of the engine that holds the dataset. */
	@FunctionalInterface
	interface CompiledRead {

		Select<?> compile(SQLDialect dialect);

	}

	/**
	 * How much one read may return and how long it may run.
	 *
	 * @param rowCap the most rows returned; {@link TabularData#truncated()} says when
	 * there were more
	 * @param timeout when the statement is cancelled
	 */
	record ReadBudget(int rowCap, Duration timeout) {

		public ReadBudget {
			if (rowCap < 0 || timeout == null || timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("A read needs a row cap and a positive timeout.");
			}
		}

	}

}
