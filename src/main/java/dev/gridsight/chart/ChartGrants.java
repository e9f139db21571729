package dev.gridsight.chart;

import java.util.Optional;
import java.util.UUID;

/**
 * A port the chart module declares and another module (sharing) implements: may a user
 * who is not a member of a chart's workspace still read (or edit) that one chart, because
 * someone shared it with them? The chart module asks it only after the membership check
 * failed, and never depends on who answers.
 */
public interface ChartGrants {

	/**
	 * The person whose workspace rights the user borrows for this one chart: the sharer
	 * of a live share that grants {@code right}, checked at the time of the call (the
	 * sharer must still be allowed to share it); empty when there is none.
	 */
	Optional<UUID> grantor(UUID chartId, UUID userId, Right right);

	enum Right {

		READ, EDIT

	}

}
