package dev.gridsight.assistant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in engine's score on the public evaluation questions: the three CSV files
 * uploaded through the API under their base names, every question asked in a new chat
 * session, the first chart's data of the answer compared with {@code expected_any} as
 * {@code ../shared/eval/README.md} describes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantEvalIT {

	private static final Path EVAL = Path.of("..", "shared", "eval");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	ApiClient client;

	@BeforeAll
	void uploadTheEvaluationData() throws IOException {
		client = new Accounts(port).member().client();
		for (String name : List.of("home_energy", "restaurant_orders", "restaurant_order_items")) {
			ApiClient.Response created = client.upload("/api/datasets", name + ".csv",
					Files.readAllBytes(EVAL.resolve("data").resolve(name + ".csv")), Map.of("name", name));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
		}
	}

	@Test
	void answersEveryPublicQuestionWithTheExpectedData() throws IOException {
		List<String> missed = new ArrayList<>();
		List<String> questions = Files.readAllLines(EVAL.resolve("questions-dev.jsonl"))
			.stream()
			.filter(line -> !line.isBlank())
			.toList();
		int right = 0;
		for (String line : questions) {
			JsonNode question = JSON.readTree(line);
			String id = question.path("id").asString();
			String asked = question.path("question").asString();
			JsonNode answer = ask(asked);
			JsonNode chart = answer.path("charts").path(0);
			boolean ok = !chart.isMissingNode() && matchesAny(question, chart.path("data"));
			System.out.printf("%s %s | %s | %s%n", ok ? "PASS" : "MISS", id, asked,
					chart.isMissingNode() ? answer.path("content").asString() : chart.path("explanation").asString());
			if (ok) {
				right++;
			}
			else {
				missed.add(id + " (" + asked + "): " + answer.path("content").asString() + " " + chart.path("query")
						+ " -> " + chart.path("data").path("rows"));
			}
		}
		System.out.printf("Built-in engine on questions-dev: %d/%d%n", right, questions.size());
		assertThat(missed).as("questions answered wrongly").isEmpty();
		assertThat(right).isEqualTo(questions.size());
	}

	private JsonNode ask(String question) {
		ApiClient.Response session = client.post("/api/chat/sessions", Map.of());
		assertThat(session.status()).as(session.body()).isEqualTo(201);
		ApiClient.Response turn = client.post(
				"/api/chat/sessions/" + session.json().path("id").asString() + "/messages",
				Map.of("content", question));
		assertThat(turn.status()).as(turn.body()).isEqualTo(200);
		return turn.json().path("messages").path(1);
	}

	private static boolean matchesAny(JsonNode question, JsonNode data) {
		List<List<Object>> actual = rows(data.path("rows"));
		int actualColumns = data.path("columns").size();
		for (JsonNode expected : question.path("expected_any")) {
			if (ResultMatch.matches(rows(expected.path("rows")), expected.path("columns").size(), actual, actualColumns,
					question.path("match").asString())) {
				return true;
			}
		}
		return false;
	}

	private static List<List<Object>> rows(JsonNode rows) {
		List<List<Object>> all = new ArrayList<>();
		for (JsonNode row : rows) {
			List<Object> cells = new ArrayList<>();
			for (JsonNode cell : row) {
				cells.add(cell.isNull() ? null : cell.isNumber() ? (Object) cell.asDouble() : cell.asString());
			}
			all.add(cells);
		}
		return all;
	}

}
