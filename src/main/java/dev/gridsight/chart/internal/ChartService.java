package dev.gridsight.chart.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.Visual;
import dev.gridsight.chart.WindowAnchor;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Charts are live queries: stored as a ChartQuery (or one read-only SELECT) and a visual
 * spec, run for a window when their data is asked for. Long series come back downsampled
 * with M4; results are cached by (query, window, data version).
 */
@Service
class ChartService {

	static final String NOT_FOUND = "No such chart.";

	static final int ROW_CAP = 100_000;

	private final ChartRepository charts;

	private final Catalog catalog;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final ChartQueryCompiler compiler = new ChartQueryCompiler();

	private final M4Downsampler downsampler = new M4Downsampler();

	private final Cache<CacheKey, ChartData> cache = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(Duration.ofMinutes(30))
		.build();

	ChartService(ChartRepository charts, Catalog catalog, WorkspaceAccess access, ApplicationEventPublisher events,
			JsonMapper json, Clock clock) {
		this.charts = charts;
		this.catalog = catalog;
		this.access = access;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The query's JSON, the window asked for, the dataset's data version and the point
	 * budget.
	 */
	private record CacheKey(String query, String window, long dataVersion, int budget) {
	}

	@Transactional
	ChartRecord create(UserAccount user, UUID workspaceId, String title, ChartQuery query, String sql, Visual visual) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		if ((query == null) == (sql == null || sql.isBlank())) {
			throw new InvalidInput("A chart needs either a query or sql, not both and not neither.");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new InvalidInput("A chart needs a title of 1 to 200 characters.");
		}
		if (query != null) {
			DatasetSchema schema = catalog.readableByName(workspace, query.dataset(), user.id());
			catalog.read(schema, (connection, dialect) -> compiler.compile(query, schema, null, dialect));
		}
		else {
			catalog.runSql(workspace, sql, user.id(), 1);
		}
		OffsetDateTime now = OffsetDateTime.now(clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		ChartRecord chart = new ChartRecord(UUID.randomUUID(), workspace, title.trim(), query,
				query == null ? sql.trim() : null, visual == null ? new Visual(null, null, null, null, null) : visual,
				now, now);
		charts.insert(chart, user.id());
		events
			.publishEvent(AuditEvent.of(user.id(), user.email(), "chart_created", "chart", chart.id(), chart.title()));
		return chart;
	}

	ChartRecord get(UserAccount user, UUID id) {
		ChartRecord chart = charts.find(id).orElseThrow(() -> new NotFound(NOT_FOUND));
		try {
			access.require(chart.workspaceId(), user.id(), WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw new NotFound(NOT_FOUND);
		}
		return chart;
	}

	PageResult<ChartRecord> list(UserAccount user, UUID workspaceId, PageQuery page) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		return new PageResult<>(charts.page(workspace, page), page.page(), page.size(), charts.count(workspace));
	}

	@Transactional
	void delete(UserAccount user, UUID id) {
		ChartRecord chart = get(user, id);
		access.require(chart.workspaceId(), user.id(), WorkspaceRole.EDITOR);
		charts.delete(id);
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "chart_deleted", "chart", id, chart.title()));
	}

	/**
	 * The chart's data for a window ({@code window} overrides the chart's own; "all"
	 * drops it).
	 */
	ChartData data(UserAccount user, UUID id, String windowParameter, Integer budget) {
		ChartRecord chart = get(user, id);
		int points = budget == null ? M4Downsampler.DEFAULT_BUDGET : budget;
		if (points < 10 || points > M4Downsampler.MAX_BUDGET) {
			throw new InvalidInput("points must be between 10 and " + M4Downsampler.MAX_BUDGET + ".");
		}
		if (chart.sql() != null) {
			TabularData result = catalog.runSql(chart.workspaceId(), chart.sql(), user.id(), ROW_CAP);
			return new ChartData(result.columns(), result.rows(), false, result.truncated(), null, null);
		}
		TimeWindow requested = WindowParameter.parse(windowParameter);
		TimeWindow window = WindowParameter.isAll(windowParameter) ? null
				: requested != null ? requested : chart.query().window();
		DatasetSchema schema = catalog.readableByName(chart.workspaceId(), chart.query().dataset(), user.id());
		CacheKey key = new CacheKey(json.writeValueAsString(chart.query()),
				window == null ? "all" : json.writeValueAsString(window), schema.dataVersion(), points);
		ChartData cached = cache.getIfPresent(key);
		if (cached != null && !schema.live()) {
			return cached;
		}
		ChartData data = catalog.read(schema, (connection, dialect) -> {
			DSLContext sql = DSL.using(connection, dialect);
			WindowAnchor anchor = window == null ? null : anchor(schema, connection, dialect);
			ChartWindow resolved = window == null ? null : window.resolve(anchor).orElse(null);
			CompiledQuery compiled = compiler.compile(chart.query(), schema, resolved, dialect);
			List<TabularData.Column> columns = compiled.columns()
				.stream()
				.map(column -> new TabularData.Column(column.name(), column.type()))
				.toList();
			if (compiled.isTimeSeries() && resolved != null && chart.query().compare() == null) {
				DownsampledQuery reduced = downsampler.downsample(compiled, resolved, points);
				Result<Record> rows = sql.fetch(reduced.select());
				return new ChartData(columns, rows(rows, columns.size(), ROW_CAP), reduced.downsampled(rows),
						rows.size() > ROW_CAP, window(resolved), anchor.describe());
			}
			Result<Record> rows;
			try (Cursor<Record> cursor = sql.fetchLazy(compiled.select())) {
				rows = cursor.fetchNext(ROW_CAP + 1);
			}
			return new ChartData(columns, rows(rows, columns.size(), ROW_CAP), false, rows.size() > ROW_CAP,
					window(resolved), anchor == null ? null : anchor.describe());
		});
		cache.put(key, data);
		return data;
	}

	/** Historical data: windows end at the latest timestamp; live data: at now. */
	private WindowAnchor anchor(DatasetSchema schema, java.sql.Connection connection, org.jooq.SQLDialect dialect)
			throws SQLException {
		if (schema.live()) {
			return WindowAnchor.now(clock.instant());
		}
		DatasetColumn time = schema.timeColumn()
			.orElseThrow(() -> new InvalidInput("Dataset " + schema.name() + " has no time column for a window."));
		String latest = "SELECT max(" + DSL.using(dialect).render(DSL.name(time.name())) + ") FROM "
				+ DSL.using(dialect).render(DSL.name(schema.table()));
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(latest)) {
			rs.next();
			Object value = rs.getObject(1);
			Instant at = value == null ? clock.instant() : toInstant(value);
			return WindowAnchor.latestData(at);
		}
	}

	private static Instant toInstant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
		}
		if (value instanceof LocalDateTime local) {
			return local.toInstant(ZoneOffset.UTC);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
		}
		if (value instanceof LocalDate date) {
			return date.atStartOfDay().toInstant(ZoneOffset.UTC);
		}
		throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
	}

	private static List<List<Object>> rows(Result<Record> result, int width, int cap) {
		List<List<Object>> rows = new ArrayList<>(Math.min(result.size(), cap));
		for (Record record : result) {
			if (rows.size() == cap) {
				break;
			}
			List<Object> row = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				Object value = record.get(i);
				row.add(value instanceof Temporal || value instanceof java.util.Date ? value.toString() : value);
			}
			rows.add(row);
		}
		return rows;
	}

	private static ChartData.Window window(ChartWindow resolved) {
		return resolved == null ? null : new ChartData.Window(resolved.from(), resolved.to());
	}

}
