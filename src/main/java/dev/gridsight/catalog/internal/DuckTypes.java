package dev.gridsight.catalog.internal;

import java.util.Locale;

import dev.gridsight.catalog.ColumnType;

/** DuckDB's physical types mapped onto the catalog's few logical ones. */
final class DuckTypes {

	private DuckTypes() {
	}

	static ColumnType logical(String duckType) {
		String type = duckType.toUpperCase(Locale.ROOT);
		if (type.startsWith("TIMESTAMP")) {
			return ColumnType.TIMESTAMP;
		}
		if (type.equals("DATE")) {
			return ColumnType.DATE;
		}
		if (type.equals("BOOLEAN")) {
			return ColumnType.BOOLEAN;
		}
		if (type.matches("(TINY|SMALL|BIG|HUGE|U?)INT(EGER)?|UTINYINT|USMALLINT|UBIGINT|UINTEGER|HUGEINT|INTEGER")) {
			return ColumnType.BIGINT;
		}
		if (type.matches("DOUBLE|FLOAT|REAL|DECIMAL.*")) {
			return ColumnType.DOUBLE;
		}
		return ColumnType.VARCHAR;
	}

	static String physical(ColumnType type) {
		return switch (type) {
			case TIMESTAMP -> "TIMESTAMP";
			case DATE -> "DATE";
			case DOUBLE -> "DOUBLE";
			case BIGINT -> "BIGINT";
			case BOOLEAN -> "BOOLEAN";
			case VARCHAR -> "VARCHAR";
		};
	}

	static boolean isScalar(String duckType) {
		String type = duckType.toUpperCase(Locale.ROOT);
		return !(type.startsWith("STRUCT") || type.endsWith("[]") || type.startsWith("MAP") || type.startsWith("UNION")
				|| type.equals("JSON"));
	}

}
