package dev.gridsight.dashboard.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.gridsight.dashboard.Layout;
import dev.gridsight.dashboard.TabData;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.sharing.ShareTarget;

/**
 * Tabs as share targets: a public link shows the tab's charts with their data, read as
 * the sharer at the time of the request, in the tab's order. A tab shared with a person
 * is read through {@link dev.gridsight.sharing.ShareGrants} by the tab service.
 */
@Component
class TabShareTarget implements ShareTarget {

	static final String TYPE = "tab";

	private final Tabs tabs;

	TabShareTarget(Tabs tabs) {
		this.tabs = tabs;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Target readable(UUID targetId, UUID userId) {
		TabView tab = tabs.readable(targetId, userId);
		return new Target(tab.workspaceId(), tab.name());
	}

	@Override
	public PublicView publicView(UUID targetId, UUID sharerId, String window, Map<String, List<String>> filters) {
		TabView tab = tabs.readable(targetId, sharerId);
		Map<UUID, TabData.ChartResult> results = tabs.data(targetId, sharerId, window, filters, null)
			.charts()
			.stream()
			.collect(Collectors.toMap(TabData.ChartResult::chartId, Function.identity(), (a, b) -> a));
		// a chart that failed is shown without data: its error may name things of the
		// workspace a public viewer should not see
		List<PublicChart> charts = tab.charts()
			.stream()
			.map(chart -> new PublicChart(chart.title(), chart.visual(), placement(chart.layout()),
					results.containsKey(chart.chartId()) ? results.get(chart.chartId()).data() : null))
			.toList();
		Map<String, List<String>> inForce = new LinkedHashMap<>();
		tab.filters()
			.forEach(filter -> inForce.put(filter.column(), filter.values().stream().map(String::valueOf).toList()));
		inForce.putAll(filters);
		List<PublicFilter> shown = inForce.entrySet()
			.stream()
			.map(entry -> new PublicFilter(entry.getKey(), entry.getValue()))
			.toList();
		return new PublicView(tab.name(), TYPE, false, tab.window(), shown, charts);
	}

	private static Placement placement(Layout layout) {
		return layout == null ? null : new Placement(layout.x(), layout.y(), layout.w(), layout.h());
	}

}
