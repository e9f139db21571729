package dev.gridsight.chat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Prompt templates through HTTP: editors write, viewers read, strangers see nothing. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptTemplateIT {

	static final String BODY = "Chart {{measure}} for {{site|North}} over {{period|the last 7 days}}.";

	@LocalServerPort
	int port;

	Accounts.Person owner;

	Accounts.Person editor;

	Accounts.Person viewer;

	Accounts.Person stranger;

	@BeforeAll
	void people() {
		Accounts accounts = new Accounts(port);
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

	JsonNode create(String workspace, String name, String body) {
		ApiClient.Response created = editor.client()
			.post("/api/prompt-templates?workspaceId=" + workspace,
					Map.of("name", name, "description", "A weekly look", "body", body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	@Test
	void anEditorSavesATemplateThatMembersListWithItsVariables() {
		String workspace = workspace();
		JsonNode created = create(workspace, "weekly", BODY);

		assertThat(created.path("variables").toString()).contains("measure", "North", "the last 7 days");
		ApiClient.Response list = viewer.client().get("/api/prompt-templates?workspaceId=" + workspace);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(1);
		JsonNode listed = list.json().get(0);
		assertThat(listed.path("name").asString()).isEqualTo("weekly");
		assertThat(listed.path("description").asString()).isEqualTo("A weekly look");
		assertThat(listed.path("body").asString()).isEqualTo(BODY);
		JsonNode variables = listed.path("variables");
		assertThat(variables.size()).isEqualTo(3);
		assertThat(variables.get(0).path("name").asString()).isEqualTo("measure");
		assertThat(variables.get(0).path("defaultValue").isNull()).isTrue();
		assertThat(variables.get(1).path("defaultValue").asString()).isEqualTo("North");
	}

	@Test
	void editorsChangeAndDeleteAndViewersCannot() {
		String workspace = workspace();
		String id = create(workspace, "weekly", BODY).path("id").asString();
		Map<String, String> changed = Map.of("name", "weekly", "description", "", "body", "Show {{what}}");

		assertThat(viewer.client().put("/api/prompt-templates/" + id, changed).status()).isEqualTo(403);
		assertThat(viewer.client().delete("/api/prompt-templates/" + id).status()).isEqualTo(403);
		assertThat(viewer.client()
			.post("/api/prompt-templates?workspaceId=" + workspace, Map.of("name", "mine", "body", "x"))
			.status()).isEqualTo(403);
		ApiClient.Response updated = editor.client().put("/api/prompt-templates/" + id, changed);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().path("variables").get(0).path("name").asString()).isEqualTo("what");
		assertThat(owner.client().delete("/api/prompt-templates/" + id).status()).isEqualTo(204);
		assertThat(viewer.client().get("/api/prompt-templates?workspaceId=" + workspace).json().size()).isZero();
	}

	@Test
	void anotherWorkspacesTemplateIsNotFound() {
		String workspace = workspace();
		String id = create(workspace, "weekly", BODY).path("id").asString();
		ApiClient client = stranger.client();

		assertThat(client.get("/api/prompt-templates?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(client.put("/api/prompt-templates/" + id, Map.of("name", "x", "body", "y")).status()).isEqualTo(404);
		assertThat(client.delete("/api/prompt-templates/" + id).status()).isEqualTo(404);
		assertThat(client.post("/api/prompt-templates?workspaceId=" + workspace, Map.of("name", "x", "body", "y"))
			.status()).isEqualTo(404);
		assertThat(editor.client().delete("/api/prompt-templates/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void badTemplatesAreRefusedNamingTheProblem() {
		String workspace = workspace();
		create(workspace, "weekly", BODY);
		Map<String, String> bad = Map.of("Show {{site", "never closed", "Show site}}", "closes no", "{{two words}}",
				"letters, digits", "x".repeat(20_001), "at most 20000");
		bad.forEach((body, expected) -> {
			ApiClient.Response refused = editor.client()
				.post("/api/prompt-templates?workspaceId=" + workspace, Map.of("name", "bad", "body", body));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.detail()).contains(expected);
		});
		ApiClient.Response duplicate = editor.client()
			.post("/api/prompt-templates?workspaceId=" + workspace, Map.of("name", "weekly", "body", "x"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(editor.client()
			.post("/api/prompt-templates?workspaceId=" + workspace, Map.of("name", " ", "body", "x"))
			.detail()).contains("name");
	}

}
