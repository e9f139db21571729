package dev.gridsight.catalog.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.platform.PageQuery;

@Repository
class CatalogRepository {

	private static final String COLUMNS = "id, workspace_id, parent_id, name, table_name, source, live, time_zone, row_count, data_version, created_at, updated_at";

	private final JdbcClient jdbc;

	CatalogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredDataset(DatasetSummary summary, String table) {
	}

	void insert(DatasetSummary dataset, String table, UUID createdBy) {
		jdbc.sql("""
				insert into datasets (id, workspace_id, parent_id, name, table_name, source, live, time_zone, row_count,
				                      data_version, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(dataset.id(), dataset.workspaceId(), dataset.parentId(), dataset.name(), table, dataset.source(),
					dataset.live(), dataset.timeZone(), dataset.rowCount(), dataset.dataVersion(), createdBy,
					dataset.createdAt(), dataset.updatedAt())
			.update();
		replaceColumns(dataset.id(), dataset.columns());
	}

	void replaceColumns(UUID datasetId, List<DatasetColumn> columns) {
		jdbc.sql("delete from dataset_columns where dataset_id = ?").param(datasetId).update();
		for (int i = 0; i < columns.size(); i++) {
			DatasetColumn column = columns.get(i);
			jdbc.sql("""
					insert into dataset_columns (dataset_id, position, name, type, role, unit, description, synonyms)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(datasetId, i, column.name(), column.type().wire(), column.role().wire(), column.unit(),
						column.description(), String.join("\n", column.synonyms()))
				.update();
		}
	}

	Optional<StoredDataset> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from datasets where id = ?")
			.param(id)
			.query((rs, n) -> new StoredDataset(new DatasetSummary(rs.getObject("id", UUID.class),
					rs.getObject("workspace_id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getString("name"), rs.getString("source"), rs.getBoolean("live"), rs.getString("time_zone"),
					rs.getLong("row_count"), rs.getLong("data_version"), List.of(), List.of(),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class)),
					rs.getString("table_name")))
			.optional()
			.map(stored -> new StoredDataset(withColumns(stored.summary()), stored.table()));
	}

	Optional<UUID> findIdByName(UUID workspaceId, String name) {
		return jdbc.sql("select id from datasets where workspace_id = ? and name = ?")
			.params(workspaceId, name)
			.query(UUID.class)
			.optional();
	}

	List<UUID> pageIds(UUID workspaceId, PageQuery page) {
		return jdbc.sql("select id from datasets where workspace_id = ? order by lower(name), id limit ? offset ?")
			.params(workspaceId, page.size(), page.offset())
			.query(UUID.class)
			.list();
	}

	long count(UUID workspaceId) {
		return jdbc.sql("select count(*) from datasets where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	void rename(UUID id, String name, OffsetDateTime at) {
		jdbc.sql("update datasets set name = ?, updated_at = ? where id = ?").params(name, at, id).update();
	}

	void recordAppend(UUID id, long rows, OffsetDateTime at) {
		jdbc.sql("""
				update datasets set row_count = row_count + ?, data_version = data_version + 1, updated_at = ?
				where id = ?""").params(rows, at, id).update();
	}

	void setSource(UUID datasetId, UUID sourceId) {
		jdbc.sql("update datasets set source_id = ? where id = ?").params(sourceId, datasetId).update();
	}

	/** Where a dataset's rows live: the table and, for external data, its source. */
	record Location(UUID workspaceId, String table, boolean external, UUID sourceId) {
	}

	Optional<Location> location(UUID datasetId) {
		return jdbc.sql("select workspace_id, table_name, source, source_id from datasets where id = ?")
			.param(datasetId)
			.query((rs, n) -> new Location(rs.getObject("workspace_id", UUID.class), rs.getString("table_name"),
					"postgres".equals(rs.getString("source")), rs.getObject("source_id", UUID.class)))
			.optional();
	}

	record StoredSource(UUID id, UUID workspaceId, String name, PostgresSource settings, String passwordEncrypted,
			OffsetDateTime createdAt) {
	}

	void insertSource(StoredSource source, UUID createdBy) {
		PostgresSource settings = source.settings();
		jdbc.sql("""
				insert into data_sources (id, workspace_id, name, host, port, database_name, username,
				                          password_encrypted, ssl_mode, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(source.id(), source.workspaceId(), source.name(), settings.host(), settings.port(),
					settings.database(), settings.username(), source.passwordEncrypted(), settings.sslMode(), createdBy,
					source.createdAt())
			.update();
	}

	Optional<StoredSource> findSource(UUID id) {
		return jdbc.sql("""
				select id, workspace_id, name, host, port, database_name, username, password_encrypted, ssl_mode,
				       created_at
				from data_sources where id = ?""")
			.param(id)
			.query((rs, n) -> new StoredSource(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
					rs.getString("name"),
					new PostgresSource(rs.getString("host"), rs.getInt("port"), rs.getString("database_name"),
							rs.getString("username"), rs.getString("ssl_mode")),
					rs.getString("password_encrypted"), rs.getObject("created_at", OffsetDateTime.class)))
			.optional();
	}

	List<UUID> sourceIds(UUID workspaceId) {
		return jdbc.sql("select id from data_sources where workspace_id = ? order by lower(name)")
			.param(workspaceId)
			.query(UUID.class)
			.list();
	}

	void deleteSource(UUID id) {
		jdbc.sql("delete from data_sources where id = ?").param(id).update();
	}

	List<String> childTables(UUID id) {
		return jdbc.sql("select table_name from datasets where parent_id = ?").param(id).query(String.class).list();
	}

	void delete(UUID id) {
		jdbc.sql("delete from datasets where id = ?").param(id).update();
	}

	Optional<long[]> findAppend(UUID datasetId, String key) {
		return jdbc
			.sql("select row_count, data_version from dataset_appends where dataset_id = ? and idempotency_key = ?")
			.params(datasetId, key)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	void insertAppend(UUID datasetId, String key, long rows, long dataVersion, OffsetDateTime at) {
		jdbc.sql("""
				insert into dataset_appends (dataset_id, idempotency_key, row_count, data_version, created_at)
				values (?, ?, ?, ?, ?)""").params(datasetId, key, rows, dataVersion, at).update();
	}

	private DatasetSummary withColumns(DatasetSummary summary) {
		List<DatasetColumn> columns = new ArrayList<>(jdbc.sql("""
				select name, type, role, unit, description, synonyms from dataset_columns
				where dataset_id = ? order by position""")
			.param(summary.id())
			.query((rs, n) -> new DatasetColumn(rs.getString("name"), ColumnType.fromWire(rs.getString("type")),
					ColumnRole.fromWire(rs.getString("role")), rs.getString("unit"), rs.getString("description"),
					synonyms(rs.getString("synonyms"))))
			.list());
		return new DatasetSummary(summary.id(), summary.workspaceId(), summary.parentId(), summary.name(),
				summary.source(), summary.live(), summary.timeZone(), summary.rowCount(), summary.dataVersion(),
				columns, calculatedFields(summary.id()), summary.createdAt(), summary.updatedAt());
	}

	/** The dataset's calculated fields, in the order they were created. */
	List<CalculatedField> calculatedFields(UUID datasetId) {
		return jdbc.sql("""
				select name, expression, unit, description from calculated_fields
				where dataset_id = ? order by created_at, name""")
			.param(datasetId)
			.query((rs, n) -> new CalculatedField(rs.getString("name"), rs.getString("expression"),
					rs.getString("unit"), rs.getString("description")))
			.list();
	}

	void insertCalculatedField(UUID datasetId, CalculatedField field, OffsetDateTime at) {
		jdbc.sql("""
				insert into calculated_fields (dataset_id, name, expression, unit, description, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(datasetId, field.name(), field.expression(), field.unit(), field.description(), at, at)
			.update();
	}

	void updateCalculatedField(UUID datasetId, CalculatedField field, OffsetDateTime at) {
		jdbc.sql("""
				update calculated_fields set expression = ?, unit = ?, description = ?, updated_at = ?
				where dataset_id = ? and name = ?""")
			.params(field.expression(), field.unit(), field.description(), at, datasetId, field.name())
			.update();
	}

	void deleteCalculatedField(UUID datasetId, String name) {
		jdbc.sql("delete from calculated_fields where dataset_id = ? and name = ?").params(datasetId, name).update();
	}

	/**
	 * For a change that alters what the dataset's queries return without new rows: cached
	 * chart results keyed by the old version are not reused. Being an update of the
	 * dataset's row, it also holds that row until the transaction ends, so changes to one
	 * dataset's fields happen one after the other.
	 */
	void raiseDataVersion(UUID id, OffsetDateTime at) {
		jdbc.sql("update datasets set data_version = data_version + 1, updated_at = ? where id = ?")
			.params(at, id)
			.update();
	}

	private static List<String> synonyms(String stored) {
		return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split("\n"));
	}

}
