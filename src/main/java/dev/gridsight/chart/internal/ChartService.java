package dev.gridsight.chart.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartGrants;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartSummary;
import dev.gridsight.chart.Charts;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.Visual;
import dev.gridsight.chart.WindowAnchor;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Forbidden;
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
class ChartService implements Charts {

	static final String NOT_FOUND = "No such chart.";

	private final ChartRepository charts;

	private final Catalog catalog;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Shares: asked only when the user is not a member of the chart's workspace. */
	private final ObjectProvider<ChartGrants> grants;

	private final ChartQueryCompiler compiler = new ChartQueryCompiler();

	private final M4Downsampler downsampler = new M4Downsampler();

	private final Cache<CacheKey, ChartData> cache = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(Duration.ofMinutes(30))
		.build();

	/** The most rows one chart returns ({@code gridsight.chart.row-cap}). */
	private final int rowCap;

	/** How long one chart query may run ({@code gridsight.chart.timeout}). */
	private final Duration timeout;

	ChartService(ChartRepository charts, Catalog catalog, WorkspaceAccess access, ApplicationEventPublisher events,
			Clock clock, ObjectProvider<ChartGrants> grants, @Value("${gridsight.chart.row-cap:100000}") int rowCap,
			@Value("${gridsight.chart.timeout:30s}") Duration timeout) {
		this.grants = grants;
		this.rowCap = rowCap;
		this.timeout = timeout.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : timeout;
		this.charts = charts;
		this.catalog = catalog;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The dataset (its name in the query is only unique within a workspace), the query (a
	 * record, compared by value), the window asked for, the dataset's data version and
	 * the point budget; the filters of a tab are part of the key.
	 */
	private record CacheKey(UUID dataset, ChartQuery query, List<ChartQuery.Filter> extraFilters, TimeWindow window,
			long dataVersion, int budget, boolean downsample, List<DatasetColumn> columns,
			List<CalculatedField> calculatedFields) {
	}

	@Transactional
	ChartRecord create(UserAccount user, UUID workspaceId, String title, ChartQuery query, String sql, Visual visual) {
		return create(user, workspaceId, title, query, sql, visual, false);
	}

	private ChartRecord create(UserAccount user, UUID workspaceId, String title, ChartQuery query, String sql,
			Visual visual, boolean draft) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), draft ? WorkspaceRole.VIEWER : WorkspaceRole.EDITOR);
		check(workspace, user.id(), title, query, sql);
		OffsetDateTime now = now();
		ChartRecord chart = new ChartRecord(UUID.randomUUID(), workspace, title.trim(), query,
				query == null ? sql.trim() : null, visual == null ? Visual.NONE : visual, now, now);
		charts.insert(chart, user.id(), draft);
		if (!draft) {
			events.publishEvent(
					AuditEvent.of(user.id(), user.email(), "chart_created", "chart", chart.id(), chart.title()));
		}
		return chart;
	}

	@Override
	@Transactional
	public ChartSummary createDraft(UserAccount user, UUID workspaceId, String title, ChartQuery query, Visual visual) {
		return summary(create(user, workspaceId, title, query, null, visual, true));
	}

	@Override
	@Transactional
	public void keep(UUID chartId, UserAccount user) {
		ChartRecord chart = readable(user.id(), chartId, false).chart();
		access.require(chart.workspaceId(), user.id(), WorkspaceRole.EDITOR);
		if (charts.keep(chartId)) {
			events.publishEvent(
					AuditEvent.of(user.id(), user.email(), "chart_created", "chart", chart.id(), chart.title()));
		}
	}

	/**
	 * Replaces what a chart shows (the chart builder saving an existing chart): editors
	 * of its workspace, or whoever it was shared with for editing; checked as a new chart
	 * is, with the rights of whoever's workspace rights the edit uses.
	 */
	@Transactional
	ChartRecord update(UserAccount user, UUID id, String title, ChartQuery query, String sql, Visual visual) {
		ChartRecord chart = get(user, id);
		UUID editor = editor(user.id(), chart);
		check(chart.workspaceId(), editor, title, query, sql);
		ChartRecord updated = new ChartRecord(chart.id(), chart.workspaceId(), title.trim(), query,
				query == null ? sql.trim() : null, visual == null ? Visual.NONE : visual, chart.createdAt(), now());
		charts.update(updated);
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "chart_updated", "chart", id, updated.title()));
		return updated;
	}

	/**
	 * The data a chart over this query would show, stored nowhere: the builder's live
	 * preview. Readers of the workspace; the query is compiled and run as a saved chart's
	 * is.
	 */
	ChartData preview(UserAccount user, UUID workspaceId, ChartQuery query, String sql, String windowParameter,
			Integer budget) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		if ((query == null) == (sql == null || sql.isBlank())) {
			throw new InvalidInput("A chart needs either a query or sql, not both and not neither.");
		}
		OffsetDateTime now = now();
		ChartRecord draft = new ChartRecord(new UUID(0, 0), workspace, "preview", query,
				query == null ? sql.trim() : null, Visual.NONE, now, now);
		return run(new Readable(draft, user.id()), windowParameter, budget, true);
	}

	/**
	 * Every row of a chart's window, not downsampled (up to the row cap), with the tab's
	 * filters that apply: what the CSV export writes.
	 */
	Export export(UserAccount user, UUID id, String windowParameter, List<ExtraFilter> extraFilters) {
		Readable readable = readable(user.id(), id, true);
		ChartRecord chart = readable.chart();
		WindowChoice window = chart.sql() != null ? WindowChoice.INHERIT : window(windowParameter);
		return new Export(chart.title(),
				run(readable.readerId(), chart, window, M4Downsampler.DEFAULT_BUDGET, false, extraFilters).data());
	}

	/** What a download needs: the chart's title (the file name) and its rows. */
	record Export(String title, ChartData data) {
	}

	/**
	 * Whose workspace rights an edit of this chart uses: the user's, or an edit share's
	 * sharer.
	 */
	private UUID editor(UUID userId, ChartRecord chart) {
		try {
			access.require(chart.workspaceId(), userId, WorkspaceRole.EDITOR);
			return userId;
		}
		catch (NotFound | Forbidden ex) {
			return grants.orderedStream()
				.map(grant -> grant.grantor(chart.id(), userId, ChartGrants.Right.EDIT))
				.flatMap(Optional::stream)
				.findFirst()
				.orElseThrow(() -> new Forbidden("You may view this chart but not change it."));
		}
	}

	/**
	 * What a stored chart must be: a title, and a query or a SELECT that compiles and
	 * plans.
	 */
	private void check(UUID workspace, UUID userId, String title, ChartQuery query, String sql) {
		if ((query == null) == (sql == null || sql.isBlank())) {
			throw new InvalidInput("A chart needs either a query or sql, not both and not neither.");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new InvalidInput("A chart needs a title of 1 to 200 characters.");
		}
		if (query != null) {
			DatasetSchema schema = catalog.readableByName(workspace, query.dataset(), userId);
			// checked over the window it will run for (anchored at now here), not over
			// none: compare previous_period refuses a query without a time window; the
			// engine plans it without reading a row
			ChartWindow window = query.window() == null ? null
					: query.window().resolve(WindowAnchor.now(clock.instant())).orElse(null);
			catalog.select(userId, schema, dialect -> compiler.compile(query, schema, window, dialect).select(),
					new Catalog.ReadBudget(0, timeout));
		}
		else {
			catalog.runSql(workspace, sql, userId, 1);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	ChartRecord get(UserAccount user, UUID id) {
		return readable(user.id(), id, true).chart();
	}

	/**
	 * A chart and whose workspace rights read its data: the user's own, or, for a chart
	 * shared with a non-member, the sharer's, for this one chart.
	 */
	private record Readable(ChartRecord chart, UUID readerId) {
	}

	private Readable readable(UUID userId, UUID id, boolean viaShares) {
		ChartRecord chart = charts.find(id).orElseThrow(() -> new NotFound(NOT_FOUND));
		try {
			access.require(chart.workspaceId(), userId, WorkspaceRole.VIEWER);
			return new Readable(chart, userId);
		}
		catch (NotFound ex) {
			UUID grantor = !viaShares ? null
					: grants.orderedStream()
						.map(grant -> grant.grantor(id, userId, ChartGrants.Right.READ))
						.flatMap(Optional::stream)
						.findFirst()
						.orElse(null);
			if (grantor == null) {
				throw new NotFound(NOT_FOUND);
			}
			return new Readable(chart, grantor);
		}
	}

	PageResult<ChartRecord> list(UserAccount user, UUID workspaceId, String search, PageQuery page) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		if (search != null && search.length() > 200) {
			throw new InvalidInput("q is at most 200 characters.");
		}
		return new PageResult<>(charts.page(workspace, search, page), page.page(), page.size(),
				charts.count(workspace, search));
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
	ChartData data(UserAccount user, UUID id, String windowParameter, Integer budget, boolean downsample) {
		return run(readable(user.id(), id, true), windowParameter, budget, downsample);
	}

	private ChartData run(Readable readable, String windowParameter, Integer budget, boolean downsample) {
		ChartRecord chart = readable.chart();
		int points = points(budget);
		// a SQL chart has no window: its parameter is not even read
		WindowChoice window = chart.sql() != null ? WindowChoice.INHERIT : window(windowParameter);
		return run(readable.readerId(), chart, window, points, downsample, List.of()).data();
	}

	@Override
	public ChartSummary create(UserAccount user, UUID workspaceId, String title, ChartQuery query, Visual visual) {
		return summary(create(user, workspaceId, title, query, null, visual));
	}

	@Override
	public ChartSummary readable(UUID chartId, UUID userId) {
		return summary(readable(userId, chartId, false).chart());
	}

	private static ChartSummary summary(ChartRecord chart) {
		return new ChartSummary(chart.id(), chart.workspaceId(), chart.title(), chart.query(), chart.sql(),
				chart.visual());
	}

	@Override
	public Set<String> filterableColumns(UUID chartId, UUID userId) {
		ChartRecord chart = readable(userId, chartId, false).chart();
		if (chart.sql() != null) {
			return Set.of();
		}
		return catalog.readableByName(chart.workspaceId(), chart.query().dataset(), userId)
			.columns()
			.stream()
			.map(DatasetColumn::name)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public WindowChoice window(String parameter) {
		if (WindowParameter.isAll(parameter)) {
			return WindowChoice.ALL;
		}
		return WindowChoice.of(WindowParameter.parse(parameter));
	}

	@Override
	public FilteredChartData data(UUID chartId, UUID userId, WindowChoice window, Integer points,
			List<ExtraFilter> extraFilters) {
		ChartRecord chart = readable(userId, chartId, false).chart();
		return run(userId, chart, window == null ? WindowChoice.INHERIT : window, points(points), true,
				extraFilters == null ? List.of() : extraFilters);
	}

	@Override
	public int points(Integer budget) {
		int points = budget == null ? M4Downsampler.DEFAULT_BUDGET : budget;
		if (points < 10 || points > M4Downsampler.MAX_BUDGET) {
			throw new InvalidInput("points must be between 10 and " + M4Downsampler.MAX_BUDGET + ".");
		}
		return points;
	}

	private FilteredChartData run(UUID userId, ChartRecord chart, WindowChoice choice, int points, boolean downsample,
			List<ExtraFilter> extraFilters) {
		if (chart.sql() != null) {
			// a checked SELECT has no columns known before it runs: no tab filter applies
			TabularData result = catalog.runSql(chart.workspaceId(), chart.sql(), userId, rowCap);
			return new FilteredChartData(
					new ChartData(result.columns(), result.rows(), false, result.truncated(), null, null, null),
					extraFilters.stream().map(filter -> new FilterUse(filter.column(), false)).toList(), null);
		}
		TimeWindow window = choice.all() ? null : choice.window() != null ? choice.window() : chart.query().window();
		DatasetSchema schema = catalog.readableByName(chart.workspaceId(), chart.query().dataset(), userId);
		List<ChartQuery.Filter> applied = new ArrayList<>();
		List<FilterUse> uses = new ArrayList<>();
		for (ExtraFilter filter : extraFilters) {
			boolean applies = schema.column(filter.column()).isPresent();
			uses.add(new FilterUse(filter.column(), applies));
			// a filter without values is defined but selects everything
			if (applies && !filter.values().isEmpty()) {
				applied.add(ChartQuery.Filter.of(filter.column(), ChartQuery.FilterOp.IN, filter.values()));
			}
		}
		ChartQuery query = chart.query().withExtraFilters(applied);
		// the catalog's columns are part of the key: a unit or a calculated field edited
		// changes the answer without changing the data version
		CacheKey key = new CacheKey(schema.id(), chart.query(), List.copyOf(applied), window, schema.dataVersion(),
				points, downsample, schema.columns(), schema.calculatedFields());
		ChartData cached = cache.getIfPresent(key);
		if (cached != null && !schema.live()) {
			return new FilteredChartData(cached, uses, schema.id());
		}
		// an absolute window needs no anchor, and so no query for the latest timestamp
		WindowAnchor anchor = window == null || window instanceof TimeWindow.Absolute ? null : anchor(userId, schema);
		ChartWindow resolved = window == null ? null : window.resolve(anchor).orElse(null);
		Catalog.ReadBudget reads = new Catalog.ReadBudget(rowCap, timeout);
		// the dialect is the catalog's to know: the query is compiled when it is asked
		// for
		CompiledQuery[] compiled = new CompiledQuery[1];
		boolean[] reduced = new boolean[1];
		TabularData rows = catalog.select(userId, schema, dialect -> {
			// the compiler reads a points window from the query, so it gets the one in
			// force
			compiled[0] = compiler.compile(query.withWindow(window), schema, resolved, dialect);
			reduced[0] = downsample && compiled[0].isTimeSeries() && resolved != null && query.compare() == null
					&& mayExceed(query, resolved, points);
			return reduced[0] ? downsampler.downsample(compiled[0], resolved, points).select() : compiled[0].select();
		}, reads);
		List<TabularData.Column> columns = compiled[0].columns()
			.stream()
			.map(column -> new TabularData.Column(column.name(), column.type()))
			.toList();
		Map<String, String> units = new LinkedHashMap<>();
		compiled[0].columns()
			.stream()
			.filter(column -> column.unit() != null && !column.unit().isBlank())
			.forEach(column -> units.put(column.name(), column.unit()));
		ChartData data;
		if (reduced[0]) {
			int seriesPoints = columns.size();
			boolean thinned = rows.rows()
				.stream()
				.anyMatch(row -> row.get(seriesPoints) instanceof Number n && n.longValue() > points);
			List<List<Object>> visible = rows.rows().stream().map(row -> row.subList(0, seriesPoints)).toList();
			data = new ChartData(columns, visible, thinned, rows.truncated(), window(resolved),
					anchor == null ? null : anchor.describe(), units);
		}
		else {
			data = new ChartData(columns, rows.rows(), false, rows.truncated(), window(resolved),
					anchor == null ? null : anchor.describe(), units);
		}
		cache.put(key, data);
		return new FilteredChartData(data, uses, schema.id());
	}

	/**
	 * Whether a series could have more points than the budget; when the window holds
	 * fewer buckets of the query's grain than that, the plain query is cheaper than M4.
	 */
	static boolean mayExceed(ChartQuery query, ChartWindow window, int budget) {
		if (query.time() == null || query.time().grain() == null) {
			return true;
		}
		Duration bucket = switch (query.time().grain()) {
			case MINUTE -> Duration.ofMinutes(1);
			case HOUR -> Duration.ofHours(1);
			case DAY -> Duration.ofDays(1);
			case WEEK -> Duration.ofDays(7);
			case MONTH -> Duration.ofDays(28);
			case QUARTER -> Duration.ofDays(89);
			case YEAR -> Duration.ofDays(365);
		};
		return window.length().dividedBy(bucket) + 1 > budget;
	}

	/** Historical data: windows end at the latest timestamp; live data: at now. */
	private WindowAnchor anchor(UUID userId, DatasetSchema schema) {
		if (schema.live()) {
			return WindowAnchor.now(clock.instant());
		}
		DatasetColumn time = schema.timeColumn()
			.orElseThrow(() -> new InvalidInput("Dataset " + schema.name() + " has no time column for a window."));
		TabularData latest = catalog.select(userId, schema,
				dialect -> DSL.using(dialect)
					.select(DSL.max(DSL.field(DSL.name(time.name()))).as("latest"))
					.from(DSL.table(DSL.name(schema.table()))),
				new Catalog.ReadBudget(1, timeout));
		Object value = latest.rows().isEmpty() ? null : latest.rows().get(0).get(0);
		return WindowAnchor.latestData(value == null ? clock.instant() : toInstant(value.toString()));
	}

	/**
	 * The latest timestamp as the catalog returns it: ISO-8601 text, with or without an
	 * offset.
	 */
	static Instant toInstant(String value) {
		if (value.length() == 10) {
			return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
		}
		try {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return OffsetDateTime.parse(value).toInstant();
		}
	}

	private static ChartData.Window window(ChartWindow resolved) {
		return resolved == null ? null : new ChartData.Window(resolved.from(), resolved.to());
	}

}
