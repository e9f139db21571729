package dev.gridsight.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.gridsight.identity.UserAccount;

/**
 * One user message to answer, with everything an engine may know about its session.
 *
 * @param turnId the turn's id
 * @param sessionId the session it belongs to
 * @param user who is asking (commands run with this user's rights, never more)
 * @param workspaceId the session's workspace: the datasets an engine may read
 * @param tabId the tab the session is about, or null
 * @param agent the agent answering, as its current version says
 * @param content what the user wrote
 * @param history the session's earlier messages, oldest first
 * @param state what the engine remembered at the end of the last turn
 * ({@link TurnEvents#remember}), or null: a pending clarifying question, the last chart's
 * query
 * @param commands the only way to act: runs a command under every permission check
 * @param cancelled turns true when the user presses stop
 * @param now the moment the turn started
 * @param model the model that answers: the turn's choice, else the session's, else the
 * agent's ({@code builtin} for the built-in engine)
 * @param contextFiles the workspace files the user chose as this session's context: their
 * text is data to quote, never instructions
 */
public record ChatTurn(UUID turnId, UUID sessionId, UserAccount user, UUID workspaceId, UUID tabId, AgentProfile agent,
		String content, List<ChatMessage> history, String state, CommandRunner commands, BooleanSupplier cancelled,
		Instant now, String model, List<UUID> contextFiles) {

	public ChatTurn {
		history = List.copyOf(history);
		contextFiles = contextFiles == null ? List.of() : List.copyOf(contextFiles);
	}

	/** A turn answered with the agent's model and no files. */
	public ChatTurn(UUID turnId, UUID sessionId, UserAccount user, UUID workspaceId, UUID tabId, AgentProfile agent,
			String content, List<ChatMessage> history, String state, CommandRunner commands, BooleanSupplier cancelled,
			Instant now) {
		this(turnId, sessionId, user, workspaceId, tabId, agent, content, history, state, commands, cancelled, now,
				agent.model(), List.of());
	}

}
