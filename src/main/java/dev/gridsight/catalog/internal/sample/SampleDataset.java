package dev.gridsight.catalog.internal.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;

/**
 * One generated sample file and how the catalog should label it.
 *
 * @param name the dataset's name in the catalog, e.g. {@code plant_hourly}
 * @param description one or two sentences for the catalog
 * @param file where the CSV file is (or will be) written
 * @param columns the file's columns in header order, with type, role, unit and a short
 * description each
 * @param calculatedFields measures derived from the columns, stored in the catalog with
 * the dataset
 */
public record SampleDataset(String name, String description, Path file, List<DatasetColumn> columns,
		List<CalculatedField> calculatedFields) {

	public SampleDataset {
		columns = List.copyOf(columns);
		calculatedFields = List.copyOf(calculatedFields);
	}

	/** The header of the CSV file. */
	public List<String> header() {
		return this.columns.stream().map(DatasetColumn::name).toList();
	}

	/** Column name to unit, for the columns that have one, in header order. */
	public Map<String, String> units() {
		Map<String, String> units = new LinkedHashMap<>();
		this.columns.stream()
			.filter(column -> column.unit() != null)
			.forEach(column -> units.put(column.name(), column.unit()));
		return Collections.unmodifiableMap(units);
	}

	/** Column name to role, in header order. */
	public Map<String, ColumnRole> roles() {
		Map<String, ColumnRole> roles = new LinkedHashMap<>();
		this.columns.forEach(column -> roles.put(column.name(), column.role()));
		return Collections.unmodifiableMap(roles);
	}

	static DatasetColumn measure(String name, String unit, String description, String... synonyms) {
		return column(name, ColumnType.DOUBLE, ColumnRole.MEASURE, unit, description, synonyms);
	}

	static DatasetColumn column(String name, ColumnType type, ColumnRole role, String unit, String description,
			String... synonyms) {
		return new DatasetColumn(name, type, role, unit, description, List.of(synonyms));
	}

}
