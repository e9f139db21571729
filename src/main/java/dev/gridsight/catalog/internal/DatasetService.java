package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.catalog.DatasetAppended;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

@Service
class DatasetService implements Catalog {

	static final String NOT_FOUND = "No such dataset.";

	static final int MAX_APPEND_ROWS = 100_000;

	static final int PREVIEW_ROWS = 20;

	static final java.time.Duration SQL_TIMEOUT = java.time.Duration.ofSeconds(30);

	private static final DSLContext SQL = DSL.using(SQLDialect.DUCKDB);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CatalogRepository catalog;

	private final DatasetImporter importer;

	private final Warehouse warehouse;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Path uploads;

	private final TransactionTemplate transactions;

	private final DataSourceService sources;

	private final UserDirectory users;

	DatasetService(CatalogRepository catalog, DatasetImporter importer, Warehouse warehouse, WorkspaceAccess access,
			ApplicationEventPublisher events, Clock clock, GridsightProperties properties,
			TransactionTemplate transactions, DataSourceService sources, UserDirectory users) {
		this.transactions = transactions;
		this.sources = sources;
		this.users = users;
		this.catalog = catalog;
		this.importer = importer;
		this.warehouse = warehouse;
		this.access = access;
		this.events = events;
		this.clock = clock;
		this.uploads = properties.dataDir().toAbsolutePath().resolve("uploads");
	}

	@Override
	public DatasetSchema readable(UUID datasetId, UUID userId) {
		CatalogRepository.StoredDataset stored = readableStored(datasetId, userId);
		return schemaOf(stored);
	}

	static DatasetSchema schemaOf(CatalogRepository.StoredDataset stored) {
		return schemaOf(stored, stored.summary().calculatedFields());
	}

	/** The schema with these calculated fields instead of the stored ones. */
	static DatasetSchema schemaOf(CatalogRepository.StoredDataset stored, List<CalculatedField> calculatedFields) {
		DatasetSummary summary = stored.summary();
		// external tables are named without their schema, which read() puts on the search
		// path
		String table = dialectOf(stored) == SQLDialect.POSTGRES ? stored.table().split("\\.", 2)[1] : stored.table();
		return new DatasetSchema(summary.id(), summary.workspaceId(), summary.name(), table, summary.columns(),
				calculatedFields, summary.live(), summary.dataVersion());
	}

	@Override
	public DatasetSchema readableByName(UUID workspaceId, String name, UUID userId) {
		access.require(workspaceId, userId, WorkspaceRole.VIEWER);
		return catalog.findIdByName(workspaceId, name)
			.flatMap(catalog::find)
			.map(DatasetService::schemaOf)
			.orElseThrow(() -> new InvalidInput("There is no dataset named '" + name + "' in this workspace."));
	}

	@Override
	public <T> T read(DatasetSchema dataset, ReadWork<T> work) {
		// one light lookup: a chart asks for this on every request
		CatalogRepository.Location location = catalog.location(dataset.id()).orElseThrow(() -> new NotFound(NOT_FOUND));
		UUID source = location.sourceId();
		try (Connection connection = source == null ? warehouse.pooledReader() : sources.connect(source)) {
			if (source != null) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET search_path TO "
							+ DSL.using(SQLDialect.POSTGRES).render(DSL.name(location.table().split("\\.", 2)[0])));
				}
			}
			return work.run(connection, location.external() ? SQLDialect.POSTGRES : SQLDialect.DUCKDB);
		}
		catch (SQLException ex) {
			throw new InvalidInput("Reading dataset " + dataset.name() + " failed: " + DatasetImporter.readable(ex));
		}
	}

	@Override
	public TabularData runSql(UUID workspaceId, String sql, UUID userId, int rowCap) {
		return runSql(users.findById(userId).orElseThrow(() -> new NotFound("No such user.")), workspaceId, sql,
				rowCap);
	}

	private CatalogRepository.StoredDataset readableStored(UUID datasetId, UUID userId) {
		CatalogRepository.StoredDataset stored = catalog.find(datasetId).orElseThrow(() -> new NotFound(NOT_FOUND));
		try {
			access.require(stored.summary().workspaceId(), userId, WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw new NotFound(NOT_FOUND);
		}
		return stored;
	}

	/**
	 * The dataset, if the user may change it: not found for strangers, forbidden for
	 * viewers.
	 */
	CatalogRepository.StoredDataset editable(UUID datasetId, UUID userId) {
		CatalogRepository.StoredDataset stored = readableStored(datasetId, userId);
		access.require(stored.summary().workspaceId(), userId, WorkspaceRole.EDITOR);
		return stored;
	}

	DatasetSummary get(UserAccount user, UUID id) {
		return readableStored(id, user.id()).summary();
	}

	PageResult<DatasetSummary> list(UserAccount user, UUID workspaceId, PageQuery page) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		List<DatasetSummary> items = catalog.pageIds(workspace, page)
			.stream()
			.map(id -> catalog.find(id).orElseThrow().summary())
			.toList();
		return new PageResult<>(items, page.page(), page.size(), catalog.count(workspace));
	}

	/** Imports a file as a new dataset; nothing is kept when any step fails. */
	DatasetSummary importFile(UserAccount user, UUID workspaceId, String name, String fileName, String timeZone,
			Upload content) {
		ZoneId zone = zone(timeZone);
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		String datasetName = checkName(name == null || name.isBlank() ? baseName(fileName) : name);
		if (catalog.findIdByName(workspace, datasetName).isPresent()) {
			throw new Conflict("A dataset named '" + datasetName + "' already exists in this workspace.");
		}
		FileFormat format = FileFormat.of(fileName);
		UUID id = UUID.randomUUID();
		String table = "ds_" + id.toString().replace("-", "");
		Path file = store(content, format);
		try {
			List<DatasetImporter.ImportedTable> tables = importer.load(file, format, "'" + fileName + "'", table, zone);
			OffsetDateTime now = now();
			try {
				transactions.executeWithoutResult(status -> {
					UUID parent = null;
					for (DatasetImporter.ImportedTable imported : tables) {
						String tableName = imported.path().isEmpty() ? datasetName
								: datasetName + "." + imported.path();
						if (catalog.findIdByName(workspace, tableName).isPresent()) {
							throw new Conflict("A dataset named '" + tableName + "' already exists in this workspace.");
						}
						UUID datasetId = parent == null ? id : UUID.randomUUID();
						catalog.insert(new DatasetSummary(datasetId, workspace, parent, checkName(tableName),
								format.name().toLowerCase(), false, zone.getId(), imported.rowCount(), 1,
								imported.columns(), List.of(), now, now), imported.table(), user.id());
						parent = parent == null ? datasetId : parent;
					}
				});
			}
			catch (RuntimeException ex) {
				tables.forEach(imported -> dropTable(imported.table()));
				throw ex;
			}
			String children = tables.size() > 1 ? ", " + (tables.size() - 1) + " child table(s)" : "";
			events.publishEvent(AuditEvent.of(user.id(), user.email(), "dataset_imported", "dataset", id,
					datasetName + " (" + tables.get(0).rowCount() + " rows" + children + ")"));
			return catalog.find(id).orElseThrow().summary();
		}
		finally {
			deleteQuietly(file);
		}
	}

	/**
	 * What an import would produce: inferred columns and the first rows; nothing is
	 * stored.
	 */
	DatasetImporter.Preview preview(UserAccount user, String fileName, Upload content) {
		FileFormat format = FileFormat.of(fileName);
		Path file = store(content, format);
		try {
			return importer.preview(file, format, "'" + fileName + "'", PREVIEW_ROWS);
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** The first rows of a stored dataset, as they are in the warehouse. */
	TabularData rows(UserAccount user, UUID id, int limit) {
		CatalogRepository.StoredDataset stored = readableStored(id, user.id());
		if (limit < 1 || limit > 1000) {
			throw new InvalidInput("limit must be between 1 and 1000.");
		}
		// one row more than shown tells whether there are more
		return readTable(stored, "SELECT * FROM " + tableSql(stored) + " LIMIT " + (limit + 1), limit);
	}

	/**
	 * The most frequent values of a column (for filters and the assistant's entity
	 * matching).
	 */
	TabularData values(UserAccount user, UUID id, String column, int limit) {
		CatalogRepository.StoredDataset stored = readableStored(id, user.id());
		DatasetColumn found = stored.summary()
			.columns()
			.stream()
			.filter(candidate -> candidate.name().equals(column))
			.findFirst()
			.orElseThrow(() -> new NotFound("No column '" + column + "' in dataset " + stored.summary().name() + "."));
		String name = DSL.using(dialectOf(stored)).render(DSL.name(found.name()));
		int cap = Math.max(1, Math.min(limit, 200));
		return readTable(stored, "SELECT " + name + " AS \"value\", count(*) AS \"rows\" FROM " + tableSql(stored)
				+ " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + (cap + 1), cap);
	}

	/**
	 * Runs one checked, read-only SELECT over the workspace's datasets, named as in the
	 * catalog. The query runs on its own connection where only those datasets are visible
	 * under their names, with a timeout and a row cap.
	 */
	TabularData runSql(UserAccount user, UUID workspaceId, String sql, int cap) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		Set<String> names = SqlGuard.check(sql);
		Map<String, String> tables = new LinkedHashMap<>();
		for (String name : names) {
			CatalogRepository.StoredDataset stored = catalog.findIdByName(workspace, name)
				.flatMap(catalog::find)
				.orElseThrow(() -> new InvalidInput("There is no dataset named '" + name + "' in this workspace."));
			requireWarehouse(stored);
			tables.put(name, stored.table());
		}
		try (Connection connection = warehouse.reader(); Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> table : tables.entrySet()) {
				statement.execute("CREATE TEMP VIEW " + SQL.render(DSL.name(table.getKey())) + " AS SELECT * FROM "
						+ SQL.render(DSL.name(table.getValue())));
			}
			var timeout = warehouse.cancelAfter(statement, SQL_TIMEOUT);
			try (ResultSet rs = statement.executeQuery(sql)) {
				return TabularData.read(rs, cap);
			}
			finally {
				timeout.cancel(false);
			}
		}
		catch (SQLException ex) {
			String reason = DatasetImporter.readable(ex);
			if (reason.toLowerCase().contains("interrupt")) {
				throw new InvalidInput("The query ran longer than " + SQL_TIMEOUT.toSeconds() + " s and was stopped.");
			}
			throw new InvalidInput("The query failed: " + reason);
		}
	}

	@Transactional
	DatasetSummary updateColumn(UserAccount user, UUID id, String column, ColumnRole role, String unit,
			String description, List<String> synonyms) {
		CatalogRepository.StoredDataset stored = editable(id, user.id());
		List<DatasetColumn> columns = new ArrayList<>(stored.summary().columns());
		int index = -1;
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(column)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFound("No column '" + column + "' in dataset " + stored.summary().name() + ".");
		}
		DatasetColumn old = columns.get(index);
		if (role == ColumnRole.TIME && !old.type().isTemporal()) {
			throw new InvalidInput("Only a timestamp or date column can have the time role; '" + column + "' is "
					+ old.type().wire() + ".");
		}
		if (role == ColumnRole.MEASURE && !old.type().isNumeric()) {
			throw new InvalidInput(
					"Only a numeric column can be a measure; '" + column + "' is " + old.type().wire() + ".");
		}
		columns.set(index, new DatasetColumn(old.name(), old.type(), role == null ? old.role() : role,
				unit == null ? old.unit() : blankToNull(unit),
				description == null ? old.description() : blankToNull(description), synonyms == null ? old.synonyms()
						: synonyms.stream().map(String::trim).filter(text -> !text.isEmpty()).toList()));
		catalog.replaceColumns(id, columns);
		return catalog.find(id).orElseThrow().summary();
	}

	private TabularData readTable(CatalogRepository.StoredDataset stored, String sql, int cap) {
		UUID source = catalog.location(stored.summary().id()).map(CatalogRepository.Location::sourceId).orElse(null);
		try (Connection connection = source == null ? warehouse.reader() : sources.connect(source);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			return TabularData.read(rs, cap);
		}
		catch (SQLException ex) {
			throw new InvalidInput(
					"Reading dataset " + stored.summary().name() + " failed: " + DatasetImporter.readable(ex));
		}
	}

	/**
	 * External tables are PostgreSQL's {@code schema.table}; warehouse tables are
	 * DuckDB's.
	 */
	private static SQLDialect dialectOf(CatalogRepository.StoredDataset stored) {
		return "postgres".equals(stored.summary().source()) ? SQLDialect.POSTGRES : SQLDialect.DUCKDB;
	}

	private static String tableSql(CatalogRepository.StoredDataset stored) {
		if (dialectOf(stored) == SQLDialect.POSTGRES) {
			String[] parts = stored.table().split("\\.", 2);
			return DSL.using(SQLDialect.POSTGRES).render(DSL.table(DSL.name(parts[0], parts[1])));
		}
		return SQL.render(DSL.name(stored.table()));
	}

	private static void requireWarehouse(CatalogRepository.StoredDataset stored) {
		if (dialectOf(stored) != SQLDialect.DUCKDB) {
			throw new InvalidInput("Dataset " + stored.summary().name()
					+ " is a table of an external source, which Gridsight only reads.");
		}
	}

	private static ZoneId zone(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(timeZone.trim());
		}
		catch (java.time.DateTimeException ex) {
			throw new InvalidInput(
					"'" + timeZone + "' is not a time zone; use an IANA name such as Europe/Paris or UTC.");
		}
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.trim();
	}

	@Transactional
	DatasetSummary rename(UserAccount user, UUID id, String name) {
		CatalogRepository.StoredDataset stored = editable(id, user.id());
		String newName = checkName(name);
		catalog.findIdByName(stored.summary().workspaceId(), newName)
			.filter(other -> !other.equals(id))
			.ifPresent(other -> {
				throw new Conflict("A dataset named '" + newName + "' already exists in this workspace.");
			});
		catalog.rename(id, newName, now());
		return catalog.find(id).orElseThrow().summary();
	}

	@Transactional
	void delete(UserAccount user, UUID id) {
		CatalogRepository.StoredDataset stored = editable(id, user.id());
		List<String> children = catalog.childTables(id);
		catalog.delete(id);
		if (dialectOf(stored) == SQLDialect.DUCKDB) {
			dropTable(stored.table());
			children.forEach(this::dropTable);
		}
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), "dataset_deleted", "dataset", id, stored.summary().name()));
	}

	record AppendResult(long rowsAppended, long dataVersion, boolean replayed) {
	}

	/**
	 * Appends JSON rows all or nothing; a repeated Idempotency-Key returns the first
	 * answer.
	 */
	AppendResult appendJson(UserAccount user, UUID id, String body, String idempotencyKey) {
		CatalogRepository.StoredDataset stored = editable(id, user.id());
		requireWarehouse(stored);
		List<Map<String, Object>> rows = parseRows(body);
		ZoneId zone = ZoneId.of(stored.summary().timeZone());
		Map<String, DatasetColumn> columns = stored.summary()
			.columns()
			.stream()
			.collect(Collectors.toMap(DatasetColumn::name, column -> column, (a, b) -> a, LinkedHashMap::new));
		List<Object[]> values = new ArrayList<>(rows.size());
		List<String> names = new ArrayList<>(columns.keySet());
		for (int r = 0; r < rows.size(); r++) {
			Map<String, Object> row = rows.get(r);
			for (String key : row.keySet()) {
				if (!columns.containsKey(key)) {
					throw new InvalidInput("Row " + (r + 1) + ": unknown column '" + key
							+ "'. The dataset's columns are: " + String.join(", ", names) + ".");
				}
			}
			Object[] converted = new Object[names.size()];
			for (int c = 0; c < names.size(); c++) {
				converted[c] = RowCoercion.coerce(row.get(names.get(c)), columns.get(names.get(c)), r + 1, zone);
			}
			values.add(converted);
		}
		return appendOnce(user, stored, idempotencyKey, () -> warehouse.write(connection -> {
			String sql = "INSERT INTO " + SQL.render(DSL.name(stored.table())) + " ("
					+ names.stream().map(name -> SQL.render(DSL.name(name))).collect(Collectors.joining(", "))
					+ ") VALUES (" + names.stream().map(name -> "?").collect(Collectors.joining(", ")) + ")";
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				for (Object[] row : values) {
					for (int c = 0; c < row.length; c++) {
						insert.setObject(c + 1, row[c]);
					}
					insert.addBatch();
				}
				insert.executeBatch();
			}
			return (long) values.size();
		}));
	}

	/** Appends a CSV body whose header names a subset of the dataset's columns. */
	AppendResult appendCsv(UserAccount user, UUID id, String body, String idempotencyKey) {
		CatalogRepository.StoredDataset stored = editable(id, user.id());
		requireWarehouse(stored);
		Path file = store(target -> Files.writeString(target, body, StandardCharsets.UTF_8), FileFormat.CSV);
		try {
			return appendOnce(user, stored, idempotencyKey, () -> warehouse.write(connection -> {
				String path = SQL.render(DSL.inline(file.toString()));
				List<String> header = csvHeader(connection, path);
				Map<String, DatasetColumn> columns = stored.summary()
					.columns()
					.stream()
					.collect(Collectors.toMap(DatasetColumn::name, column -> column));
				for (String name : header) {
					if (!columns.containsKey(name)) {
						throw new InvalidInput("Unknown column '" + name + "' in the CSV header.");
					}
				}
				String types = header.stream()
					.map(name -> SQL.render(DSL.inline(name)) + ": '" + DuckTypes.physical(columns.get(name).type())
							+ "'")
					.collect(Collectors.joining(", "));
				String list = header.stream().map(name -> SQL.render(DSL.name(name))).collect(Collectors.joining(", "));
				ZoneId zone = ZoneId.of(stored.summary().timeZone());
				String values = header.stream()
					.map(name -> DatasetImporter.toUtc(SQL.render(DSL.name(name)),
							DuckTypes.physical(columns.get(name).type()), zone))
					.collect(Collectors.joining(", "));
				try (Statement statement = connection.createStatement()) {
					return (long) statement.executeUpdate("INSERT INTO " + SQL.render(DSL.name(stored.table())) + " ("
							+ list + ") SELECT " + values + " FROM read_csv(" + path
							+ ", header = true, strict_mode = true, auto_detect = true, types = {" + types + "})");
				}
				catch (SQLException ex) {
					throw new InvalidInput("The CSV rows could not be appended: " + DatasetImporter.readable(ex));
				}
			}));
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static List<String> csvHeader(Connection connection, String path) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("DESCRIBE SELECT * FROM read_csv(" + path + ", header = true, all_varchar = true)")) {
			while (rs.next()) {
				names.add(rs.getString("column_name"));
			}
		}
		catch (SQLException ex) {
			throw new InvalidInput("The CSV body could not be read: " + DatasetImporter.readable(ex));
		}
		return names;
	}

	private interface Append {

		long run();

	}

	private synchronized AppendResult appendOnce(UserAccount user, CatalogRepository.StoredDataset stored, String key,
			Append append) {
		UUID id = stored.summary().id();
		if (key != null && !key.isBlank()) {
			if (key.length() > 200) {
				throw new InvalidInput("The Idempotency-Key must be at most 200 characters.");
			}
			long[] previous = catalog.findAppend(id, key).orElse(null);
			if (previous != null) {
				return new AppendResult(previous[0], previous[1], true);
			}
		}
		long rows = append.run();
		OffsetDateTime now = now();
		catalog.recordAppend(id, rows, now);
		long version = catalog.find(id).orElseThrow().summary().dataVersion();
		if (key != null && !key.isBlank()) {
			catalog.insertAppend(id, key, rows, version, now);
		}
		events.publishEvent(new DatasetAppended(id, stored.summary().workspaceId(), rows, version));
		return new AppendResult(rows, version, false);
	}

	private static List<Map<String, Object>> parseRows(String body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidInput("The body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isArray()) {
			throw new InvalidInput("The body must be a JSON array of row objects.");
		}
		if (root.isEmpty()) {
			throw new InvalidInput("The body has no rows.");
		}
		if (root.size() > MAX_APPEND_ROWS) {
			throw new InvalidInput("At most " + MAX_APPEND_ROWS + " rows per request; split the upload.");
		}
		List<Map<String, Object>> rows = new ArrayList<>(root.size());
		for (int i = 0; i < root.size(); i++) {
			JsonNode node = root.get(i);
			if (!node.isObject()) {
				throw new InvalidInput("Row " + (i + 1) + " is not a JSON object.");
			}
			Map<String, Object> row = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				JsonNode value = field.getValue();
				row.put(field.getKey(), value.isNull() ? null : value.isNumber() ? value.numberValue()
						: value.isBoolean() ? value.booleanValue() : value.asString());
			}
			rows.add(row);
		}
		return rows;
	}

	private Path store(Upload content, FileFormat format) {
		try {
			Files.createDirectories(uploads);
			Path file = uploads.resolve("upload-" + UUID.randomUUID() + "." + format.name().toLowerCase());
			try {
				content.saveTo(file);
			}
			catch (IOException | RuntimeException ex) {
				// a body refused past the limit, or cut off, leaves no partial file
				// behind
				deleteQuietly(file);
				throw ex;
			}
			if (Files.size(file) == 0) {
				deleteQuietly(file);
				throw new InvalidInput("The uploaded file is empty.");
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot store the upload", ex);
		}
	}

	private void dropTable(String table) {
		warehouse.write(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS " + SQL.render(DSL.name(table)));
			}
			return null;
		});
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	private static String baseName(String fileName) {
		String name = fileName == null ? "dataset" : Path.of(fileName).getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 200) {
			throw new InvalidInput("A dataset needs a name of 1 to 200 characters.");
		}
		return name.trim();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
