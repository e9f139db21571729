package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.DatasetAppended;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.Unprocessable;

/**
 * Appends rows to a warehouse dataset, all or nothing. The rows and the request's
 * idempotency key are written in one warehouse transaction, so a key is recorded exactly
 * when its rows are; a key sent again with the same body answers the first result, with a
 * different body 422. Bodies go through the same checks as an imported file.
 */
@Service
class AppendService {

	static final int MAX_APPEND_ROWS = 100_000;

	/** Where the warehouse remembers the keys of the appends it took. */
	private static final String KEYS = "gridsight_appends";

	private static final DSLContext SQL = DSL.using(SQLDialect.DUCKDB);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CatalogRepository catalog;

	private final DatasetAccess access;

	private final Warehouse warehouse;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GridsightProperties.ImportLimits limits;

	private final TransactionTemplate transactions;

	AppendService(CatalogRepository catalog, DatasetAccess access, Warehouse warehouse,
			ApplicationEventPublisher events, Clock clock, GridsightProperties properties,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.limits = properties.importLimits();
		this.catalog = catalog;
		this.access = access;
		this.warehouse = warehouse;
		this.events = events;
		this.clock = clock;
		warehouse.write(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE IF NOT EXISTS " + KEYS
						+ " (dataset_id VARCHAR NOT NULL, idempotency_key VARCHAR NOT NULL, request_hash VARCHAR NOT NULL,"
						+ " row_count BIGINT NOT NULL, data_version BIGINT NOT NULL, created_at TIMESTAMP NOT NULL,"
						+ " PRIMARY KEY (dataset_id, idempotency_key))");
			}
			return null;
		});
	}

	record AppendResult(long rowsAppended, long dataVersion, boolean replayed) {
	}

	/** What to insert, once the body has passed its checks. */
	@FunctionalInterface
	private interface Insert {

		long into(Connection connection, String table) throws SQLException;

	}

	/** Appends a JSON array of row objects. */
	AppendResult appendJson(UserAccount user, UUID id, String body, String idempotencyKey) {
		CatalogRepository.StoredDataset stored = writable(user, id);
		String hash = hash("json", body);
		Optional<AppendResult> replay = replay(id, idempotencyKey, hash);
		if (replay.isPresent()) {
			return replay.get();
		}
		List<Map<String, Object>> rows = parseRows(body);
		ZoneId zone = ZoneId.of(stored.summary().timeZone());
		Map<String, DatasetColumn> columns = columnsByName(stored);
		List<String> names = new ArrayList<>(columns.keySet());
		List<Object[]> values = new ArrayList<>(rows.size());
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
		return append(user, stored, idempotencyKey, hash, (connection, table) -> {
			String sql = "INSERT INTO " + SQL.render(DSL.name(table)) + " ("
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
			return values.size();
		});
	}

	/**
	 * Appends a CSV body whose header names a subset of the dataset's columns; the body
	 * passes the importer's line check first (UTF-8, quotes closed, as many fields on
	 * every line as in the header).
	 */
	AppendResult appendCsv(UserAccount user, UUID id, String body, String idempotencyKey) {
		CatalogRepository.StoredDataset stored = writable(user, id);
		String hash = hash("csv", body);
		Optional<AppendResult> replay = replay(id, idempotencyKey, hash);
		if (replay.isPresent()) {
			return replay.get();
		}
		Path file = warehouse.uploads().resolve("append-" + UUID.randomUUID() + ".csv");
		try {
			Files.writeString(file, body, StandardCharsets.UTF_8);
			TextFileCheck.check(file, ',', "The CSV body", limits);
			Map<String, DatasetColumn> columns = columnsByName(stored);
			ZoneId zone = ZoneId.of(stored.summary().timeZone());
			return append(user, stored, idempotencyKey, hash, (connection, table) -> {
				String path = SQL.render(DSL.inline(file.toString()));
				List<String> header = csvHeader(connection, path);
				for (String name : header) {
					if (!columns.containsKey(name)) {
						throw new InvalidInput("Unknown column '" + name + "' in the CSV header.");
					}
				}
				String types = header.stream()
					.map(name -> SQL.render(DSL.inline(name)) + ": "
							+ SQL.render(DSL.inline(DuckTypes.physical(columns.get(name).type()))))
					.collect(Collectors.joining(", "));
				String list = header.stream().map(name -> SQL.render(DSL.name(name))).collect(Collectors.joining(", "));
				String values = header.stream()
					.map(name -> DatasetImporter.toUtc(SQL.render(DSL.name(name)),
							DuckTypes.physical(columns.get(name).type()), zone))
					.collect(Collectors.joining(", "));
				try (Statement statement = connection.createStatement()) {
					return statement.executeUpdate("INSERT INTO " + SQL.render(DSL.name(table)) + " (" + list
							+ ") SELECT " + values + " FROM read_csv(" + path
							+ ", header = true, strict_mode = true, auto_detect = true, types = {" + types + "})");
				}
				catch (SQLException ex) {
					throw new InvalidInput("The CSV rows could not be appended: " + DatasetImporter.readable(ex));
				}
			});
		}
		catch (IOException ex) {
			throw new InvalidInput("The CSV body could not be read: " + ex.getMessage());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private CatalogRepository.StoredDataset writable(UserAccount user, UUID id) {
		CatalogRepository.StoredDataset stored = access.editable(id, user.id());
		if (DatasetAccess.dialectOf(stored) != SQLDialect.DUCKDB) {
			throw new InvalidInput("Dataset " + stored.summary().name()
					+ " is a table of an external source, which Gridsight only reads.");
		}
		return stored;
	}

	private static Map<String, DatasetColumn> columnsByName(CatalogRepository.StoredDataset stored) {
		return stored.summary()
			.columns()
			.stream()
			.collect(Collectors.toMap(DatasetColumn::name, column -> column, (a, b) -> a, LinkedHashMap::new));
	}

	/** The first answer to this key, if the warehouse took it already. */
	private Optional<AppendResult> replay(UUID id, String key, String hash) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		if (key.length() > 200) {
			throw new InvalidInput("The Idempotency-Key must be at most 200 characters.");
		}
		try (Connection connection = warehouse.reader()) {
			return recorded(connection, id, key, hash);
		}
		catch (SQLException ex) {
			throw new Warehouse.WarehouseFailure(ex);
		}
	}

	private static Optional<AppendResult> recorded(Connection connection, UUID id, String key, String hash)
			throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT request_hash, row_count, data_version FROM "
				+ KEYS + " WHERE dataset_id = ? AND idempotency_key = ?")) {
			select.setString(1, id.toString());
			select.setString(2, key);
			try (ResultSet rs = select.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				if (!rs.getString(1).equals(hash)) {
					throw new Unprocessable("The Idempotency-Key '" + key
							+ "' was already used for a different request to this dataset; send a new key for new rows.");
				}
				return Optional.of(new AppendResult(rs.getLong(2), rs.getLong(3), true));
			}
		}
	}

	/**
	 * Rows and key in one warehouse transaction; appends to one server run one at a time,
	 * so the data version they record is the one the catalog then holds.
	 */
	private synchronized AppendResult append(UserAccount user, CatalogRepository.StoredDataset stored, String key,
			String hash, Insert insert) {
		UUID id = stored.summary().id();
		boolean keyed = key != null && !key.isBlank();
		long version = catalog.find(id).orElseThrow().summary().dataVersion() + 1;
		OffsetDateTime now = OffsetDateTime.now(clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		AppendResult result = warehouse.write(connection -> {
			if (keyed) {
				Optional<AppendResult> earlier = recorded(connection, id, key, hash);
				if (earlier.isPresent()) {
					return earlier.get();
				}
			}
			long rows = insert.into(connection, stored.table());
			if (keyed) {
				try (PreparedStatement record = connection
					.prepareStatement("INSERT INTO " + KEYS + " VALUES (?, ?, ?, ?, ?, ?)")) {
					record.setString(1, id.toString());
					record.setString(2, key);
					record.setString(3, hash);
					record.setLong(4, rows);
					record.setLong(5, version);
					record.setObject(6, now.toLocalDateTime());
					record.executeUpdate();
				}
			}
			return new AppendResult(rows, version, false);
		});
		if (result.replayed()) {
			return result;
		}
		// in one app-database transaction, so that listeners run after it commits
		transactions.executeWithoutResult(status -> {
			catalog.recordAppend(id, result.rowsAppended(), now);
			events
				.publishEvent(new DatasetAppended(id, stored.summary().workspaceId(), result.rowsAppended(), version));
		});
		return result;
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

	private static String hash(String kind, String body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(kind.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
