package dev.gridsight.sharing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.chart.ChartReads;
import dev.gridsight.sharing.ShareTarget;

/** Charts as share targets, read through the chart module's public API. */
@Component
class ChartShareTarget implements ShareTarget {

	static final String TYPE = "chart";

	private final ChartReads charts;

	ChartShareTarget(ChartReads charts) {
		this.charts = charts;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Target readable(UUID targetId, UUID userId) {
		ChartReads.Chart chart = charts.readable(targetId, userId);
		return new Target(chart.workspaceId(), chart.title());
	}

	@Override
	public PublicView publicView(UUID targetId, UUID sharerId, String window) {
		ChartReads.Chart chart = charts.readable(targetId, sharerId);
		String title = chart.visual() != null && chart.visual().title() != null ? chart.visual().title()
				: chart.title();
		return new PublicView(chart.title(),
				List.of(new PublicChart(title, chart.visual(), charts.data(targetId, sharerId, window))));
	}

}
