package dev.gridsight.catalog;

/** The logical types a dataset column can have, the same on DuckDB and PostgreSQL. */
public enum ColumnType {

	TIMESTAMP, DATE, DOUBLE, BIGINT, BOOLEAN, VARCHAR;

	public boolean isNumeric() {
		return this == DOUBLE || this == BIGINT;
	}

	public boolean isTemporal() {
		return this == TIMESTAMP || this == DATE;
	}

	public String wire() {
		return name().toLowerCase();
	}

}
