package dev.gridsight.cli;

import picocli.CommandLine.Option;

/** The options every command that talks to a server takes. */
final class ConnectionOptions {

	static final String URL_ENV = "GRIDSIGHT_URL";

	static final String TOKEN_ENV = "GRIDSIGHT_TOKEN";

	@Option(names = "--server", paramLabel = "URL",
			description = "The Gridsight server, like http://localhost:8080 (default: $" + URL_ENV + ").")
	String server;

	@Option(names = "--token", paramLabel = "TOKEN", description = "A personal API token (default: $" + TOKEN_ENV
			+ "). Prefer the variable: " + "options show in the process list.")
	String token;

	@Option(names = "--agent", paramLabel = "AGENT", description = "The agent to chat with, by name or id.")
	String agent;

	@Option(names = "--workspace", paramLabel = "ID",
			description = "The workspace to chat in (default: the agent's, or your own).")
	String workspace;

	ServerConnection connect(Terminal terminal) {
		return new ServerConnection(server != null ? server : terminal.env(URL_ENV),
				token != null ? token : terminal.env(TOKEN_ENV));
	}

}
