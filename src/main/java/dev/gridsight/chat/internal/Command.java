package dev.gridsight.chat.internal;

import java.util.Map;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;

/**
 * One command. It checks its own arguments and the rights of {@link CommandContext#user}
 * in the modules it calls (which check them again); the chat policy, the agent and the
 * session are checked before it runs ({@link TurnCommands}).
 */
interface Command {

	CommandSpec spec();

	/**
	 * The arguments of a slash command from the text after its name: a JSON object, or
	 * {@code key=value} words, the rest going to the command's main argument.
	 */
	default Map<String, Object> parse(String text) {
		return SlashArguments.parse(text, mainArgument());
	}

	/** The argument free words of a slash command go to; null: none. */
	default String mainArgument() {
		return null;
	}

	/**
	 * @throws dev.gridsight.platform.ProblemException with a message for the user when
	 * the arguments are wrong or the action is not allowed
	 */
	CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments);

}
