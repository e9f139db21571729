package dev.gridsight.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the chart compiler needs to know about a dataset.
 *
 * @param id the dataset's id
 * @param workspaceId the workspace it belongs to
 * @param name its display name
 * @param table the physical table in the warehouse
 * @param columns its columns, in table order
 * @param calculatedFields named expressions over the columns
 * @param live whether rows keep arriving (relative windows anchor at now) or the data is
 * historical (they anchor at the latest timestamp)
 * @param dataVersion raised on every change of the data; part of the chart cache key
 */
public record DatasetSchema(UUID id, UUID workspaceId, String name, String table, List<DatasetColumn> columns,
		List<CalculatedField> calculatedFields, boolean live, long dataVersion) {

	public DatasetSchema {
		columns = List.copyOf(columns);
		calculatedFields = calculatedFields == null ? List.of() : List.copyOf(calculatedFields);
	}

	public Optional<DatasetColumn> column(String name) {
		return columns.stream().filter(column -> column.name().equals(name)).findFirst();
	}

	public Optional<CalculatedField> calculatedField(String name) {
		return calculatedFields.stream().filter(field -> field.name().equals(name)).findFirst();
	}

	/** The first column with the time role, if any. */
	public Optional<DatasetColumn> timeColumn() {
		return columns.stream().filter(column -> column.role() == ColumnRole.TIME).findFirst();
	}

}
