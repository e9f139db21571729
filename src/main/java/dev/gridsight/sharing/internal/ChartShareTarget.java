package dev.gridsight.sharing.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.chart.ChartSummary;
import dev.gridsight.chart.Charts;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.sharing.ShareTarget;

/** Charts as share targets, read through the chart module's public API. */
@Component
class ChartShareTarget implements ShareTarget {

	static final String TYPE = "chart";

	private final Charts charts;

	ChartShareTarget(Charts charts) {
		this.charts = charts;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Target readable(UUID targetId, UUID userId) {
		ChartSummary chart = charts.readable(targetId, userId);
		return new Target(chart.workspaceId(), chart.title());
	}

	@Override
	public PublicView publicView(UUID targetId, UUID sharerId, String window, Map<String, List<String>> filters) {
		if (!filters.isEmpty()) {
			throw new InvalidInput("A chart's public link has no filters to change.");
		}
		// read as the sharer, a member: a share is never consulted here, so a grant
		// cannot be passed on
		ChartSummary chart = charts.readable(targetId, sharerId);
		String title = chart.visual() != null && chart.visual().title() != null ? chart.visual().title()
				: chart.title();
		return new PublicView(chart.title(), TYPE, false, chart.query() == null ? null : chart.query().window(),
				List.of(), List.of(new PublicChart(title, chart.visual(), null,
						charts.data(targetId, sharerId, charts.window(window), null, List.of()).data())));
	}

}
