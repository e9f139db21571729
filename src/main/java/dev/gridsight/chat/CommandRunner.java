package dev.gridsight.chat;

import java.util.List;

/**
 * Runs commands for one turn, checking on every call, whoever calls: the user's role in
 * the workspace, the agent's allowed commands and datasets, the workspace's chat policy
 * and the session's narrowing of it. Every call is shown in the chat as a tool card.
 */
public interface CommandRunner {

	/** The commands this turn may run, for the slash menu and an LLM's tool list. */
	List<CommandSpec> allowed();

	CommandOutcome run(CommandCall call);

	/**
	 * Runs {@code call}; with {@code forceConfirmation} a command that changes something
	 * waits for the user's confirmation whatever the policy says (an engine asks this
	 * when its prompt holds text from files, which may try to give orders). A runner that
	 * cannot ask for confirmations refuses such a command.
	 */
	default CommandOutcome run(CommandCall call, boolean forceConfirmation) {
		if (forceConfirmation
				&& allowed().stream().anyMatch(spec -> spec.name().equals(call.command()) && spec.changes())) {
			return new CommandOutcome.Refused("/" + call.command() + " needs the user's confirmation here.");
		}
		return run(call);
	}

}
