package dev.gridsight.dashboard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.identity.UserAccount;

/**
 * What other modules may ask of dashboards (sharing, the assistant). Every call takes the
 * acting user's id and checks the workspace role at that moment: a tab of a workspace the
 * user is not (or no longer) a member of is not found.
 */
public interface Tabs {

	/** A new tab at the end of the workspace's tabs: editors. */
	TabView create(UserAccount user, UUID workspaceId, String name);

	/** The workspace's tabs in their order (members). */
	List<TabRef> list(UserAccount user, UUID workspaceId);

	/**
	 * Places a chart of the tab's workspace on the tab, below what is there (members who
	 * edit); a draft chart of an answer joins the chart library.
	 */
	TabView pin(UserAccount user, UUID tabId, UUID chartId);

	/** Sets (or, with null, clears) the window the tab's charts inherit. */
	TabView setWindow(UserAccount user, UUID tabId, TimeWindow window);

	/**
	 * Sets the tab's filter on a column to these values (none: the filter selects
	 * everything), keeping its other filters.
	 */
	TabView setFilter(UserAccount user, UUID tabId, TabFilter filter);

	/** A tab by its id and name. */
	record TabRef(UUID id, String name) {
	}

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
