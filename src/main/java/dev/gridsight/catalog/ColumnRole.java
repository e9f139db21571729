package dev.gridsight.catalog;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.gridsight.platform.InvalidInput;

/** What a column is for in charts: inferred on import, editable in the catalog. */
public enum ColumnRole {

	TIME, MEASURE, DIMENSION, ID;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static ColumnRole fromWire(String value) {
		for (ColumnRole candidate : values()) {
			if (candidate.wire().equalsIgnoreCase(value)) {
				return candidate;
			}
		}
		throw new InvalidInput("'" + value + "' is not one of: time, measure, dimension, id.");
	}

}
