package dev.gridsight.chat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gridsight.identity.UserAccount;

/**
 * The chat's commands for clients outside the chat (the MCP server). Every call goes the
 * way a chat turn goes, with the same checks: the user's role in the workspace, the
 * workspace's chat policy, the agent when the client names one. Each call is a turn of a
 * session dedicated to the client (one per user, workspace and agent, titled
 * {@value #SESSION_TITLE}), so it is audited and shown in the user's chat history.
 */
public interface CommandGateway {

	/** The title of the session that records a client's calls. */
	String SESSION_TITLE = "MCP";

	/** Every command, whoever asks: what a client may know of. */
	List<CommandSpec> commands();

	/**
	 * The commands the user may run in the workspace through this gateway.
	 * @param workspaceId the workspace; null: the user's personal workspace
	 * @param agentId the agent whose allowed commands, datasets and confirmation policy
	 * apply; null: no agent narrows the workspace's policy
	 * @throws dev.gridsight.platform.NotFound when the user is not a member of the
	 * workspace, or the agent is not theirs to use
	 */
	List<CommandSpec> allowed(UserAccount user, UUID workspaceId, UUID agentId);

	/**
	 * Runs one command as a turn of the client's session. A change that the policy, the
	 * session or the agent wants confirmed is not run: it waits in that session for the
	 * user's confirmation ({@link CommandOutcome.NeedsConfirmation}).
	 * @throws dev.gridsight.platform.ProblemException when the user is not a member of
	 * the workspace, the agent is not usable, or the session is busy
	 */
	GatewayResult run(UserAccount user, UUID workspaceId, UUID agentId, String command, Map<String, Object> arguments);

	/**
	 * What a call came to.
	 *
	 * @param sessionId the session that records it (for a link to the chat)
	 * @param turnId its turn in that session
	 */
	record GatewayResult(UUID sessionId, UUID turnId, CommandOutcome outcome) {
	}

}
