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

}
