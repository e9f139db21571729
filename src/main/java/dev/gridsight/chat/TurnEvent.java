package dev.gridsight.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a turn streams, in order. Over the socket each event travels in a
 * {@link SequencedEvent} with its session-wide sequence number; the same events (but the
 * text deltas, folded into the message's content) are kept on the stored message as its
 * cards.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = TurnEvent.Started.class, name = "started"),
		@JsonSubTypes.Type(value = TurnEvent.TextDelta.class, name = "text"),
		@JsonSubTypes.Type(value = TurnEvent.ToolCall.class, name = "tool_call"),
		@JsonSubTypes.Type(value = TurnEvent.ChartShown.class, name = "chart"),
		@JsonSubTypes.Type(value = TurnEvent.Question.class, name = "question"),
		@JsonSubTypes.Type(value = TurnEvent.Confirmation.class, name = "confirmation"),
		@JsonSubTypes.Type(value = TurnEvent.Alternatives.class, name = "alternatives"),
		@JsonSubTypes.Type(value = TurnEvent.Error.class, name = "error"),
		@JsonSubTypes.Type(value = TurnEvent.Summary.class, name = "summary"),
		@JsonSubTypes.Type(value = TurnEvent.Done.class, name = "done") })
public sealed interface TurnEvent {

	/** A turn began: the user's message as stored. */
	record Started(ChatMessage message) implements TurnEvent {
	}

	/** The next piece of the answer's text (Markdown). */
	record TextDelta(String text) implements TurnEvent {
	}

	/**
	 * A command was run (or refused) on the user's behalf.
	 *
	 * @param status {@code ok}, {@code refused}, {@code failed} or {@code pending} (waits
	 * for a confirmation)
	 * @param summary one line of what it did or why not
	 */
	record ToolCall(String callId, String command, Map<String, Object> arguments, String status,
			String summary) implements TurnEvent {
	}

	/** A chart to draw in the answer. */
	record ChartShown(ChatChart chart) implements TurnEvent {
	}

	/**
	 * A clarifying question; the next message answers it (a choice's text, or free text).
	 */
	record Question(String text, List<String> choices) implements TurnEvent {
	}

	/**
	 * A command that waits for the user: {@code POST
	 * /api/chat/sessions/{id}/confirmations/{callId}} with {@code {approve}} runs or
	 * drops it.
	 */
	record Confirmation(String callId, String command, Map<String, Object> arguments,
			String prompt) implements TurnEvent {
	}

	/**
	 * Other readings of the question, each sendable as the next message with one click.
	 */
	record Alternatives(List<Alternative> options) implements TurnEvent {
	}

	/**
	 * One alternative: {@code message} to send as the next message, answered by
	 * {@code model} when it is set (the built-in engine after a model timed out).
	 */
	record Alternative(String label, String message, String model) {

		public Alternative(String label, String message) {
			this(label, message, null);
		}

	}

	/** Something went wrong; the turn may go on or end. */
	record Error(String message) implements TurnEvent {
	}

	/**
	 * Earlier messages of the session were replaced by a summary in what the model reads
	 * (context compression); the user can open it.
	 *
	 * @param text the summary (Markdown: goal, facts learned, charts made, open
	 * questions)
	 * @param messages how many earlier messages it covers
	 */
	record Summary(String text, int messages) implements TurnEvent {
	}

	/**
	 * The turn is over; {@code messageId} is the assistant message as stored.
	 *
	 * @param outcome {@code answered}, {@code question}, {@code fallback},
	 * {@code confirmation}, {@code error} or {@code stopped}
	 */
	record Done(String messageId, String outcome) implements TurnEvent {
	}

}
