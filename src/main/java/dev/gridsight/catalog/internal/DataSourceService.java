package dev.gridsight.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.SecretBox;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * External PostgreSQL sources: an admin registers one, its tables become datasets that
 * are queried in place, read-only. The password is stored encrypted and never returned.
 */
@Service
class DataSourceService {

	static final int MAX_TABLES = 200;

	private final CatalogRepository catalog;

	private final SecretBox secrets;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final boolean allowPrivate;

	DataSourceService(CatalogRepository catalog, SecretBox secrets, WorkspaceAccess access,
			ApplicationEventPublisher events, Clock clock, GridsightProperties properties) {
		this.catalog = catalog;
		this.secrets = secrets;
		this.access = access;
		this.events = events;
		this.clock = clock;
		this.allowPrivate = properties.sources().allowPrivate();
	}

	record SourceView(UUID id, UUID workspaceId, String name, String host, int port, String database, String username,
			String sslMode, OffsetDateTime createdAt, List<DatasetSummary> datasets) {
	}

	@Transactional
	SourceView register(UserAccount user, UUID workspaceId, String name, PostgresSource settings, String password,
			List<String> tables) {
		requireAdmin(user);
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInput("A source needs a name of 1 to 200 characters.");
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		List<DatasetSummary> datasets = new ArrayList<>();
		try (Connection connection = settings.open(password, allowPrivate)) {
			List<String> chosen = chooseTables(connection, tables);
			catalog.insertSource(new CatalogRepository.StoredSource(id, workspace, name.trim(), settings,
					secrets.encrypt(password == null ? "" : password), now), user.id());
			for (String table : chosen) {
				String datasetName = name.trim() + "." + table;
				if (catalog.findIdByName(workspace, datasetName).isPresent()) {
					throw new Conflict("A dataset named '" + datasetName + "' already exists in this workspace.");
				}
				UUID datasetId = UUID.randomUUID();
				catalog.insert(
						new DatasetSummary(datasetId, workspace, null, datasetName, "postgres", true, "UTC",
								estimateRows(connection, table), 1, columns(connection, table), List.of(), now, now),
						table, user.id());
				catalog.setSource(datasetId, id);
				datasets.add(catalog.find(datasetId).orElseThrow().summary());
			}
		}
		catch (SQLException ex) {
			throw new InvalidInput("Cannot read the PostgreSQL source: " + firstLine(ex.getMessage()));
		}
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "source_registered", "data_source", id,
				name.trim() + " (" + settings.host() + ":" + settings.port() + "/" + settings.database() + ", "
						+ datasets.size() + " tables)"));
		return view(catalog.findSource(id).orElseThrow(), datasets);
	}

	List<SourceView> list(UserAccount user, UUID workspaceId) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		return catalog.sourceIds(workspace)
			.stream()
			.map(id -> view(catalog.findSource(id).orElseThrow(), List.of()))
			.toList();
	}

	@Transactional
	void delete(UserAccount user, UUID id) {
		requireAdmin(user);
		CatalogRepository.StoredSource source = catalog.findSource(id)
			.orElseThrow(() -> new NotFound("No such source."));
		try {
			access.require(source.workspaceId(), user.id(), WorkspaceRole.EDITOR);
		}
		catch (NotFound ex) {
			throw new NotFound("No such source.");
		}
		catalog.deleteSource(id);
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "source_deleted", "data_source", id, source.name()));
	}

	/**
	 * A read-only connection to the source behind a dataset; the caller closes it. The
	 * host is checked again here: its name may resolve elsewhere than at registration.
	 */
	Connection connect(UUID sourceId) throws SQLException {
		CatalogRepository.StoredSource source = catalog.findSource(sourceId)
			.orElseThrow(() -> new NotFound("No such source."));
		return source.settings().open(secrets.decrypt(source.passwordEncrypted()), allowPrivate);
	}

	private static void requireAdmin(UserAccount user) {
		if (!user.isAdmin()) {
			throw new Forbidden("Only an administrator may register or remove external data sources.");
		}
	}

	/**
	 * The requested tables (schema.table), each checked to exist, or all user tables up
	 * to the limit.
	 */
	private static List<String> chooseTables(Connection connection, List<String> requested) throws SQLException {
		Set<String> available = new LinkedHashSet<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select table_schema, table_name from information_schema.tables
				where table_schema not in ('pg_catalog', 'information_schema') and table_schema not like 'pg_toast%'
				order by 1, 2 limit ?""")) {
			statement.setInt(1, MAX_TABLES * 5);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					available.add(rs.getString(1) + "." + rs.getString(2));
				}
			}
		}
		if (requested == null || requested.isEmpty()) {
			return available.stream().limit(MAX_TABLES).toList();
		}
		for (String table : requested) {
			if (!available.contains(table)) {
				throw new InvalidInput("The source has no table '" + table + "' (give tables as schema.table).");
			}
		}
		return List.copyOf(new LinkedHashSet<>(requested));
	}

	private static List<DatasetColumn> columns(Connection connection, String table) throws SQLException {
		String[] parts = table.split("\\.", 2);
		List<DatasetColumn> columns = new ArrayList<>();
		boolean timeTaken = false;
		try (PreparedStatement statement = connection.prepareStatement("""
				select column_name, data_type from information_schema.columns
				where table_schema = ? and table_name = ? order by ordinal_position""")) {
			statement.setString(1, parts[0]);
			statement.setString(2, parts[1]);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ColumnType type = postgresType(rs.getString("data_type"));
					ColumnRole role = DatasetImporter.inferRole(rs.getString("column_name"), type, timeTaken);
					timeTaken |= role == ColumnRole.TIME;
					columns.add(DatasetColumn.of(rs.getString("column_name"), type, role));
				}
			}
		}
		return columns;
	}

	static ColumnType postgresType(String dataType) {
		String type = dataType.toLowerCase(Locale.ROOT);
		if (type.startsWith("timestamp")) {
			return ColumnType.TIMESTAMP;
		}
		if (type.equals("date")) {
			return ColumnType.DATE;
		}
		if (type.equals("boolean")) {
			return ColumnType.BOOLEAN;
		}
		if (type.equals("integer") || type.equals("bigint") || type.equals("smallint")) {
			return ColumnType.BIGINT;
		}
		if (type.equals("numeric") || type.equals("real") || type.equals("double precision")) {
			return ColumnType.DOUBLE;
		}
		return ColumnType.VARCHAR;
	}

	private static long estimateRows(Connection connection, String table) throws SQLException {
		String[] parts = table.split("\\.", 2);
		try (PreparedStatement statement = connection.prepareStatement("""
				select c.reltuples::bigint from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = ? and c.relname = ?""")) {
			statement.setString(1, parts[0]);
			statement.setString(2, parts[1]);
			try (ResultSet rs = statement.executeQuery()) {
				long estimate = rs.next() ? rs.getLong(1) : -1;
				if (estimate >= 0) {
					return estimate;
				}
			}
		}
		String quoted = DSL.using(SQLDialect.POSTGRES).render(DSL.table(DSL.name(parts[0], parts[1])));
		try (PreparedStatement statement = connection.prepareStatement("select count(*) from " + quoted);
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static SourceView view(CatalogRepository.StoredSource source, List<DatasetSummary> datasets) {
		PostgresSource settings = source.settings();
		return new SourceView(source.id(), source.workspaceId(), source.name(), settings.host(), settings.port(),
				settings.database(), settings.username(), settings.sslMode(), source.createdAt(), datasets);
	}

	private static String firstLine(String message) {
		return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
