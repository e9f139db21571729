package dev.gridsight.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;
import dev.gridsight.assistant.internal.intents.EditedExamples;
import dev.gridsight.assistant.internal.intents.Intent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings → Assistant, the intents, through HTTP: seeded examples merged with a
 * workspace's edits, validated as a whole, tried against that workspace's classifier
 * only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantSettingsIT {

	static final List<String> WALRUS = List.of("purple walrus ballet tickets", "a walrus dancing ballet in purple");

	@LocalServerPort
	int port;

	@Autowired
	EditedExamples stored;

	Accounts accounts;

	Accounts.Person owner;

	Accounts.Person editor;

	Accounts.Person viewer;

	Accounts.Person stranger;

	@BeforeAll
	void people() {
		accounts = new Accounts(port);
		owner = accounts.member();
		editor = accounts.member();
		viewer = accounts.member();
		stranger = accounts.member();
	}

	String workspace() {
		ApiClient.Response created = owner.client().post("/api/workspaces", Map.of("name", "Plant"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		for (var member : List.of(Map.entry(editor, "editor"), Map.entry(viewer, "viewer"))) {
			ApiClient.Response added = owner.client()
				.post("/api/workspaces/" + id + "/members",
						Map.of("email", member.getKey().email(), "role", member.getValue()));
			assertThat(added.status()).as(added.body()).isEqualTo(201);
		}
		return id;
	}

	static JsonNode intent(ApiClient client, String workspace, String name) {
		ApiClient.Response list = client.get("/api/assistant/intents?workspaceId=" + workspace);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		for (JsonNode intent : list.json()) {
			if (intent.path("name").asString().equals(name)) {
				return intent;
			}
		}
		throw new AssertionError("no intent " + name + " in " + list.body());
	}

	static JsonNode attempt(ApiClient client, String workspace, String utterance) {
		ApiClient.Response tried = client.post("/api/assistant/intents/try?workspaceId=" + workspace,
				Map.of("utterance", utterance));
		assertThat(tried.status()).as(tried.body()).isEqualTo(200);
		return tried.json();
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((text) -> texts.add(text.asString()));
		return texts;
	}

	@Test
	void listsEveryIntentWithItsCommandAndSeededExamples() {
		String workspace = workspace();
		ApiClient.Response list = viewer.client().get("/api/assistant/intents?workspaceId=" + workspace);

		assertThat(list.status()).as(list.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		list.json().forEach((intent) -> names.add(intent.path("name").asString()));
		assertThat(names).hasSize(Intent.values().length).startsWith("chart", "kpi", "refine").contains("out_of_scope");
		JsonNode kpi = intent(viewer.client(), workspace, "kpi");
		assertThat(kpi.path("command").asString()).isEqualTo("chart");
		assertThat(kpi.path("edited").asBoolean()).isFalse();
		assertThat(kpi.path("examples").size()).isGreaterThan(5);
		assertThat(intent(viewer.client(), workspace, "greeting").path("command").isNull()).isTrue();
		assertThat(intent(viewer.client(), workspace, "share").path("command").asString()).isEqualTo("share");
	}

	@Test
	void anEditRetrainsThatWorkspaceOnlyUntilItIsReset() {
		String edited = workspace();
		String other = workspace();
		assertThat(attempt(owner.client(), edited, "purple walrus ballet").path("top").get(0).path("intent").asString())
			.isNotEqualTo("sql");

		ApiClient.Response saved = editor.client()
			.put("/api/assistant/intents/sql?workspaceId=" + edited, Map.of("examples", WALRUS));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("edited").asBoolean()).isTrue();
		JsonNode listed = intent(viewer.client(), edited, "sql");
		assertThat(texts(listed.path("examples"))).isEqualTo(WALRUS);
		assertThat(listed.path("edited").asBoolean()).isTrue();
		JsonNode trial = attempt(viewer.client(), edited, "purple walrus ballet");
		assertThat(trial.path("top").get(0).path("intent").asString()).isEqualTo("sql");
		assertThat(trial.path("top").size()).isEqualTo(5);
		assertThat(trial.path("threshold").asDouble()).isBetween(0.0, 1.0);
		assertThat(attempt(owner.client(), other, "purple walrus ballet").path("top").get(0).path("intent").asString())
			.isNotEqualTo("sql");
		assertThat(texts(intent(owner.client(), other, "sql").path("examples"))).isNotEqualTo(WALRUS);
		// what a classifier built afresh (after a restart) reads
		assertThat(stored.of(UUID.fromString(edited)).orElseThrow().examplesOf(Intent.SQL)).isEqualTo(WALRUS);
		assertThat(stored.of(UUID.fromString(other))).isEmpty();

		ApiClient.Response reset = editor.client().delete("/api/assistant/intents/sql?workspaceId=" + edited);

		assertThat(reset.status()).as(reset.body()).isEqualTo(200);
		assertThat(reset.json().path("edited").asBoolean()).isFalse();
		assertThat(intent(viewer.client(), edited, "sql").path("edited").asBoolean()).isFalse();
		assertThat(
				attempt(viewer.client(), edited, "purple walrus ballet").path("top").get(0).path("intent").asString())
			.isNotEqualTo("sql");
	}

	@Test
	void rejectsAnExampleThatAnotherIntentAlreadyHasNamingBoth() {
		String workspace = workspace();
		String chartExample = intent(owner.client(), workspace, "chart").path("examples").get(0).asString();

		ApiClient.Response clash = editor.client()
			.put("/api/assistant/intents/kpi?workspaceId=" + workspace,
					Map.of("examples", List.of("what was the peak load", chartExample.toUpperCase() + "!")));

		assertThat(clash.status()).as(clash.body()).isEqualTo(400);
		assertThat(clash.detail()).contains(chartExample.toUpperCase()).contains("'chart'").contains("'kpi'");
		assertThat(intent(owner.client(), workspace, "kpi").path("edited").asBoolean()).isFalse();
	}

	@Test
	void rejectsEmptyOversizedAndTooManyExamples() {
		String workspace = workspace();
		String path = "/api/assistant/intents/help?workspaceId=" + workspace;

		ApiClient.Response none = editor.client().put(path, Map.of("examples", List.of()));
		ApiClient.Response blank = editor.client().put(path, Map.of("examples", List.of("what can you do", "  ")));
		ApiClient.Response tooLong = editor.client().put(path, Map.of("examples", List.of("x".repeat(201))));
		ApiClient.Response tooMany = editor.client()
			.put(path, Map.of("examples", IntStream.range(0, 201).mapToObj((n) -> "help me " + n).toList()));
		ApiClient.Response unknown = editor.client()
			.put("/api/assistant/intents/teleport?workspaceId=" + workspace, Map.of("examples", List.of("beam me up")));

		assertThat(none.status()).isEqualTo(400);
		assertThat(none.detail()).contains("between 1 and 200");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.detail()).contains("empty example");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.detail()).contains("longer than 200");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(intent(owner.client(), workspace, "help").path("edited").asBoolean()).isFalse();
	}

	@Test
	void viewersReadAndTryButNeitherEditNorReset() {
		String workspace = workspace();

		ApiClient.Response put = viewer.client()
			.put("/api/assistant/intents/sql?workspaceId=" + workspace, Map.of("examples", WALRUS));
		ApiClient.Response delete = viewer.client().delete("/api/assistant/intents/sql?workspaceId=" + workspace);

		assertThat(put.status()).isEqualTo(403);
		assertThat(delete.status()).isEqualTo(403);
		assertThat(intent(owner.client(), workspace, "sql").path("edited").asBoolean()).isFalse();
		assertThat(attempt(viewer.client(), workspace, "show me revenue per store").path("top")
			.get(0)
			.path("intent")
			.asString()).isEqualTo("chart");
	}

	@Test
	void nonMembersSeeNothing() {
		String workspace = workspace();
		ApiClient client = stranger.client();

		assertThat(client.get("/api/assistant/intents?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(
				client.put("/api/assistant/intents/sql?workspaceId=" + workspace, Map.of("examples", WALRUS)).status())
			.isEqualTo(404);
		assertThat(client.delete("/api/assistant/intents/sql?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(client.post("/api/assistant/intents/try?workspaceId=" + workspace, Map.of("utterance", "hello"))
			.status()).isEqualTo(404);
		assertThat(intent(owner.client(), workspace, "sql").path("edited").asBoolean()).isFalse();
	}

	@Test
	void anEmptyUtteranceIsAClearError() {
		ApiClient.Response tried = owner.client().post("/api/assistant/intents/try", Map.of("utterance", "  "));

		assertThat(tried.status()).isEqualTo(400);
		assertThat(tried.detail()).isEqualTo("type an utterance to try");
	}

}
