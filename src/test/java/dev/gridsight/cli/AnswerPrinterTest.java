package dev.gridsight.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerPrinterTest {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

	private final AnswerPrinter printer = new AnswerPrinter(out, out);

	private boolean event(String json) {
		return printer.event(ServerConnection.JSON.readTree(json));
	}

	private String printed() {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void textStreamsInPiecesThenACommandIsOneLineAndAChartATable() {
		assertThat(event("{\"type\": \"started\", \"message\": {}}")).isTrue();
		event("{\"type\": \"text\", \"text\": \"Here is \"}");
		event("{\"type\": \"text\", \"text\": \"the chart.\"}");
		event("""
				{"type": "tool_call", "callId": "c1", "command": "chart", "status": "ok",
				 "arguments": {"dataset": "meters", "measure": "kw:avg"}, "summary": "Drew avg kw\\nby site"}""");
		event("""
				{"type": "chart", "chart": {"title": "kw", "data": {"columns": [{"name": "site"}], "rows": [["N"]]}}}""");
		assertThat(event("{\"type\": \"done\", \"messageId\": \"m\", \"outcome\": \"answered\"}")).isFalse();
		assertThat(printed()).isEqualTo("Here is the chart.\n"
				+ "→ /chart dataset=meters measure=kw:avg ok: Drew avg kw by site\n" + "▌ kw\nsite\n----\nN\n");
		assertThat(printer.failed()).isFalse();
	}

	@Test
	void aQuestionListsNumberedChoicesThatTheNextLineCanPick() {
		event("{\"type\": \"question\", \"text\": \"Which dataset?\", \"choices\": [\"meters\", \"sales\"]}");
		assertThat(printed()).contains("? Which dataset?\n  1. meters\n  2. sales\n");
		assertThat(printer.choices()).containsExactly("meters", "sales");
		printer.reset();
		assertThat(printer.choices()).isEmpty();
	}

	@Test
	void errorsAreOneLineAndConfirmationsWaitForAnAnswer() {
		event("{\"type\": \"error\", \"message\": \"There is no dataset\\n'x'.\"}");
		event("""
				{"type": "confirmation", "callId": "call-7", "command": "share", "arguments": {}, "prompt": "Share tab Energy publicly?"}""");
		event("{\"type\": \"done\", \"outcome\": \"confirmation\"}");
		assertThat(printed()).isEqualTo("error: There is no dataset 'x'.\n");
		assertThat(printer.failed()).isTrue();
		assertThat(printer.confirmations()).hasSize(1);
		assertThat(printer.confirmations().get(0).getKey()).isEqualTo("call-7");
		assertThat(printer.confirmations().get(0).getValue()).isEqualTo("Confirm /share?");
	}

	@Test
	void longArgumentsAreCut() {
		String line = AnswerPrinter.toolLine(ServerConnection.JSON
			.readTree("{\"command\": \"sql\", \"status\": \"failed\", \"arguments\": {\"query\": \""
					+ "select 1 ".repeat(20) + "\"}}"));
		assertThat(line).startsWith("→ /sql query=select 1").contains("… failed").doesNotContain("summary");
	}

}
