package dev.gridsight.chat;

import java.util.Map;

/**
 * A command to run, by name, with arguments as its JSON schema describes them (what an
 * LLM's tool call carries, and what a slash command is parsed into).
 */
public record CommandCall(String command, Map<String, Object> arguments) {

	public CommandCall {
		arguments = arguments == null ? Map.of() : arguments;
	}

}
