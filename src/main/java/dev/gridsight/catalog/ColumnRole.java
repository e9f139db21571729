package dev.gridsight.catalog;

/** What a column is for in charts: inferred on import, editable in the catalog. */
public enum ColumnRole {

	TIME, MEASURE, DIMENSION, ID;

	public String wire() {
		return name().toLowerCase();
	}

}
