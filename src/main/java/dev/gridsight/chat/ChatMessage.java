package dev.gridsight.chat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A message of a session as the API shows it.
 *
 * @param role {@code user} or {@code assistant}
 * @param content Markdown for an assistant message; the user's text as written
 * @param charts the charts the message shows, each with its data at answer time
 * @param cards what else the message shows: tool calls, a question with choices, a
 * confirmation, alternatives, an error
 * @param intent the intent the engine acted on, for an assistant message
 */
public record ChatMessage(UUID id, UUID turnId, String role, String content, List<ChatChart> charts,
		List<TurnEvent> cards, String intent, OffsetDateTime createdAt) {

	public ChatMessage {
		charts = charts == null ? List.of() : List.copyOf(charts);
		cards = cards == null ? List.of() : List.copyOf(cards);
	}

}
