package dev.gridsight.chat.internal;

import java.util.List;

/** The commands, in the order the help and the slash menu list them. */
final class CommandNames {

	static final List<String> ALL = List.of("chart", "tab", "pin", "window", "filter", "share", "datasets", "describe",
			"sql", "forecast", "optimize", "agent", "help");

	private CommandNames() {
	}

}
