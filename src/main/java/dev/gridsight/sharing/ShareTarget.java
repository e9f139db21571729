package dev.gridsight.sharing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.Visual;

/**
 * One kind of thing that can be shared ({@code target.type} in {@code POST /api/shares}).
 * The sharing module implements it for charts; the dashboard adds one bean for tabs, and
 * nothing else in sharing changes. Both reads go through the target module's own
 * membership checks: a share never lends its rights to another share.
 */
public interface ShareTarget {

	/** The wire name: {@code chart} or {@code tab}. */
	String type();

	/**
	 * The target, if the user may read it as a member of its workspace; throws
	 * {@link dev.gridsight.platform.NotFound} otherwise.
	 */
	Target readable(UUID targetId, UUID userId);

	/**
	 * What a public link shows, read with the sharer's rights at the time of the call
	 * (throws {@link dev.gridsight.platform.NotFound} when the sharer may no longer read
	 * it).
	 * @param window the viewer's window, or null for the target's own
	 * @param filters the viewer's filter values by column (a tab's), replacing the
	 * target's; empty for its own
	 */
	PublicView publicView(UUID targetId, UUID sharerId, String window, Map<String, List<String>> filters);

	/**
	 * Whether the target can be shared with people (the target module then honours
	 * {@link ShareGrants} on its reads); otherwise only as a public link.
	 */
	default boolean sharesWithPeople() {
		return true;
	}

	/** What sharing needs to know of a target: whose it is, and what to call it. */
	record Target(UUID workspaceId, String title) {
	}

	/**
	 * The body of {@code GET /api/public/{token}}.
	 *
	 * @param kind {@code chart} or {@code tab}
	 * @param viewerMayChangeWindow whether the viewer may send {@code window} and
	 * {@code filter.<column>} (the sharer's choice)
	 * @param window the target's own window (a tab's default or the chart's); null for
	 * none
	 * @param filters a tab's filters with the values in force
	 */
	record PublicView(String title, String kind, boolean viewerMayChangeWindow, TimeWindow window,
			List<PublicFilter> filters, List<PublicChart> charts) {

		public PublicView withViewerMayChangeWindow(boolean allowed) {
			return new PublicView(title, kind, allowed, window, filters, charts);
		}

	}

	/** A filter of a public tab and the values in force (none: every row). */
	record PublicFilter(String column, List<String> values) {
	}

	/**
	 * One chart of a public view.
	 *
	 * @param layout its place on a tab's grid (12 columns); null for a chart alone
	 * @param data null when the chart could not be read (its error is not shown publicly)
	 */
	record PublicChart(String title, Visual visual, Placement layout, ChartData data) {
	}

	/** A grid place: column, row, width and height in grid units. */
	record Placement(int x, int y, int w, int h) {
	}

}
