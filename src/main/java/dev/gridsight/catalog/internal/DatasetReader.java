package dev.gridsight.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetProfile;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;

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

	/** By dataset id: the profile of one data version, replaced when the data changes. */
	private final Map<UUID, VersionedProfile> profiles = new ConcurrentHashMap<>();

	private record VersionedProfile(long dataVersion, DatasetProfile profile) {
	}

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
	public DatasetProfile profile(UUID userId, DatasetSchema dataset) {
		DatasetSchema current = readable(dataset.id(), userId);
		VersionedProfile cached = profiles.get(current.id());
		if (cached != null && cached.dataVersion() == current.dataVersion()) {
			return cached.profile();
		}
		DatasetProfile profile = readProfile(userId, current);
		profiles.put(current.id(), new VersionedProfile(current.dataVersion(), profile));
		return profile;
	}

	private DatasetProfile readProfile(UUID userId, DatasetSchema schema) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		int cap = DatasetProfile.VALUES_PER_COLUMN;
		for (DatasetColumn column : schema.columns()) {
			if (column.role() != ColumnRole.DIMENSION || column.type() != ColumnType.VARCHAR) {
				continue;
			}
			var field = DSL.field(DSL.name(column.name()));
			TabularData distinct = select(userId, schema,
					dialect -> DSL.using(dialect)
						.select(field)
						.from(DSL.table(DSL.name(schema.table())))
						.where(field.isNotNull())
						.groupBy(field)
						.orderBy(DSL.count().desc(), field)
						.limit(cap),
					new ReadBudget(cap, timeout));
			values.put(column.name(), distinct.rows().stream().map(row -> String.valueOf(row.get(0))).toList());
		}
		var rows = DSL.count().as("rows");
		var latest = schema.timeColumn()
			.map(column -> DSL.max(DSL.field(DSL.name(column.name()))).as("latest"))
			.orElse(null);
		TabularData summary = select(userId, schema,
				dialect -> latest == null ? DSL.using(dialect).select(rows).from(DSL.table(DSL.name(schema.table())))
						: DSL.using(dialect).select(rows, latest).from(DSL.table(DSL.name(schema.table()))),
				new ReadBudget(1, timeout));
		List<Object> row = summary.rows().get(0);
		long count = ((Number) row.get(0)).longValue();
		Instant last = latest == null || row.get(1) == null ? null : instant(row.get(1).toString());
		return new DatasetProfile(values, count, last);
	}

	/** A timestamp as {@link TabularData} writes it: local ones are read as UTC. */
	private static Instant instant(String text) {
		if (text.length() == 10) {
			return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
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
