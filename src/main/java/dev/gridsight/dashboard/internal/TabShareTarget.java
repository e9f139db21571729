package dev.gridsight.dashboard.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.gridsight.dashboard.TabData;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.sharing.ShareTarget;

/**
 * Tabs as share targets: a public link shows the tab's charts with their data, read as
 * the sharer at the time of the request, in the tab's order. Sharing a tab with a person
 * is not offered yet (tab reads do not consult shares), so only public links are made.
 */
@Component
class TabShareTarget implements ShareTarget {

	private final Tabs tabs;

	TabShareTarget(Tabs tabs) {
		this.tabs = tabs;
	}

	@Override
	public String type() {
		return "tab";
	}

	@Override
	public Target readable(UUID targetId, UUID userId) {
		TabView tab = tabs.readable(targetId, userId);
		return new Target(tab.workspaceId(), tab.name());
	}

	@Override
	public PublicView publicView(UUID targetId, UUID sharerId, String window) {
		TabView tab = tabs.readable(targetId, sharerId);
		Map<UUID, TabData.ChartResult> results = tabs.data(targetId, sharerId, window, Map.of(), null)
			.charts()
			.stream()
			.collect(Collectors.toMap(TabData.ChartResult::chartId, Function.identity(), (a, b) -> a));
		// a chart that failed is shown without data: its error may name things of the
		// workspace a public viewer should not see
		List<PublicChart> charts = tab.charts()
			.stream()
			.map(chart -> new PublicChart(chart.title(), chart.visual(),
					results.containsKey(chart.chartId()) ? results.get(chart.chartId()).data() : null))
			.toList();
		return new PublicView(tab.name(), charts);
	}

	@Override
	public boolean sharesWithPeople() {
		return false;
	}

}
