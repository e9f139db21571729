package dev.gridsight.chat;

/**
 * Something that answers a turn: the built-in engine, later an LLM. An engine never runs
 * a command itself: it asks {@link ChatTurn#commands()}, which checks the user, the agent
 * and the chat policy whoever asks.
 */
public interface ChatEngine {

	/** The name agents and sessions choose the engine by: {@code builtin}. */
	String name();

	/**
	 * Answers one turn on the calling thread, emitting what it says and does to
	 * {@code events}; it returns when the turn is over. It stops early when
	 * {@link ChatTurn#cancelled()} turns true (the stop button).
	 */
	void answer(ChatTurn turn, TurnEvents events);

}
