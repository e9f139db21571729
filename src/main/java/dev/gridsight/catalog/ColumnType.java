package dev.gridsight.catalog;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.gridsight.platform.InvalidInput;

/** The logical types a dataset column can have, the same on DuckDB and PostgreSQL. */
public enum ColumnType {

	TIMESTAMP, DATE, DOUBLE, BIGINT, BOOLEAN, VARCHAR;

	public boolean isNumeric() {
		return this == DOUBLE || this == BIGINT;
	}

	public boolean isTemporal() {
		return this == TIMESTAMP || this == DATE;
	}

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static ColumnType fromWire(String value) {
		for (ColumnType candidate : values()) {
			if (candidate.wire().equalsIgnoreCase(value)) {
				return candidate;
			}
		}
		throw new InvalidInput("'" + value + "' is not one of: timestamp, date, double, bigint, boolean, varchar.");
	}

}
