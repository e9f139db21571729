package dev.gridsight.energy.internal;

import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.gridsight.chart.ChartSummary;
import dev.gridsight.chart.Charts;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.energy.internal.run.PlanTable;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;

/**
 * Pins one of a run's charts to a tab: the chart is saved in the workspace's library (an
 * editor's right, checked by the chart module) and placed on the tab (checked by the
 * dashboard module). The chart reads the run's rows of {@code energy_plans}, so it stays
 * that run's plan.
 */
@Service
class RunPins {

	private final RunService runs;

	private final Charts charts;

	private final Tabs tabs;

	RunPins(RunService runs, Charts charts, Tabs tabs) {
		this.runs = runs;
		this.charts = charts;
		this.tabs = tabs;
	}

	record Pinned(UUID chartId, UUID tabId) {
	}

	Pinned pin(UserAccount user, UUID runId, String kind, UUID tabId) {
		if (tabId == null) {
			throw new InvalidInput("tabId is required: the tab to pin the chart to.");
		}
		RunService.Completed run = runs.get(runId, user.id());
		PlanTable.RunChart chart = run.plan()
			.charts()
			.stream()
			.filter(candidate -> candidate.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("kind must be one of the run's charts: "
					+ String.join(", ", run.plan().charts().stream().map(PlanTable.RunChart::kind).toList()) + "; not '"
					+ kind + "'."));
		// the tab first: a tab the user may not reach must not leave a chart behind
		tabs.readable(tabId, user.id());
		ChartSummary saved = charts.create(user, run.run().workspaceId(), chart.title(), chart.query(), chart.visual());
		tabs.pin(user, tabId, saved.id());
		return new Pinned(saved.id(), tabId);
	}

}
