package dev.gridsight.catalog;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rows as the HTTP API returns them: {@code {columns:[{name,type}], rows:[[…]]}};
 * timestamps as ISO-8601 text, numbers as numbers.
 *
 * @param truncated whether more rows existed than the cap allowed
 */
public record TabularData(List<Column> columns, List<List<Object>> rows, boolean truncated) {

	private static final Set<String> INTEGERS = Set.of(
			// DuckDB, with its aliases
			"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
			"UHUGEINT", "INT", "INT1", "INT2", "INT4", "INT8", "SHORT", "LONG", "SIGNED",
			// PostgreSQL (serial columns report their serial name)
			"SMALLSERIAL", "SERIAL", "BIGSERIAL", "SERIAL2", "SERIAL4", "SERIAL8");

	private static final Set<String> DECIMALS = Set.of("DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT4", "FLOAT8",
			"REAL", "DECIMAL", "NUMERIC", "DECFLOAT");

	public record Column(String name, ColumnType type) {
	}

	/** Reads at most {@code cap} rows from the result set. */
	public static TabularData read(ResultSet rs, int cap) throws SQLException {
		return read(rs, cap, Long.MAX_VALUE);
	}

	/**
	 * Reads at most {@code cap} rows, and stops with {@link TooLarge} as soon as the text
	 * of the values read passes {@code maxBytes} (counted as characters of their JSON
	 * form, roughly).
	 */
	public static TabularData read(ResultSet rs, int cap, long maxBytes) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		List<Column> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(new Column(meta.getColumnLabel(i), typeOf(meta.getColumnTypeName(i))));
		}
		List<List<Object>> rows = new ArrayList<>();
		boolean truncated = false;
		long bytes = 0;
		while (rs.next()) {
			if (rows.size() == cap) {
				truncated = true;
				break;
			}
			List<Object> row = new ArrayList<>(columns.size());
			for (int i = 1; i <= columns.size(); i++) {
				Object value = value(rs.getObject(i));
				bytes += value instanceof String text ? text.length() + 3 : 12;
				row.add(value);
			}
			if (bytes > maxBytes) {
				throw new TooLarge();
			}
			rows.add(row);
		}
		return new TabularData(columns, rows, truncated);
	}

	/**
	 * The logical type of a result column by its engine's type name (DuckDB, PostgreSQL
	 * or H2). Exact names only: INTERVAL, POINT or INTEGER[] contain "INT" but are no
	 * integers. What is not a number, a time, a date or a boolean is shown as text.
	 */
	static ColumnType typeOf(String sqlType) {
		String type = sqlType == null ? "" : sqlType.trim().toUpperCase(Locale.ROOT);
		if (type.endsWith("]") || type.startsWith("_")) {
			// a list or array (INTEGER[], PostgreSQL's _int4): shown as its text
			return ColumnType.VARCHAR;
		}
		int parameters = type.indexOf('(');
		String name = parameters < 0 ? type : type.substring(0, parameters).trim();
		if (INTEGERS.contains(name)) {
			return ColumnType.BIGINT;
		}
		if (DECIMALS.contains(name)) {
			return ColumnType.DOUBLE;
		}
		if (name.equals("DATE")) {
			return ColumnType.DATE;
		}
		if (name.startsWith("TIMESTAMP")) {
			return ColumnType.TIMESTAMP;
		}
		if (name.equals("BOOLEAN") || name.equals("BOOL")) {
			return ColumnType.BOOLEAN;
		}
		return ColumnType.VARCHAR;
	}

	private static Object value(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime().toString();
		}
		if (value instanceof LocalDateTime || value instanceof LocalDate || value instanceof OffsetDateTime
				|| value instanceof java.sql.Date) {
			return value.toString();
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.doubleValue();
		}
		if (value instanceof java.math.BigInteger integer) {
			// HUGEINT and UBIGINT values beyond a long stay whole rather than wrap around
			return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof String || value == null) {
			return value;
		}
		return value.toString();
	}

	/** The answer would be larger than the caller allows. */
	public static final class TooLarge extends RuntimeException {

		TooLarge() {
			super("The answer is larger than allowed.");
		}

	}

}
