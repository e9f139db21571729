package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.GridsightProperties.ImportLimits;
import dev.gridsight.platform.InvalidInput;

/**
 * Loads an uploaded file into a new warehouse table with DuckDB's own readers (no
 * extension is downloaded), normalises column names and types, and infers each column's
 * role. All or nothing: any error rolls the table back. What a file may become is limited
 * ({@code gridsight.import.*}): each limit is checked before DuckDB spends time or memory
 * on the file, and again on DuckDB's own description of it.
 */
@Component
class DatasetImporter {

	/** Numbers written with thousands separators: 1,234 or -12,345.67. */
	private static final String THOUSANDS = "^-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$|^-?[0-9]+(\\.[0-9]+)?$";

	private static final DSLContext SQL = DSL.using(SQLDialect.DUCKDB);

	private final Warehouse warehouse;

	private final ImportLimits limits;

	DatasetImporter(Warehouse warehouse, GridsightProperties properties) {
		this.warehouse = warehouse;
		this.limits = properties.importLimits();
	}

	/**
	 * A table made by an import: {@code path} is "" for the main table, e.g.
	 * "checks.selections" for a child.
	 */
	record ImportedTable(String path, String table, List<DatasetColumn> columns, long rowCount) {
	}

	/**
	 * Nested JSON up to this size is flattened in memory; larger files load as DuckDB
	 * reads them.
	 */
	static final long MAX_FLATTEN_BYTES = 100L * 1024 * 1024;

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	record Preview(String format, List<DatasetColumn> columns, TabularData rows) {
	}

	/** The inferred schema and the first rows, without storing anything. */
	Preview preview(Path upload, FileFormat uploaded, String displayName, int rows) {
		Path file = uploaded == FileFormat.XLSX ? XlsxToCsv.convert(upload, displayName, limits) : upload;
		FileFormat format = uploaded == FileFormat.XLSX ? FileFormat.CSV : uploaded;
		try {
			return previewText(file, format, uploaded, displayName, rows);
		}
		finally {
			if (!file.equals(upload)) {
				file.toFile().delete();
			}
		}
	}

	private Preview previewText(Path file, FileFormat format, FileFormat uploaded, String displayName, int rows) {
		checkText(file, format, displayName);
		try (Connection connection = warehouse.reader(); Statement statement = connection.createStatement()) {
			String reader = reader(file, format);
			List<String[]> raw = describe(statement, reader, displayName, "");
			List<String> names = ColumnNames.normalize(raw.stream().map(column -> column[0]).toList());
			List<DatasetColumn> columns = new ArrayList<>();
			boolean timeTaken = false;
			for (int i = 0; i < raw.size(); i++) {
				ColumnType type = DuckTypes.isScalar(raw.get(i)[1]) ? DuckTypes.logical(raw.get(i)[1])
						: ColumnType.VARCHAR;
				ColumnRole role = inferRole(names.get(i), type, timeTaken);
				timeTaken |= role == ColumnRole.TIME;
				columns.add(DatasetColumn.of(names.get(i), type, role));
			}
			try (ResultSet rs = statement.executeQuery("SELECT * FROM " + reader + " LIMIT " + rows)) {
				return new Preview(uploaded.name().toLowerCase(Locale.ROOT), columns, TabularData.read(rs, rows));
			}
		}
		catch (SQLException ex) {
			throw new InvalidInput(displayName + " could not be read: " + readable(ex));
		}
	}

	/**
	 * Loads the file into {@code table} (and, for nested JSON, child tables
	 * {@code table_1}, {@code table_2}, …); the first returned table is the main one.
	 */
	List<ImportedTable> load(Path upload, FileFormat uploaded, String displayName, String table, ZoneId zone) {
		Path file = uploaded == FileFormat.XLSX ? XlsxToCsv.convert(upload, displayName, limits) : upload;
		FileFormat format = uploaded == FileFormat.XLSX ? FileFormat.CSV : uploaded;
		try {
			return loadText(file, format, displayName, table, zone);
		}
		finally {
			if (!file.equals(upload)) {
				file.toFile().delete();
			}
		}
	}

	private List<ImportedTable> loadText(Path file, FileFormat format, String displayName, String table, ZoneId zone) {
		// Delimited files are checked while DuckDB reads them (two cores, one pass each);
		// the
		// check decides before anything commits. Other text is checked first.
		CompletableFuture<Void> checked;
		if (format == FileFormat.CSV || format == FileFormat.TSV) {
			// the header alone first: DuckDB's sniffer is slow on very wide files
			checkHeader(file, format, displayName);
			checked = CompletableFuture.runAsync(() -> checkText(file, format, displayName));
		}
		else {
			checkText(file, format, displayName);
			checked = CompletableFuture.completedFuture(null);
		}
		List<Path> flatFiles = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		try {
			if (format == FileFormat.JSON && Files.size(file) <= MAX_FLATTEN_BYTES) {
				for (JsonFlattener.FlatTable flat : JsonFlattener.flatten(readJson(file, displayName))) {
					JsonFlattener.checkLimits(flat, displayName, limits);
					if (!flat.rows().isEmpty()) {
						flatFiles.add(writeNdjson(file, flat, paths.size()));
						paths.add(flat.path());
					}
				}
			}
			else {
				flatFiles.add(file);
				paths.add("");
			}
			FileFormat readAs = flatFiles.get(0) == file ? format : FileFormat.NDJSON;
			return warehouse.write(connection -> {
				List<ImportedTable> tables = new ArrayList<>();
				try {
					for (int i = 0; i < flatFiles.size(); i++) {
						String name = i == 0 ? table : table + "_" + i;
						tables.add(createTable(connection, flatFiles.get(i), readAs, displayName, name, paths.get(i),
								zone));
					}
				}
				catch (InvalidInput ex) {
					// the file check names the line; DuckDB's own message is the fallback
					await(checked);
					throw ex;
				}
				await(checked);
				return tables;
			});
		}
		catch (IOException ex) {
			throw new InvalidInput("Cannot read " + displayName + ": " + ex.getMessage());
		}
		finally {
			for (Path flat : flatFiles) {
				if (!flat.equals(file)) {
					flat.toFile().delete();
				}
			}
		}
	}

	private static void await(CompletableFuture<Void> check) {
		try {
			check.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static tools.jackson.databind.JsonNode readJson(Path file, String displayName) {
		try {
			return JSON.readTree(file.toFile());
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new InvalidInput(displayName + " is not valid JSON: " + ex.getOriginalMessage()
					+ (ex.getLocation() == null ? "" : " (line " + ex.getLocation().getLineNr() + ")"));
		}
	}

	private static Path writeNdjson(Path source, JsonFlattener.FlatTable flat, int index) throws IOException {
		Path target = source.resolveSibling(source.getFileName() + "." + index + ".ndjson");
		try (var writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			for (Map<String, Object> row : flat.rows()) {
				writer.write(JSON.writeValueAsString(row));
				writer.write('\n');
			}
		}
		return target;
	}

	private ImportedTable createTable(Connection connection, Path file, FileFormat format, String displayName,
			String table, String path, ZoneId zone) {
		try (Statement statement = connection.createStatement()) {
			String reader = reader(file, format);
			List<String[]> raw = describe(statement, reader, displayName, path);
			List<String> names = ColumnNames.normalize(raw.stream().map(column -> column[0]).toList());
			List<String> selects = new ArrayList<>();
			for (int i = 0; i < raw.size(); i++) {
				String source = SQL.render(DSL.name(raw.get(i)[0]));
				String expression = DuckTypes.isScalar(raw.get(i)[1]) ? toUtc(source, raw.get(i)[1], zone)
						: "to_json(" + source + ")::VARCHAR";
				selects.add(expression + " AS " + SQL.render(DSL.name(names.get(i))));
			}
			statement.execute("CREATE TABLE " + SQL.render(DSL.name(table)) + " AS SELECT " + String.join(", ", selects)
					+ " FROM " + reader);
			convertThousands(statement, table, names, raw);
			return new ImportedTable(path, table, columns(connection, table), count(statement, table));
		}
		catch (SQLException ex) {
			throw new InvalidInput(displayName + " could not be imported: " + readable(ex));
		}
	}

	private void checkText(Path file, FileFormat format, String displayName) {
		if (format.isText()) {
			try {
				TextFileCheck.check(file, delimiter(format), displayName, limits);
				if (format == FileFormat.JSON || format == FileFormat.NDJSON) {
					JsonRecordCheck.check(file, displayName, limits);
				}
			}
			catch (IOException ex) {
				throw new InvalidInput("Cannot read " + displayName + ": " + ex.getMessage());
			}
		}
	}

	private void checkHeader(Path file, FileFormat format, String displayName) {
		try {
			TextFileCheck.checkHeader(file, delimiter(format), displayName, limits);
		}
		catch (IOException ex) {
			throw new InvalidInput("Cannot read " + displayName + ": " + ex.getMessage());
		}
	}

	private static int delimiter(FileFormat format) {
		return format == FileFormat.CSV ? ',' : format == FileFormat.TSV ? '\t' : TextFileCheck.NOT_DELIMITED;
	}

	private static String reader(Path file, FileFormat format) {
		String path = SQL.render(DSL.inline(file.toAbsolutePath().toString()));
		return switch (format) {
			case CSV -> "read_csv(" + path + ", header = true, strict_mode = true)";
			case TSV -> "read_csv(" + path + ", header = true, strict_mode = true, delim = '\\t')";
			case JSON -> "read_json(" + path + ", format = 'auto')";
			case NDJSON -> "read_json(" + path + ", format = 'newline_delimited')";
			case PARQUET -> "read_parquet(" + path + ")";
			case XLSX -> throw new IllegalArgumentException("XLSX is converted to CSV before reading");
		};
	}

	/**
	 * Timestamps are stored as UTC: those without an offset are read in the dataset's
	 * time zone, those with one are converted.
	 */
	static String toUtc(String column, String duckType, ZoneId zone) {
		String type = duckType.toUpperCase(Locale.ROOT);
		if (type.equals("TIMESTAMP WITH TIME ZONE")) {
			return "timezone('UTC', " + column + ")";
		}
		if (type.startsWith("TIMESTAMP") && !zone.equals(java.time.ZoneOffset.UTC)) {
			return "timezone('UTC', timezone(" + SQL.render(DSL.inline(zone.getId())) + ", " + column + "))";
		}
		return column;
	}

	/**
	 * DuckDB's description of the file, held to the column limit again: this is where a
	 * Parquet schema is counted, and a wall below the checks made before.
	 */
	private List<String[]> describe(Statement statement, String reader, String displayName, String path)
			throws SQLException {
		List<String[]> columns = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM " + reader)) {
			while (rs.next()) {
				columns.add(new String[] { rs.getString("column_name"), rs.getString("column_type") });
			}
		}
		if (columns.isEmpty()) {
			throw new InvalidInput("The file has no columns.");
		}
		if (columns.size() > limits.maxColumns()) {
			throw ImportLimit.columns(displayName, path.isEmpty() ? "" : " in its table " + path, columns.size(),
					limits.maxColumns());
		}
		return columns;
	}

	/**
	 * Text columns that hold only numbers written with thousands separators become
	 * numbers. One cheap scan finds the text columns with a comma at all; only those get
	 * the full check.
	 */
	private static void convertThousands(Statement statement, String table, List<String> names, List<String[]> raw)
			throws SQLException {
		List<String> text = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (raw.get(i)[1].equalsIgnoreCase("VARCHAR")) {
				text.add(names.get(i));
			}
		}
		if (text.isEmpty()) {
			return;
		}
		String quotedTable = SQL.render(DSL.name(table));
		List<String> withCommas = new ArrayList<>();
		StringBuilder scan = new StringBuilder("SELECT ");
		for (int i = 0; i < text.size(); i++) {
			scan.append(i == 0 ? "" : ", ")
				.append("bool_or(contains(")
				.append(SQL.render(DSL.name(text.get(i))))
				.append(", ','))");
		}
		try (ResultSet rs = statement.executeQuery(scan.append(" FROM ").append(quotedTable).toString())) {
			rs.next();
			for (int i = 0; i < text.size(); i++) {
				if (rs.getBoolean(i + 1)) {
					withCommas.add(text.get(i));
				}
			}
		}
		for (String name : withCommas) {
			String column = SQL.render(DSL.name(name));
			String check = "SELECT count(*) FILTER (WHERE " + column + " IS NOT NULL AND NOT regexp_full_match(trim("
					+ column + "), '" + THOUSANDS + "')) FROM " + quotedTable;
			try (ResultSet rs = statement.executeQuery(check)) {
				rs.next();
				if (rs.getLong(1) == 0) {
					statement.execute("ALTER TABLE " + quotedTable + " ALTER " + column
							+ " TYPE DOUBLE USING replace(trim(" + column + "), ',', '')::DOUBLE");
				}
			}
		}
	}

	static List<DatasetColumn> columns(Connection connection, String table) throws SQLException {
		List<DatasetColumn> columns = new ArrayList<>();
		boolean timeTaken = false;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("DESCRIBE " + SQL.render(DSL.name(table)))) {
			while (rs.next()) {
				String name = rs.getString("column_name");
				ColumnType type = DuckTypes.logical(rs.getString("column_type"));
				ColumnRole role = inferRole(name, type, timeTaken);
				timeTaken |= role == ColumnRole.TIME;
				columns.add(DatasetColumn.of(name, type, role));
			}
		}
		return columns;
	}

	static ColumnRole inferRole(String name, ColumnType type, boolean timeTaken) {
		String lower = name.toLowerCase(Locale.ROOT);
		boolean idLike = lower.equals("id") || lower.endsWith("_id") || lower.endsWith("_key")
				|| lower.endsWith("_uuid");
		if (type.isTemporal()) {
			return timeTaken ? ColumnRole.DIMENSION : ColumnRole.TIME;
		}
		if (idLike) {
			return ColumnRole.ID;
		}
		if (type.isNumeric()) {
			return ColumnRole.MEASURE;
		}
		return ColumnRole.DIMENSION;
	}

	private static long count(Statement statement, String table) throws SQLException {
		try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + SQL.render(DSL.name(table)))) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * DuckDB's message without its internal prefixes and stack, and without server paths.
	 */
	static String readable(SQLException ex) {
		String message = ex.getMessage() == null ? "unknown error" : ex.getMessage();
		message = message.replaceFirst("^[A-Za-z ]*Error: ", "");
		String[] lines = message.split("\n");
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			String trimmed = line.trim();
			if (trimmed.isEmpty() || trimmed.startsWith("Possible") || trimmed.startsWith("*")
					|| trimmed.startsWith("Parser options") || trimmed.startsWith("file=")
					|| trimmed.startsWith("delimiter") || trimmed.startsWith("LINE ")) {
				continue;
			}
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(trimmed);
			if (text.length() > 400) {
				break;
			}
		}
		return text.toString().replaceAll("/[^ ]*/upload-[^ ]*", "the file");
	}

}
