package dev.gridsight.chat;

import java.util.List;

/** Where an engine says what it does, as it does it. */
public interface TurnEvents {

	/** The next piece of the answer's text (Markdown; no HTML is ever rendered). */
	void text(String delta);

	void chart(ChatChart chart);

	/** Asks one clarifying question; the turn ends waiting for the answer. */
	void question(String text, List<String> choices);

	void alternatives(List<TurnEvent.Alternative> options);

	void error(String message);

	/**
	 * What to hand back to the engine with the next turn ({@link ChatTurn#state()}): kept
	 * with the session, replaced on every call.
	 */
	void remember(String state);

	/**
	 * Says that the engine replaced {@code messages} earlier messages by {@code text} in
	 * what its model reads (shown to the user as a collapsed summary).
	 */
	default void summary(String text, int messages) {
	}

	/** The intent the engine acted on, with its score, for analytics. */
	void intent(String name, double score);

}
