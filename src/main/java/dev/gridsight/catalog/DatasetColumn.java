package dev.gridsight.catalog;

import java.util.List;

/**
 * A column as the catalog describes it.
 *
 * @param name the column's name in the warehouse table (checked against the catalog
 * before it reaches SQL)
 * @param type its logical type
 * @param role what it is for
 * @param unit e.g. {@code MW}, {@code t/h}; may be null
 * @param description free text; may be null
 * @param synonyms other words people use for it ("sales" for {@code subtotal})
 */
public record DatasetColumn(String name, ColumnType type, ColumnRole role, String unit, String description,
		List<String> synonyms) {

	public DatasetColumn {
		synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
	}

	public static DatasetColumn of(String name, ColumnType type, ColumnRole role) {
		return new DatasetColumn(name, type, role, null, null, List.of());
	}

}
