package dev.gridsight.chat;

import java.util.List;
import java.util.UUID;

/** The agents of a workspace, as the chat reads them. */
public interface Agents {

	/**
	 * The agent's current version, if the user is a member of its workspace;
	 * {@code NotFound} otherwise.
	 */
	AgentProfile usable(UUID agentId, UUID userId);

	/** The agents of the workspace, by name, if the user is a member. */
	List<AgentProfile> usableIn(UUID workspaceId, UUID userId);

	/** The workspace's default agent ("Analyst"), seeded when the workspace has none. */
	AgentProfile defaultAgent(UUID workspaceId, UUID userId);

}
