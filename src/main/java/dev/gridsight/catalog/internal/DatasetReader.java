package dev.gridsight.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dev.gridsight.platform.PageQuery;

import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;

/**
 * Reads datasets for the other modules (the {@link Catalog} port) and for the Data page
 * (first rows, frequent values). Every read checks the user, is compiled with jOOQ, binds
 * its values, and has a timeout and a row cap.
 */
@Service
class DatasetReader implements Catalog {

	private final CatalogRepository catalog;

	private final DatasetAccess access;

	private final Warehouse warehouse;

	private final DataSourceService sources;

	private final RawSqlService rawSql;

	private final Duration timeout;

	DatasetReader(CatalogRepository catalog, DatasetAccess access, Warehouse warehouse, DataSourceService sources,
			RawSqlService rawSql, WarehouseLimits limits) {
		this.catalog = catalog;
		this.access = access;
		this.warehouse = warehouse;
		this.sources = sources;
		this.rawSql = rawSql;
		this.timeout = limits.sqlTimeout();
	}

	@Override
	public DatasetSchema readable(UUID datasetId, UUID userId) {
		return DatasetAccess.schemaOf(access.readable(datasetId, userId));
	}

	@Override
	public DatasetSchema readableByName(UUID workspaceId, String name, UUID userId) {
		access.requireWorkspaceReader(workspaceId, userId);
		return catalog.findIdByName(workspaceId, name)
			.flatMap(catalog::find)
			.map(DatasetAccess::schemaOf)
			.orElseThrow(() -> new InvalidInput("There is no dataset named '" + name + "' in this workspace."));
	}

	@Override
	public List<DatasetSchema> readableIn(UUID workspaceId, UUID userId, int limit) {
		access.requireWorkspaceReader(workspaceId, userId);
		return catalog.pageIds(workspaceId, new PageQuery(0, limit))
			.stream()
			.flatMap(id -> catalog.find(id).stream())
			.map(DatasetAccess::schemaOf)
			.sorted(java.util.Comparator.comparing(DatasetSchema::name))
			.toList();
	}

	@Override
	public TabularData runSql(UUID workspaceId, String sql, UUID userId, int rowCap) {
		return rawSql.run(userId, workspaceId, sql, rowCap);
	}

	@Override
	public TabularData select(UUID userId, DatasetSchema dataset, CompiledRead query, ReadBudget budget) {
		// one light lookup that also carries the workspace: a chart asks this on every
		// request
		CatalogRepository.Location location = access.readableLocation(dataset.id(), userId);
		SQLDialect dialect = location.external() ? SQLDialect.POSTGRES : SQLDialect.DUCKDB;
		Select<?> select = query.compile(dialect);
		UUID source = location.sourceId();
		try (Connection connection = source == null ? warehouse.pooledReader() : sources.connect(source)) {
			if (source != null) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET search_path TO "
							+ DSL.using(SQLDialect.POSTGRES).render(DSL.name(location.table().split("\\.", 2)[0])));
				}
			}
			return execute(connection, select, budget);
		}
		catch (SQLException ex) {
			throw new InvalidInput("Reading dataset " + dataset.name() + " failed: " + DatasetImporter.readable(ex));
		}
	}

	/**
	 * The statement as jOOQ rendered it, its values bound, cancelled past the budget's
	 * timeout (reported as such), at most the budget's rows read.
	 */
	static TabularData execute(Connection connection, Select<?> select, ReadBudget budget) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(select.getSQL())) {
			statement.setQueryTimeout((int) Math.max(1, budget.timeout().toSeconds()));
			List<Object> values = select.getBindValues();
			for (int i = 0; i < values.size(); i++) {
				statement.setObject(i + 1, values.get(i));
			}
			try (ResultSet rs = statement.executeQuery()) {
				return TabularData.read(rs, budget.rowCap());
			}
		}
		catch (SQLException ex) {
			if (isTimeout(ex)) {
				throw new InvalidInput("The query ran longer than its timeout of " + budget.timeout().toSeconds()
						+ " s and was cancelled; narrow the window or add filters.");
			}
			throw ex;
		}
	}

	/** The first rows of a stored dataset, as they are in the warehouse. */
	TabularData rows(UserAccount user, UUID id, int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidInput("limit must be between 1 and 1000.");
		}
		DatasetSchema schema = readable(id, user.id());
		// one row more than shown tells whether there are more
		return select(user.id(), schema,
				dialect -> DSL.using(dialect)
					.select(DSL.asterisk())
					.from(DSL.table(DSL.name(schema.table())))
					.limit(limit + 1),
				new ReadBudget(limit, timeout));
	}

	/**
	 * The most frequent values of a column (for filters and the assistant's entity
	 * matching).
	 */
	TabularData values(UserAccount user, UUID id, String column, int limit) {
		DatasetSchema schema = readable(id, user.id());
		DatasetColumn found = schema.column(column)
			.orElseThrow(() -> new NotFound("No column '" + column + "' in dataset " + schema.name() + "."));
		int cap = Math.max(1, Math.min(limit, 200));
		return select(user.id(), schema, dialect -> {
			var value = DSL.field(DSL.name(found.name())).as("value");
			var rows = DSL.count().as("rows");
			return DSL.using(dialect)
				.select(value, rows)
				.from(DSL.table(DSL.name(schema.table())))
				.groupBy(DSL.field(DSL.name(found.name())))
				.orderBy(DSL.field(DSL.name("rows")).desc(), DSL.field(DSL.name("value")))
				.limit(cap + 1);
		}, new ReadBudget(cap, timeout));
	}

	/** PostgreSQL says query_canceled (57014); DuckDB says it was interrupted. */
	static boolean isTimeout(SQLException ex) {
		return "57014".equals(ex.getSQLState())
				|| (ex.getMessage() != null && ex.getMessage().toLowerCase(Locale.ROOT).contains("interrupt"));
	}

}
