package dev.gridsight.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Prints an answer on the terminal, from its streamed events or from a whole message:
 * text as it comes, a command as one line, a chart as a table, a question with numbered
 * choices, an error as one line.
 */
final class AnswerPrinter {

	private static final int MAX_ARGUMENTS = 60;

	private final PrintStream out;

	/** Where error lines go: the terminal in a chat, stderr for a script. */
	private final PrintStream errors;

	/** Whether the last thing printed left the cursor mid-line. */
	private boolean midLine;

	/** What a bare number typed next stands for: the choices just offered, in order. */
	private final List<String> choices = new ArrayList<>();

	/** Confirmations the turn waits for: callId and the question to ask. */
	private final List<Map.Entry<String, String>> confirmations = new ArrayList<>();

	private boolean failed;

	AnswerPrinter(PrintStream out, PrintStream errors) {
		this.out = out;
		this.errors = errors;
	}

	/** A new turn: forgets the last one's choices and confirmations. */
	void reset() {
		choices.clear();
		confirmations.clear();
		failed = false;
		midLine = false;
	}

	List<String> choices() {
		return List.copyOf(choices);
	}

	List<Map.Entry<String, String>> confirmations() {
		return List.copyOf(confirmations);
	}

	boolean failed() {
		return failed;
	}

	/**
	 * One streamed event ({@code SequencedEvent.event}).
	 * @return false once the turn is over ({@code done})
	 */
	boolean event(JsonNode event) {
		String type = ServerConnection.text(event, "type");
		switch (type) {
			case "text" -> {
				String text = ServerConnection.text(event, "text");
				out.print(text);
				out.flush();
				if (!text.isEmpty()) {
					midLine = !text.endsWith("\n");
				}
			}
			case "tool_call" -> line(toolLine(event));
			case "chart" -> {
				endLine();
				out.print(ChartText.table(event.path("chart"), ChartText.TABLE_ROWS));
			}
			case "question" -> question(event);
			case "alternatives" -> alternatives(event);
			case "confirmation" -> confirmation(event);
			case "error" -> {
				failed = true;
				endLine();
				out.flush();
				errors.println("error: " + ServerConnection.oneLine(ServerConnection.text(event, "message")));
				errors.flush();
			}
			case "done" -> {
				endLine();
				String outcome = ServerConnection.text(event, "outcome");
				if (outcome.equals("stopped")) {
					line("(stopped)");
				}
				else if (outcome.equals("error")) {
					failed = true;
				}
				out.flush();
				return false;
			}
			default -> {
				// started, and event types this client does not know yet
			}
		}
		return true;
	}

	/**
	 * A whole assistant message: its text, then its cards (the command lines only when
	 * {@code withCommands}), then its charts.
	 */
	void message(JsonNode message, boolean withCommands) {
		String content = ServerConnection.text(message, "content");
		if (!content.isBlank()) {
			out.print(content);
			midLine = !content.endsWith("\n");
		}
		endLine();
		for (JsonNode card : message.path("cards")) {
			if (withCommands || !"tool_call".equals(ServerConnection.text(card, "type"))) {
				event(card);
			}
		}
		for (JsonNode chart : message.path("charts")) {
			out.print(ChartText.table(chart, ChartText.TABLE_ROWS));
		}
		out.flush();
	}

	/** {@code → /chart dataset=meters … ok: Drew the average of kw by site}. */
	static String toolLine(JsonNode call) {
		StringBuilder line = new StringBuilder("→ /").append(ServerConnection.text(call, "command"));
		String arguments = arguments(call.path("arguments"));
		if (!arguments.isEmpty()) {
			line.append(' ').append(arguments);
		}
		line.append(' ').append(ServerConnection.text(call, "status"));
		String summary = ServerConnection.oneLine(ServerConnection.text(call, "summary"));
		if (!summary.isEmpty()) {
			line.append(": ").append(summary);
		}
		return line.toString();
	}

	private static String arguments(JsonNode arguments) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, JsonNode> argument : arguments.properties()) {
			JsonNode value = argument.getValue();
			if (value == null || value.isNull()) {
				continue;
			}
			String shown = value.isString() ? value.asString() : ServerConnection.JSON.writeValueAsString(value);
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(argument.getKey()).append('=').append(ServerConnection.oneLine(shown));
		}
		return text.length() > MAX_ARGUMENTS ? text.substring(0, MAX_ARGUMENTS - 1) + "…" : text.toString();
	}

	private void question(JsonNode event) {
		line("? " + ServerConnection.oneLine(ServerConnection.text(event, "text")));
		choices.clear();
		for (JsonNode choice : event.path("choices")) {
			choices.add(choice.asString());
			line("  " + choices.size() + ". " + ServerConnection.oneLine(choice.asString()));
		}
		if (!choices.isEmpty()) {
			line("  (type a number or your own answer)");
		}
	}

	private void alternatives(JsonNode event) {
		line("Did you mean:");
		for (JsonNode option : event.path("options")) {
			choices.add(ServerConnection.text(option, "message"));
			line("  " + choices.size() + ". " + ServerConnection.oneLine(ServerConnection.text(option, "label")));
		}
	}

	private void confirmation(JsonNode event) {
		confirmations.add(Map.entry(ServerConnection.text(event, "callId"),
				"Confirm /" + ServerConnection.text(event, "command") + "?"));
	}

	private void line(String text) {
		endLine();
		out.println(text);
	}

	private void endLine() {
		if (midLine) {
			out.println();
			midLine = false;
		}
	}

}
