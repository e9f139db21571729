package dev.gridsight.catalog;

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
 * Read-only SQL over uploaded datasets, checked against the public question set: every
 * question whose reference SQL is portable (no SQLite string functions on timestamps)
 * must give one of its expected result tables.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlQueryIT {

	static final Path EVAL = Path.of("..", "shared", "eval");

	@LocalServerPort
	int port;

	ApiClient analyst;

	@BeforeAll
	void uploadTheEvaluationData() throws IOException {
		analyst = new Accounts(port).member().client();
		for (String name : List.of("home_energy", "restaurant_orders", "restaurant_order_items")) {
			ApiClient.Response created = analyst.upload("/api/datasets", name + ".csv",
					Files.readAllBytes(EVAL.resolve("data").resolve(name + ".csv")), Map.of());
			assertThat(created.status()).as(created.body()).isEqualTo(201);
		}
	}

	@Test
	void answersThePortableQuestionsOfTheEvaluationSet() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		int checked = 0;
		for (String line : Files.readAllLines(EVAL.resolve("questions-dev.jsonl"))) {
			JsonNode question = json.readTree(line);
			String sql = question.path("sql").get(0).asString();
			if (sql.contains("substr(") || sql.contains(" like ")) {
				continue;
			}
			ApiClient.Response answer = analyst.post("/api/datasets/query", Map.of("sql", sql));
			assertThat(answer.status()).as(question.path("id").asString() + ": " + answer.body()).isEqualTo(200);
			assertThat(matchesAny(answer.json().path("rows"), question.path("expected_any"),
					question.path("match").asString()))
				.as(question.path("id").asString() + " " + sql)
				.isTrue();
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(8);
	}

	static boolean matchesAny(JsonNode rows, JsonNode expectedAny, String match) {
		for (JsonNode expected : expectedAny) {
			if (matches(rows, expected.path("rows"), match)) {
				return true;
			}
		}
		return false;
	}

	static boolean matches(JsonNode actual, JsonNode expected, String match) {
		if (match.equals("top1")) {
			return actual.size() > 0 && sameRow(actual.get(0), expected.get(0));
		}
		if (actual.size() != expected.size()) {
			return false;
		}
		List<JsonNode> unmatched = new ArrayList<>();
		expected.forEach(unmatched::add);
		for (int i = 0; i < actual.size(); i++) {
			JsonNode row = actual.get(i);
			if (match.equals("ordered")) {
				if (!sameRow(row, expected.get(i))) {
					return false;
				}
			}
			else if (!unmatched.removeIf(candidate -> sameRow(row, candidate) && unmatched.indexOf(candidate) >= 0)) {
				return false;
			}
		}
		return true;
	}

	static boolean sameRow(JsonNode actual, JsonNode expected) {
		if (actual.size() != expected.size()) {
			return false;
		}
		for (int i = 0; i < actual.size(); i++) {
			JsonNode a = actual.get(i);
			JsonNode e = expected.get(i);
			if (e.isNumber() && a.isNumber()) {
				double tolerance = Math.max(Math.abs(e.asDouble()) * 0.005, 1e-9);
				if (Math.abs(a.asDouble() - e.asDouble()) > tolerance) {
					return false;
				}
			}
			else if (!a.asString().equals(e.asString())) {
				return false;
			}
		}
		return true;
	}

	@Test
	void refusesWritesFilesAndOtherWorkspacesData() {
		ApiClient.Response write = analyst.post("/api/datasets/query", Map.of("sql", "delete from home_energy"));
		assertThat(write.status()).isEqualTo(400);
		assertThat(write.detail()).contains("Only a SELECT");

		ApiClient.Response file = analyst.post("/api/datasets/query",
				Map.of("sql", "select * from read_csv('/etc/passwd')"));
		assertThat(file.status()).isEqualTo(400);

		ApiClient stranger = new Accounts(port).member().client();
		ApiClient.Response foreign = stranger.post("/api/datasets/query",
				Map.of("sql", "select count(*) from home_energy"));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.detail()).contains("no dataset named 'home_energy'");

		String physical = analyst.get("/api/datasets").json().path("items").get(0).path("id").asString();
		ApiClient.Response byTable = stranger.post("/api/datasets/query",
				Map.of("sql", "select count(*) from ds_" + physical.replace("-", "")));
		assertThat(byTable.status()).isEqualTo(400);

		ApiClient.Response unknownColumn = analyst.post("/api/datasets/query",
				Map.of("sql", "select lod_kwh from home_energy"));
		assertThat(unknownColumn.status()).isEqualTo(400);
		assertThat(unknownColumn.detail()).contains("lod_kwh");
		assertThat(analyst.post("/api/datasets/query", Map.of("sql", "select count(*) from home_energy"))
			.json()
			.path("rows")
			.get(0)
			.get(0)
			.asLong()).isEqualTo(148_920);
	}

}
