package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.catalog.DatasetAppended;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * The catalog's datasets: import (nothing kept when a step fails), list, rename, column
 * roles, delete. Reads are the {@link DatasetReader}'s, appends the
 * {@link AppendService}'s, user SQL the {@link RawSqlService}'s.
 */
@Service
class DatasetService {

	static final int PREVIEW_ROWS = 20;

	private static final DSLContext SQL = DSL.using(SQLDialect.DUCKDB);

	private final CatalogRepository catalog;

	private final DatasetImporter importer;

	private final Warehouse warehouse;

	private final DatasetAccess access;

	private final WorkspaceAccess workspaces;

	private final SqlSandbox sandbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DatasetService(CatalogRepository catalog, DatasetImporter importer, Warehouse warehouse, DatasetAccess access,
			WorkspaceAccess workspaces, SqlSandbox sandbox, ApplicationEventPublisher events, Clock clock,
			TransactionTemplate transactions) {
		this.catalog = catalog;
		this.importer = importer;
		this.warehouse = warehouse;
		this.access = access;
		this.workspaces = workspaces;
		this.sandbox = sandbox;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	DatasetSummary get(UserAccount user, UUID id) {
		return access.readable(id, user.id()).summary();
	}

	PageResult<DatasetSummary> list(UserAccount user, UUID workspaceId, PageQuery page) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		workspaces.require(workspace, user.id(), WorkspaceRole.VIEWER);
		List<DatasetSummary> items = catalog.pageIds(workspace, page)
			.stream()
			.map(id -> catalog.find(id).orElseThrow().summary())
			.toList();
		return new PageResult<>(items, page.page(), page.size(), catalog.count(workspace));
	}

	/** Imports a file as a new dataset; nothing is kept when any step fails. */
	DatasetSummary importFile(UserAccount user, UUID workspaceId, String name, String fileName, String timeZone,
			Upload content) {
		ZoneId zone = zone(timeZone);
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		workspaces.require(workspace, user.id(), WorkspaceRole.EDITOR);
		String datasetName = checkName(name == null || name.isBlank() ? baseName(fileName) : name);
		if (catalog.findIdByName(workspace, datasetName).isPresent()) {
			throw new Conflict("A dataset named '" + datasetName + "' already exists in this workspace.");
		}
		FileFormat format = FileFormat.of(fileName);
		UUID id = UUID.randomUUID();
		String table = "ds_" + id.toString().replace("-", "");
		Path file = store(content, format);
		try {
			List<DatasetImporter.ImportedTable> tables = importer.load(file, format, "'" + fileName + "'", table, zone);
			OffsetDateTime now = now();
			try {
				transactions.executeWithoutResult(status -> {
					UUID parent = null;
					for (DatasetImporter.ImportedTable imported : tables) {
						String tableName = imported.path().isEmpty() ? datasetName
								: datasetName + "." + imported.path();
						if (catalog.findIdByName(workspace, tableName).isPresent()) {
							throw new Conflict("A dataset named '" + tableName + "' already exists in this workspace.");
						}
						UUID datasetId = parent == null ? id : UUID.randomUUID();
						catalog.insert(new DatasetSummary(datasetId, workspace, parent, checkName(tableName),
								format.name().toLowerCase(), false, zone.getId(), imported.rowCount(), 1,
								imported.columns(), List.of(), now, now), imported.table(), user.id());
						parent = parent == null ? datasetId : parent;
					}
				});
			}
			catch (RuntimeException ex) {
				tables.forEach(imported -> dropTable(imported.table()));
				throw ex;
			}
			String children = tables.size() > 1 ? ", " + (tables.size() - 1) + " child table(s)" : "";
			events.publishEvent(AuditEvent.of(user.id(), user.email(), "dataset_imported", "dataset", id,
					datasetName + " (" + tables.get(0).rowCount() + " rows" + children + ")"));
			return catalog.find(id).orElseThrow().summary();
		}
		finally {
			deleteQuietly(file);
		}
	}

	/**
	 * What an import would produce: inferred columns and the first rows; nothing is
	 * stored.
	 */
	DatasetImporter.Preview preview(UserAccount user, String fileName, Upload content) {
		FileFormat format = FileFormat.of(fileName);
		Path file = store(content, format);
		try {
			return importer.preview(file, format, "'" + fileName + "'", PREVIEW_ROWS);
		}
		finally {
			deleteQuietly(file);
		}
	}

	@Transactional
	DatasetSummary updateColumn(UserAccount user, UUID id, String column, ColumnRole role, String unit,
			String description, List<String> synonyms) {
		CatalogRepository.StoredDataset stored = access.editable(id, user.id());
		List<DatasetColumn> columns = new ArrayList<>(stored.summary().columns());
		int index = -1;
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(column)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFound("No column '" + column + "' in dataset " + stored.summary().name() + ".");
		}
		DatasetColumn old = columns.get(index);
		if (role == ColumnRole.TIME && !old.type().isTemporal()) {
			throw new InvalidInput("Only a timestamp or date column can have the time role; '" + column + "' is "
					+ old.type().wire() + ".");
		}
		if (role == ColumnRole.MEASURE && !old.type().isNumeric()) {
			throw new InvalidInput(
					"Only a numeric column can be a measure; '" + column + "' is " + old.type().wire() + ".");
		}
		columns.set(index, new DatasetColumn(old.name(), old.type(), role == null ? old.role() : role,
				unit == null ? old.unit() : blankToNull(unit),
				description == null ? old.description() : blankToNull(description), synonyms == null ? old.synonyms()
						: synonyms.stream().map(String::trim).filter(text -> !text.isEmpty()).toList()));
		catalog.replaceColumns(id, columns);
		return catalog.find(id).orElseThrow().summary();
	}

	private static ZoneId zone(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(timeZone.trim());
		}
		catch (java.time.DateTimeException ex) {
			throw new InvalidInput(
					"'" + timeZone + "' is not a time zone; use an IANA name such as Europe/Paris or UTC.");
		}
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.trim();
	}

	@Transactional
	DatasetSummary rename(UserAccount user, UUID id, String name) {
		CatalogRepository.StoredDataset stored = access.editable(id, user.id());
		String newName = checkName(name);
		catalog.findIdByName(stored.summary().workspaceId(), newName)
			.filter(other -> !other.equals(id))
			.ifPresent(other -> {
				throw new Conflict("A dataset named '" + newName + "' already exists in this workspace.");
			});
		catalog.rename(id, newName, now());
		return catalog.find(id).orElseThrow().summary();
	}

	@Transactional
	void delete(UserAccount user, UUID id) {
		CatalogRepository.StoredDataset stored = access.editable(id, user.id());
		List<String> children = catalog.childTables(id);
		catalog.delete(id);
		if (DatasetAccess.dialectOf(stored) == SQLDialect.DUCKDB) {
			dropTable(stored.table());
			children.forEach(this::dropTable);
			sandbox.forget(stored.table(), null);
			children.forEach(child -> sandbox.forget(child, null));
		}
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), "dataset_deleted", "dataset", id, stored.summary().name()));
	}

	private Path store(Upload content, FileFormat format) {
		try {
			Path file = warehouse.uploads().resolve("upload-" + UUID.randomUUID() + "." + format.name().toLowerCase());
			try {
				content.saveTo(file);
			}
			catch (IOException | RuntimeException ex) {
				// a body refused past the limit, or cut off, leaves no partial file
				// behind
				deleteQuietly(file);
				throw ex;
			}
			if (Files.size(file) == 0) {
				deleteQuietly(file);
				throw new InvalidInput("The uploaded file is empty.");
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot store the upload", ex);
		}
	}

	private void dropTable(String table) {
		warehouse.write(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS " + SQL.render(DSL.name(table)));
			}
			return null;
		});
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	private static String baseName(String fileName) {
		String name = fileName == null ? "dataset" : Path.of(fileName).getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 200) {
			throw new InvalidInput("A dataset needs a name of 1 to 200 characters.");
		}
		return name.trim();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
