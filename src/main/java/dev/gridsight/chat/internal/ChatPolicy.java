package dev.gridsight.chat.internal;

import java.util.Set;
import java.util.UUID;

/**
 * A workspace's chat policy: what the assistant may do there at most.
 *
 * @param allowedAgents the agents sessions may use; empty: every agent of the workspace
 * @param allowedCommands the commands that may run; empty: every command
 * @param mayChangeDashboards whether commands may change tabs (create, pin, window,
 * filter)
 * @param mayChangeShares whether commands may share charts and tabs
 * @param changesNeedConfirmation whether a change the assistant decides on waits for the
 * user's confirmation
 */
record ChatPolicy(Set<UUID> allowedAgents, Set<String> allowedCommands, boolean mayChangeDashboards,
		boolean mayChangeShares, boolean changesNeedConfirmation) {

	/** Until an owner sets one: everything allowed, changes confirmed first. */
	static final ChatPolicy DEFAULT = new ChatPolicy(Set.of(), Set.of(), true, true, true);

	ChatPolicy {
		allowedAgents = allowedAgents == null ? Set.of() : Set.copyOf(allowedAgents);
		allowedCommands = allowedCommands == null ? Set.of() : Set.copyOf(allowedCommands);
	}

	boolean allowsAgent(UUID agentId) {
		return allowedAgents.isEmpty() || allowedAgents.contains(agentId);
	}

	boolean allowsCommand(String command) {
		return allowedCommands.isEmpty() || allowedCommands.contains(command);
	}

}
