package dev.gridsight.energy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.DatasetWriter;
import dev.gridsight.energy.EnergyRunCompleted;
import dev.gridsight.energy.internal.data.SiteDataReader;
import dev.gridsight.energy.internal.learn.ForecastResult;
import dev.gridsight.energy.internal.learn.Metrics;
import dev.gridsight.energy.internal.optimize.DispatchPlan;
import dev.gridsight.energy.internal.optimize.DispatchProblem;
import dev.gridsight.energy.internal.optimize.Dispatcher;
import dev.gridsight.energy.internal.optimize.Explainer;
import dev.gridsight.energy.internal.optimize.Explanation;
import dev.gridsight.energy.internal.optimize.MeritOrder;
import dev.gridsight.energy.internal.run.ChpModel;
import dev.gridsight.energy.internal.run.PlanTable;
import dev.gridsight.energy.internal.run.ProblemBuilder;
import dev.gridsight.energy.internal.run.RunSpec;
import dev.gridsight.energy.internal.site.Quantity;
import dev.gridsight.energy.internal.site.SiteModel;
import dev.gridsight.energy.internal.site.SiteModel.StatusOverride;
import dev.gridsight.energy.internal.site.SiteModelReader;
import dev.gridsight.energy.internal.site.Units;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.platform.Unprocessable;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Energy runs: an editor plans a site over a period, on forecasts or (hindsight) on what
 * happened; the plan is compared with a baseline, explained, kept as the workspace's
 * {@code energy_plans} rows for its charts, and stored. A run that cannot plan (bad
 * period, infeasible, out of time) stores nothing and says why.
 */
@Service
class RunService {

	static final String NOT_FOUND = "No such energy run.";

	static final Set<Integer> STEPS = Set.of(15, 30, 60);

	static final int MAX_HORIZON_HOURS = 168;

	private static final tools.jackson.core.type.TypeReference<LinkedHashMap<String, SignalMetrics>> METRICS = new tools.jackson.core.type.TypeReference<>() {
	};

	private final SiteService sites;

	private final FitService fits;

	private final RunRepository runs;

	private final SiteDataReader data;

	private final ProblemBuilder problems;

	private final Dispatcher dispatcher;

	private final DatasetWriter writer;

	private final WorkspaceAccess access;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Sites with a run under way: one at a time per site. */
	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	RunService(SiteService sites, FitService fits, RunRepository runs, SiteDataReader data, ProblemBuilder problems,
			Dispatcher dispatcher, DatasetWriter writer, WorkspaceAccess access, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.sites = sites;
		this.fits = fits;
		this.runs = runs;
		this.data = data;
		this.problems = problems;
		this.dispatcher = dispatcher;
		this.writer = writer;
		this.access = access;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** What a run asks for; every field may be left out. */
	record RunRequest(String asOf, Integer horizonHours, Integer stepMinutes, String demand, JsonNode overrides,
			Quantity carbonPrice) {
	}

	/** A run's view of a step: marginal prices and binding constraints. */
	record StepExplanation(String ts, Double electricityPrice, Double steamPrice, List<String> binding) {
	}

	record RunExplanation(String summary, List<String> points, List<StepExplanation> steps) {
	}

	record SignalMetrics(String model, Metrics xgboost, Metrics seasonalNaive) {
	}

	record StoredPlan(List<String> columns, List<List<Object>> rows, Map<String, String> units,
			List<PlanTable.RunChart> charts) {
	}

	/** A planned and stored run. */
	record Completed(StoredRun run, StoredPlan plan, RunExplanation explanation,
			Map<String, SignalMetrics> forecastMetrics) {
	}

	Completed run(UserAccount user, UUID siteId, RunRequest request, String trigger) {
		EnergySite site = sites.editable(siteId, user.id());
		if (!running.add(site.id())) {
			throw new Conflict("A run of " + site.name() + " is under way; wait for it to finish.");
		}
		try {
			return plan(user, site, request == null ? new RunRequest(null, null, null, null, null, null) : request,
					trigger);
		}
		finally {
			running.remove(site.id());
		}
	}

	private Completed plan(UserAccount user, EnergySite site, RunRequest request, String trigger) {
		SiteModel model = sites.model(site);
		RunSpec spec = spec(user, site, model, request);
		Map<String, ChpModel> chpModels = fits.models(user.id(), site, model, spec.asOf());
		ProblemBuilder.Built built = problems.build(user.id(), site.workspaceId(), model, chpModels, spec);
		DispatchProblem problem = built.problem();
		DispatchPlan plan = dispatcher.solve(problem);
		String status;
		switch (plan.status()) {
			case INFEASIBLE -> throw new Unprocessable(plan.infeasibility() == null
					? "No plan satisfies the site's constraints over this period." : plan.infeasibility());
			case TIME_LIMIT_NO_SOLUTION ->
				throw new Unprocessable("The solver hit its time limit of " + problem.timeLimit().toSeconds()
						+ " s before it found any plan; plan a shorter horizon or " + "hourly steps.");
			case FEASIBLE_TIME_LIMIT -> status = "time_limit";
			case FEASIBLE -> status = "feasible";
			default -> status = "optimal";
		}
		boolean fromHistory = spec.actual()
				&& dev.gridsight.energy.internal.run.HistoryBaselines.possible(problem, built.history());
		DispatchPlan baseline = fromHistory
				? dev.gridsight.energy.internal.run.HistoryBaselines.plan(problem, built.history())
				: MeritOrder.baseline(problem);
		Explanation explanation = Explainer.explain(problem, plan, baseline);
		UUID runId = UUID.randomUUID();
		LocalDateTime end = spec.end();
		StoredPlan stored = storedPlan(runId, site.name(), problem, plan, spec.asOf(), end);
		RunExplanation words = explanation(problem, plan, explanation);
		Map<String, SignalMetrics> metrics = new LinkedHashMap<>();
		for (Map.Entry<String, ForecastResult> forecast : built.forecasts().entrySet()) {
			ForecastResult result = forecast.getValue();
			metrics.put(forecast.getKey(),
					new SignalMetrics(result.model(), result.xgboost(), result.seasonalNaiveMetrics()));
		}
		// the plan's rows first: a run row never points at rows that were not written
		UUID datasetId = writer.write(user, site.workspaceId(), PlanTable.DATASET, PlanTable.DATASET_COLUMNS,
				PlanTable.datasetRows(runId, site.name(), problem, plan));
		StoredRun run = new StoredRun(runId, site.id(), site.workspaceId(), user.id(), trigger, status, spec.asOf(),
				(int) (spec.steps() * spec.step().toMinutes() / 60), (int) spec.step().toMinutes(),
				spec.actual() ? "actual" : "forecast", plan.cost(), baseline.cost(),
				fromHistory ? "history" : "merit_order", plan.solveMs(), built.currency(),
				json.writeValueAsString(stored), json.writeValueAsString(words), json.writeValueAsString(metrics),
				json.writeValueAsString(request), datasetId, now());
		runs.insert(run);
		events.publishEvent(new EnergyRunCompleted(run.id(), site.id(), site.workspaceId(), user.id(), status,
				run.cost(), run.baselineCost(), run.savings(), run.currency(), trigger));
		return new Completed(run, stored, words, metrics);
	}

	Completed get(UUID runId, UUID userId) {
		StoredRun run = readable(runId, userId);
		return new Completed(run, json.readValue(run.planJson(), StoredPlan.class),
				json.readValue(run.explanationJson(), RunExplanation.class), metrics(run));
	}

	PageResult<StoredRun> list(UUID siteId, UUID userId, PageQuery page) {
		EnergySite site = sites.readable(siteId, userId).site();
		return new PageResult<>(runs.page(site.id(), page), page.page(), page.size(), runs.count(site.id()));
	}

	StoredRun readable(UUID runId, UUID userId) {
		StoredRun run = runs.find(runId).orElseThrow(() -> new NotFound(NOT_FOUND));
		try {
			access.require(run.workspaceId(), userId, WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw new NotFound(NOT_FOUND);
		}
		return run;
	}

	private Map<String, SignalMetrics> metrics(StoredRun run) {
		return json.readValue(run.metricsJson(), METRICS);
	}

	/**
	 * The run's period: hourly or 15-minute steps over at most a week, from asOf (by
	 * default just after the data for a forecast, the last whole day of data for
	 * hindsight), checked against the data it needs.
	 */
	private RunSpec spec(UserAccount user, EnergySite site, SiteModel model, RunRequest request) {
		int stepMinutes = request.stepMinutes() == null ? (int) Math.max(15, Math.min(60, model.step().toMinutes()))
				: request.stepMinutes();
		if (!STEPS.contains(stepMinutes)) {
			throw new InvalidInput("stepMinutes must be 15, 30 or 60, not " + stepMinutes + ".");
		}
		int horizon = request.horizonHours() == null ? 24 : request.horizonHours();
		if (horizon < 1 || horizon > MAX_HORIZON_HOURS) {
			throw new InvalidInput(
					"horizonHours must be between 1 and " + MAX_HORIZON_HOURS + ", not " + horizon + ".");
		}
		String demand = request.demand() == null ? "forecast" : request.demand().trim().toLowerCase();
		if (!demand.equals("forecast") && !demand.equals("actual")) {
			throw new InvalidInput("demand must be forecast or actual, not '" + request.demand() + "'.");
		}
		boolean actual = demand.equals("actual");
		Duration step = Duration.ofMinutes(stepMinutes);
		int steps = horizon * 60 / stepMinutes;
		SiteDataReader.Extent extent = data.extent(user.id(), site.workspaceId(), model);
		LocalDateTime dataEnd = extent.last().plus(model.step());
		LocalDateTime asOf;
		if (request.asOf() != null && !request.asOf().isBlank()) {
			asOf = SiteModelReader.timestamp(request.asOf().trim(), "asOf");
		}
		else if (actual) {
			asOf = dataEnd.truncatedTo(ChronoUnit.DAYS).minusHours(horizon);
		}
		else {
			asOf = dataEnd;
		}
		asOf = align(asOf, step);
		if (asOf.isBefore(extent.first())) {
			throw new InvalidInput("asOf " + asOf + " is before any history: " + model.dataset() + " starts at "
					+ extent.first() + ".");
		}
		LocalDateTime end = asOf.plus(step.multipliedBy(steps));
		if (actual && end.isAfter(dataEnd)) {
			throw new InvalidInput("The horizon runs to " + end + ", but " + model.dataset() + " ends at "
					+ extent.last() + ": a hindsight run (demand: actual) needs the actual data of every step. "
					+ "Plan an earlier period or a shorter horizon.");
		}
		if (!actual && asOf.isAfter(dataEnd.plusDays(1))) {
			throw new InvalidInput("asOf " + asOf + " is more than a day after the latest data of " + model.dataset()
					+ " (" + extent.last() + "): a forecast needs history up to asOf.");
		}
		List<StatusOverride> overrides = SiteModelReader.overrides(request.overrides(), model.assets(), "overrides");
		Double carbon = null;
		if (request.carbonPrice() != null) {
			Units.Price price = Units.carbonPrice(request.carbonPrice().unit(), "carbonPrice");
			carbon = request.carbonPrice().value() * price.factor();
			if (carbon < 0) {
				throw new InvalidInput("carbonPrice must not be negative.");
			}
		}
		return new RunSpec(asOf, steps, step, actual, overrides, carbon);
	}

	private static LocalDateTime align(LocalDateTime time, Duration step) {
		LocalDateTime day = time.truncatedTo(ChronoUnit.DAYS);
		long minutes = Duration.between(day, time).toMinutes();
		return day.plusMinutes(minutes - minutes % step.toMinutes());
	}

	private static StoredPlan storedPlan(UUID runId, String site, DispatchProblem problem, DispatchPlan plan,
			LocalDateTime from, LocalDateTime to) {
		PlanTable.Table table = PlanTable.table(problem, plan);
		return new StoredPlan(table.columns(), table.rows(), table.units(),
				PlanTable.charts(runId, site, problem, from, to));
	}

	private static RunExplanation explanation(DispatchProblem problem, DispatchPlan plan, Explanation explanation) {
		List<StepExplanation> steps = new ArrayList<>();
		for (int t = 0; t < problem.times().size(); t++) {
			steps.add(new StepExplanation(problem.times().get(t).toString(),
					plan.electricityPrice() == null ? null : round(plan.electricityPrice()[t]),
					plan.steamPrice() == null ? null : round(plan.steamPrice()[t]),
					plan.binding() == null ? List.of() : plan.binding().get(t)));
		}
		return new RunExplanation(explanation.summary(), explanation.points(), steps);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
