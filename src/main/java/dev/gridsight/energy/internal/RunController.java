package dev.gridsight.energy.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import dev.gridsight.energy.internal.run.PlanTable;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/** Fits and runs over HTTP, as docs/energy.md describes them. */
@RestController
class RunController {

	private final CurrentUser currentUser;

	private final RunService runs;

	private final FitService fits;

	private final RunPins pins;

	RunController(CurrentUser currentUser, RunService runs, FitService fits, RunPins pins) {
		this.currentUser = currentUser;
		this.runs = runs;
		this.fits = fits;
		this.pins = pins;
	}

	/** A run in a list: its headline numbers. */
	record RunSummary(UUID id, UUID siteId, String status, LocalDateTime asOf, int horizonHours, int stepMinutes,
			String demand, double cost, double baselineCost, String baselineKind, double savings, Double savingsPercent,
			String currency, long solveMs, String trigger, OffsetDateTime createdAt) {

		static RunSummary of(StoredRun run) {
			double savings = run.savings();
			Double percent = run.baselineCost() > 0 ? Math.round(1000 * savings / run.baselineCost()) / 10.0 : null;
			return new RunSummary(run.id(), run.siteId(), run.status(), run.asOf(), run.horizonHours(),
					run.stepMinutes(), run.demand(), round(run.cost()), round(run.baselineCost()), run.baselineKind(),
					round(savings), percent, run.currency(), run.solveMs(), run.trigger(), run.createdAt());
		}

	}

	/**
	 * A run whole: the summary, the plan, the explanation, the forecasts' metrics, the
	 * charts.
	 */
	record Run(UUID id, UUID siteId, String status, LocalDateTime asOf, int horizonHours, int stepMinutes,
			String demand, double cost, double baselineCost, String baselineKind, double savings, Double savingsPercent,
			String currency, long solveMs, String trigger, OffsetDateTime createdAt, Plan plan,
			Map<String, String> units, RunService.RunExplanation explanation,
			Map<String, RunService.SignalMetrics> forecastMetrics, List<PlanTable.RunChart> charts) {

		static Run of(RunService.Completed completed) {
			RunSummary s = RunSummary.of(completed.run());
			RunService.StoredPlan plan = completed.plan();
			return new Run(s.id(), s.siteId(), s.status(), s.asOf(), s.horizonHours(), s.stepMinutes(), s.demand(),
					s.cost(), s.baselineCost(), s.baselineKind(), s.savings(), s.savingsPercent(), s.currency(),
					s.solveMs(), s.trigger(), s.createdAt(), new Plan(plan.columns(), plan.rows()), plan.units(),
					completed.explanation(), completed.forecastMetrics(), plan.charts());
		}

	}

	record Plan(List<String> columns, List<List<Object>> rows) {
	}

	record PinRequest(String kind, UUID tabId) {
	}

	@PostMapping("/api/energy/sites/{id}/fit")
	FitService.Fit fit(@PathVariable UUID id, @RequestBody(required = false) FitService.FitRequest body) {
		return fits.fit(currentUser.get(), id, body);
	}

	@GetMapping("/api/energy/sites/{id}/fit")
	JsonNode storedFit(@PathVariable UUID id) {
		return fits.stored(id, currentUser.get().id());
	}

	@PostMapping("/api/energy/sites/{id}/runs")
	@ResponseStatus(HttpStatus.CREATED)
	Run run(@PathVariable UUID id, @RequestBody(required = false) RunService.RunRequest body) {
		return Run.of(runs.run(currentUser.get(), id, body, "manual"));
	}

	@GetMapping("/api/energy/sites/{id}/runs")
	PageResult<RunSummary> list(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return runs.list(id, currentUser.get().id(), PageQuery.of(page, size)).map(RunSummary::of);
	}

	@GetMapping("/api/energy/runs/{id}")
	Run get(@PathVariable UUID id) {
		return Run.of(runs.get(id, currentUser.get().id()));
	}

	@PostMapping("/api/energy/runs/{id}/pin")
	RunPins.Pinned pin(@PathVariable UUID id, @RequestBody PinRequest body) {
		return pins.pin(currentUser.get(), id, body == null ? null : body.kind(), body == null ? null : body.tabId());
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
