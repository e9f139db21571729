package dev.gridsight.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code ask "question"}: one turn, answered in full, printed for a script. */
@Command(name = "ask", sortOptions = false, usageHelpAutoWidth = true,
		description = { "Ask one question in a new chat session and print the answer.",
				"Exit codes: 0 answered, 1 the answer was an error (or had no chart for --format csv), "
						+ "2 usage error, 3 cannot reach the server or the token was refused." })
final class AskCommand implements Callable<Integer> {

	enum Format {

		text, csv, json

	}

	private final Terminal terminal;

	@Parameters(paramLabel = "QUESTION", arity = "1..*",
			description = "The question, or a slash command like \"/datasets\" (words are joined by spaces).")
	List<String> words;

	@Mixin
	ConnectionOptions connection = new ConnectionOptions();

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (the answer, charts as tables), csv (the first chart's data) or json "
					+ "(the whole answer message). Default: ${DEFAULT-VALUE}.")
	Format format;

	AskCommand(Terminal terminal) {
		this.terminal = terminal;
	}

	@Override
	public Integer call() {
		String question = String.join(" ", words).strip();
		if (question.isEmpty()) {
			throw new CliFailure(CliFailure.USAGE, "The question is empty.");
		}
		ServerConnection server = connection.connect(terminal);
		JsonNode session = new Sessions(server).create(connection.agent, connection.workspace, question);
		JsonNode turn = server.post("/api/chat/sessions/" + ServerConnection.text(session, "id") + "/messages",
				Map.of("content", question));
		JsonNode answer = null;
		for (JsonNode message : turn.path("messages")) {
			if ("assistant".equals(ServerConnection.text(message, "role"))) {
				answer = message;
			}
		}
		if (answer == null) {
			throw new CliFailure(CliFailure.ANSWER_ERROR, "The server sent no answer.");
		}
		String error = error(answer);
		switch (format) {
			case json -> terminal.out()
				.println(ServerConnection.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
			case csv -> {
				JsonNode chart = answer.path("charts").path(0);
				if (chart.isMissingNode()) {
					throw new CliFailure(CliFailure.ANSWER_ERROR, "The answer has no chart: "
							+ (error != null ? error : firstLine(ServerConnection.text(answer, "content"))));
				}
				terminal.out().print(ChartText.csv(chart));
			}
			default -> new AnswerPrinter(terminal.out(), terminal.err()).message(answer, false);
		}
		terminal.out().flush();
		if (error != null) {
			if (format != Format.text) {
				terminal.err().println("error: " + error);
			}
			return CliFailure.ANSWER_ERROR;
		}
		return 0;
	}

	/** The answer's first error line, or null. */
	static String error(JsonNode answer) {
		for (JsonNode card : answer.path("cards")) {
			if ("error".equals(ServerConnection.text(card, "type"))) {
				return ServerConnection.oneLine(ServerConnection.text(card, "message"));
			}
		}
		return null;
	}

	private static String firstLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return line.isEmpty() ? "it is empty." : line;
	}

}
