package dev.gridsight.chat.internal.analytics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which turns of {@code chat_turns} a query reads, composed from values: each present
 * filter adds one condition with a bind parameter, and the list and its count share it.
 *
 * @param userId only this user's turns; null for the whole workspace (its owner)
 * @param intent null for any
 * @param outcome null for any
 * @param withCommandErrors only turns where a command failed
 */
record TurnFilter(UUID workspaceId, UUID userId, Instant from, Instant to, String intent, String outcome,
		boolean withCommandErrors) {

	/** The intent of turns that had none (a slash command, a stopped turn). */
	static final String NO_INTENT = "none";

	TurnFilter {
		if (workspaceId == null || from == null || to == null) {
			throw new IllegalArgumentException("a turn filter needs a workspace and a window");
		}
	}

	/** The {@code where} clause, with a {@code ?} for each of {@link #parameters()}. */
	String where() {
		List<String> conditions = new ArrayList<>(List.of("workspace_id = ?", "created_at >= ?", "created_at < ?"));
		if (userId != null) {
			conditions.add("user_id = ?");
		}
		if (NO_INTENT.equals(intent)) {
			conditions.add("intent is null");
		}
		else if (intent != null) {
			conditions.add("intent = ?");
		}
		if (outcome != null) {
			conditions.add("outcome = ?");
		}
		if (withCommandErrors) {
			conditions.add("command_errors > 0");
		}
		return " where " + String.join(" and ", conditions);
	}

	List<Object> parameters() {
		List<Object> parameters = new ArrayList<>(List.of(workspaceId, OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
				OffsetDateTime.ofInstant(to, ZoneOffset.UTC)));
		if (userId != null) {
			parameters.add(userId);
		}
		if (intent != null && !NO_INTENT.equals(intent)) {
			parameters.add(intent);
		}
		if (outcome != null) {
			parameters.add(outcome);
		}
		return parameters;
	}

}
