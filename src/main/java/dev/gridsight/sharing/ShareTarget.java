package dev.gridsight.sharing;

import java.util.List;
import java.util.UUID;

import dev.gridsight.chart.ChartData;
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
	 */
	PublicView publicView(UUID targetId, UUID sharerId, String window);

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

	/** The body of {@code GET /api/public/{token}}. */
	record PublicView(String title, List<PublicChart> charts) {
	}

	record PublicChart(String title, Visual visual, ChartData data) {
	}

}
