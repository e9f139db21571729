package dev.gridsight.dashboard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What other modules may ask of dashboards (sharing, the assistant). Every call takes the
 * acting user's id and checks the workspace role at that moment: a tab of a workspace the
 * user is not (or no longer) a member of is not found.
 */
public interface Tabs {

	/** The tab with its charts and cards, if the user may read it; NotFound otherwise. */
	TabView readable(UUID tabId, UUID userId);

	/** The charts on the tab, in their order. */
	default List<TabChart> charts(UUID tabId, UUID userId) {
		return readable(tabId, userId).charts();
	}

	/**
	 * The data of every chart on the tab, run concurrently.
	 * @param window a {@code window} parameter as chart data takes it; null for the tab's
	 * @param filterValues values per filter column, replacing the stored ones
	 * @param points the point budget per series; null for the default
	 */
	TabData data(UUID tabId, UUID userId, String window, Map<String, List<String>> filterValues, Integer points);

}
