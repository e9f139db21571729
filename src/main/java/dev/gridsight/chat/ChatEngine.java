package dev.gridsight.chat;

import java.util.UUID;

/**
 * Something that answers a turn: the built-in engine, later an LLM. An engine never runs
 * a command itself: it asks {@link ChatTurn#commands()}, which checks the user, the agent
 * and the chat policy whoever asks.
 */
public interface ChatEngine {

	/** The name agents and sessions choose the engine by: {@code builtin}. */
	String name();

	/**
	 * Whether this engine answers with {@code model} for the user in the workspace: the
	 * built-in engine answers {@code builtin}; the LLM engine each model configured there
	 * (Settings → Models) for which the user has a key or the workspace a fallback key.
	 */
	default boolean answers(UUID workspaceId, UUID userId, String model) {
		return name().equals(model);
	}

	/**
	 * Answers one turn on the calling thread, emitting what it says and does to
	 * {@code events}; it returns when the turn is over. It stops early when
	 * {@link ChatTurn#cancelled()} turns true (the stop button).
	 */
	void answer(ChatTurn turn, TurnEvents events);

}
