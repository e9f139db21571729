package dev.gridsight.chat;

import java.util.List;
import java.util.Map;

/** What running a command came to. */
public sealed interface CommandOutcome {

	/**
	 * It ran.
	 *
	 * @param summary one line of Markdown saying what it did
	 * @param charts charts it made or showed
	 * @param data what it returns to an engine (an LLM reads it as the tool's result)
	 */
	record Done(String summary, List<ChatChart> charts, Map<String, Object> data) implements CommandOutcome {

		public Done {
			charts = charts == null ? List.of() : List.copyOf(charts);
			data = data == null ? Map.of() : data;
		}

	}

	/** It waits for the user to confirm (a confirmation card was shown). */
	record NeedsConfirmation(String callId, String prompt) implements CommandOutcome {
	}

	/**
	 * The user, the agent or the chat policy does not allow it; {@code reason} says
	 * which.
	 */
	record Refused(String reason) implements CommandOutcome {
	}

	/** Its arguments were wrong or it failed; {@code message} says what to change. */
	record Failed(String message) implements CommandOutcome {
	}

}
