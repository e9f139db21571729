package dev.gridsight.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code chat}: an interactive chat on the terminal. Each line is a streamed turn; the
 * answer prints as it comes. Slash commands go to the server, but the local ones.
 */
@Command(name = "chat", sortOptions = false, usageHelpAutoWidth = true,
		description = { "Chat with the assistant on the terminal: answers stream as they come, charts print as tables.",
				"Type /help for the commands; /quit (or end of input) leaves; Ctrl-C stops an answer." })
final class ChatCommand implements Callable<Integer> {

	static final List<String[]> LOCAL_COMMANDS = List.of(new String[] { "/help", "this list" },
			new String[] { "/new", "start a new session (same agent and workspace)" },
			new String[] { "/sessions", "your recent sessions" },
			new String[] { "/resume ID", "continue another session" }, new String[] { "/quit", "leave (also /exit)" });

	/** How often a stream that ended before its turn's end is opened again. */
	private static final int RECONNECTS = 3;

	private final Terminal terminal;

	private final Interrupts interrupts;

	@Mixin
	ConnectionOptions connection = new ConnectionOptions();

	@Option(names = "--session", paramLabel = "ID", description = "Resume this session instead of starting one.")
	String session;

	private ServerConnection server;

	private Sessions sessions;

	private String sessionId;

	/** The session whose turn is streaming now, for Ctrl-C; null between turns. */
	private final AtomicReference<String> answering = new AtomicReference<>();

	ChatCommand(Terminal terminal, Interrupts interrupts) {
		this.terminal = terminal;
		this.interrupts = interrupts;
	}

	@Override
	public Integer call() throws IOException {
		server = connection.connect(terminal);
		sessions = new Sessions(server);
		open(session != null ? sessions.get(Sessions.id(session, "--session"))
				: sessions.create(connection.agent, connection.workspace, null));
		interrupts.onInterrupt(this::interrupted);
		AnswerPrinter printer = new AnswerPrinter(terminal.out(), terminal.out());
		while (true) {
			String line = prompt("> ");
			if (line == null) {
				terminal.out().println();
				return 0;
			}
			line = line.strip();
			if (line.isEmpty()) {
				continue;
			}
			List<String> choices = printer.choices();
			if (line.matches("\\d{1,3}") && !choices.isEmpty()) {
				int number = Integer.parseInt(line);
				if (number >= 1 && number <= choices.size()) {
					line = choices.get(number - 1);
					terminal.out().println("» " + line);
				}
			}
			try {
				if (!local(line)) {
					turn(line, printer);
				}
			}
			catch (CliFailure failure) {
				if (failure.exitCode() == CliFailure.UNREACHABLE) {
					throw failure;
				}
				terminal.out().println("error: " + failure.getMessage());
			}
			if (quit) {
				return 0;
			}
		}
	}

	private boolean quit;

	/** Runs a local command; false when the line is for the server. */
	private boolean local(String line) {
		String[] parts = line.split("\\s+", 2);
		switch (parts[0].toLowerCase(Locale.ROOT)) {
			case "/quit", "/exit" -> quit = true;
			case "/new" -> open(sessions.create(connection.agent, connection.workspace, null));
			case "/sessions" -> {
				List<JsonNode> recent = sessions.recent(20);
				if (recent.isEmpty()) {
					terminal.out().println("No sessions yet.");
				}
				for (JsonNode item : recent) {
					String id = ServerConnection.text(item, "id");
					terminal.out()
						.println((id.equals(sessionId) ? "* " : "  ") + id + "  "
								+ ServerConnection.text(item, "updatedAt").replaceAll("\\.\\d+", "") + "  "
								+ ServerConnection.oneLine(ServerConnection.text(item, "title")));
				}
			}
			case "/resume" -> {
				if (parts.length < 2) {
					terminal.out().println("Usage: /resume ID (see /sessions)");
				}
				else {
					open(sessions.get(Sessions.id(parts[1], "/resume")));
				}
			}
			case "/help" -> {
				if (parts.length > 1) {
					// /help <command>: the server's usage of that command
					return false;
				}
				help();
			}
			default -> {
				return false;
			}
		}
		return true;
	}

	private void open(JsonNode opened) {
		sessionId = ServerConnection.text(opened, "id");
		terminal.out()
			.println("Chat \"" + ServerConnection.oneLine(ServerConnection.text(opened, "title")) + "\" (session "
					+ sessionId + ") on " + server.server() + ". /help lists the commands, /quit leaves.");
	}

	private void help() {
		terminal.out().println("Local commands:");
		for (String[] command : LOCAL_COMMANDS) {
			terminal.out().println(String.format("  %-12s %s", command[0], command[1]));
		}
		terminal.out().println("Server commands (/help NAME shows one's usage):");
		for (JsonNode command : server.get("/api/chat/commands?sessionId=" + sessionId)) {
			terminal.out()
				.println(String.format("  %-12s %s", "/" + ServerConnection.text(command, "name"),
						ServerConnection.oneLine(ServerConnection.text(command, "description"))));
		}
		terminal.out().println("Anything else is a question for the assistant. A number picks an offered choice.");
	}

	/**
	 * Sends one message as a streamed turn and prints its events until it is done; then
	 * asks for the confirmations it waits for.
	 */
	private void turn(String content, AnswerPrinter printer) throws IOException {
		printer.reset();
		stopAsked = false;
		answering.set(sessionId);
		try {
			long after = sessions.get(sessionId).path("lastSeq").asLong();
			JsonNode started = server.post("/api/chat/sessions/" + sessionId + "/messages?stream=true",
					Map.of("content", content));
			String turnId = ServerConnection.text(started, "turnId");
			if (stopAsked) {
				// Ctrl-C came while the turn was being started
				stop(sessionId);
			}
			AtomicLong seen = new AtomicLong(after);
			boolean done = false;
			for (int attempt = 0; attempt <= RECONNECTS && !done; attempt++) {
				done = server.events(sessionId, seen.get(), turnId, sequenced -> {
					seen.set(Math.max(seen.get(), sequenced.path("seq").asLong()));
					if (!turnId.equals(ServerConnection.text(sequenced, "turnId"))) {
						return true;
					}
					return printer.event(sequenced.path("event"));
				});
			}
			if (!done) {
				terminal.out().println("error: the answer's stream ended early; /sessions and the web app show it.");
			}
		}
		finally {
			answering.set(null);
		}
		for (Map.Entry<String, String> confirmation : printer.confirmations()) {
			String reply = prompt(confirmation.getValue() + " [y/n] ");
			boolean approve = reply != null && reply.strip().toLowerCase(Locale.ROOT).matches("y|yes");
			JsonNode answered = server.post(
					"/api/chat/sessions/" + sessionId + "/confirmations/" + confirmation.getKey(),
					Map.of("approve", approve));
			for (JsonNode message : answered.path("messages")) {
				printer.message(message, true);
			}
		}
	}

	private volatile boolean stopAsked;

	/** Ctrl-C: stops the answer that is streaming; between answers it leaves. */
	private boolean interrupted() {
		String running = answering.get();
		if (running == null) {
			return false;
		}
		stopAsked = true;
		terminal.out().println();
		terminal.out().println("(stopping…)");
		stop(running);
		return true;
	}

	private void stop(String session) {
		try {
			server.post("/api/chat/sessions/" + session + "/stop", null);
		}
		catch (CliFailure failure) {
			terminal.out().println("error: " + failure.getMessage());
		}
	}

	private String prompt(String text) throws IOException {
		terminal.out().print(text);
		terminal.out().flush();
		return terminal.in().readLine();
	}

}
