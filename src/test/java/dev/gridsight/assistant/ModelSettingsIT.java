package dev.gridsight.assistant;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;
import dev.gridsight.assistant.internal.models.ModelEndpoints;
import dev.gridsight.assistant.internal.models.ModelEndpoints.ModelEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings → Models through HTTP: CRUD by owners, keys encrypted and never shown, a
 * member's own key before the workspace's, the connection test against a local
 * OpenAI-compatible server (a model list, a redirect, a 401 that echoes the key).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ModelSettingsIT {

	static final String WORKSPACE_KEY = "sk-workspace-" + UUID.randomUUID();

	static final String OWN_KEY = "sk-own-" + UUID.randomUUID();

	@LocalServerPort
	int port;

	@Autowired
	ModelEndpoints endpoints;

	@Autowired
	JdbcClient jdbc;

	HttpServer endpoint;

	String endpointUrl;

	final Map<String, Map<String, List<String>>> lastHeaders = new ConcurrentHashMap<>();

	Accounts accounts;

	Accounts.Person owner;

	Accounts.Person editor;

	Accounts.Person viewer;

	Accounts.Person stranger;

	@BeforeAll
	void start() throws IOException {
		endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		endpoint.createContext("/v1/models", (exchange) -> {
			lastHeaders.put("models", new HashMap<>(exchange.getRequestHeaders()));
			answer(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-test\"},{\"id\":\"llama3\"}]}");
		});
		endpoint.createContext("/moved/models", (exchange) -> {
			exchange.getResponseHeaders().add("Location", "http://elsewhere.invalid/v1/models");
			answer(exchange, 302, "");
		});
		endpoint.createContext("/echo/models", (exchange) -> {
			String auth = exchange.getRequestHeaders().getFirst("Authorization");
			answer(exchange, 401, "{\"error\":{\"message\":\"Incorrect API key provided: "
					+ (auth == null ? "none" : auth.substring("Bearer ".length())) + "\"}}");
		});
		endpoint.start();
		endpointUrl = "http://127.0.0.1:" + endpoint.getAddress().getPort();
		accounts = new Accounts(port);
		owner = accounts.member();
		editor = accounts.member();
		viewer = accounts.member();
		stranger = accounts.member();
	}

	@AfterAll
	void stop() {
		endpoint.stop(0);
	}

	static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
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

	Map<String, Object> model(String workspace, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("workspaceId", workspace);
		body.put("name", name);
		body.put("baseUrl", endpointUrl + "/v1/");
		body.put("model", "gpt-test");
		body.put("contextTokens", 32000);
		body.put("vision", true);
		return body;
	}

	JsonNode create(String workspace, String name, String workspaceKey) {
		Map<String, Object> body = model(workspace, name);
		if (workspaceKey != null) {
			body.put("workspaceKey", workspaceKey);
		}
		ApiClient.Response created = owner.client().post("/api/models", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	@Test
	void anOwnerAddsAModelThatMembersListWithoutItsKey() {
		String workspace = workspace();
		JsonNode created = create(workspace, "gpt", WORKSPACE_KEY);

		assertThat(created.path("baseUrl").asString()).isEqualTo(endpointUrl + "/v1");
		assertThat(created.path("hasWorkspaceKey").asBoolean()).isTrue();
		assertThat(created.path("hasUserKey").asBoolean()).isFalse();
		ApiClient.Response list = viewer.client().get("/api/models?workspaceId=" + workspace);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(1);
		JsonNode listed = list.json().get(0);
		assertThat(listed.path("name").asString()).isEqualTo("gpt");
		assertThat(listed.path("model").asString()).isEqualTo("gpt-test");
		assertThat(listed.path("contextTokens").asInt()).isEqualTo(32000);
		assertThat(listed.path("vision").asBoolean()).isTrue();
		assertThat(listed.path("hasWorkspaceKey").asBoolean()).isTrue();
		assertThat(list.body()).doesNotContain(WORKSPACE_KEY).doesNotContain("sk-");
		assertThat(created.toString()).doesNotContain(WORKSPACE_KEY);
	}

	@Test
	void keysAreStoredEncryptedAndResolvedWithTheUsersOwnKeyFirst() {
		String workspace = workspace();
		String id = create(workspace, "gpt", WORKSPACE_KEY).path("id").asString();
		UUID ws = UUID.fromString(workspace);

		String stored = jdbc.sql("select workspace_key from model_providers where id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single();
		assertThat(stored).isNotBlank().doesNotContain(WORKSPACE_KEY);
		ModelEndpoint before = endpoints.resolve(ws, UUID.fromString(editor.id()), "gpt").orElseThrow();
		assertThat(before.apiKey()).isEqualTo(WORKSPACE_KEY);
		assertThat(before.baseUrl()).isEqualTo(endpointUrl + "/v1");
		assertThat(before.contextTokens()).isEqualTo(32000);
		assertThat(before.vision()).isTrue();
		assertThat(before.toString()).doesNotContain(WORKSPACE_KEY);

		ApiClient.Response own = editor.client().put("/api/models/" + id + "/key", Map.of("apiKey", OWN_KEY));
		assertThat(own.status()).as(own.body()).isEqualTo(200);
		assertThat(own.json().path("hasUserKey").asBoolean()).isTrue();
		assertThat(own.body()).doesNotContain(OWN_KEY);
		String storedOwn = jdbc.sql("select api_key from model_user_keys where model_id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single();
		assertThat(storedOwn).doesNotContain(OWN_KEY);
		assertThat(endpoints.resolve(ws, UUID.fromString(editor.id()), "gpt").orElseThrow().apiKey())
			.isEqualTo(OWN_KEY);
		// the viewer has no key of their own: the workspace's
		assertThat(endpoints.resolve(ws, UUID.fromString(viewer.id()), "gpt").orElseThrow().apiKey())
			.isEqualTo(WORKSPACE_KEY);
		assertThat(viewer.client()
			.get("/api/models?workspaceId=" + workspace)
			.json()
			.get(0)
			.path("hasUserKey")
			.asBoolean()).isFalse();
		assertThat(editor.client()
			.get("/api/models?workspaceId=" + workspace)
			.json()
			.get(0)
			.path("hasUserKey")
			.asBoolean()).isTrue();

		ApiClient.Response removed = editor.client().delete("/api/models/" + id + "/key");
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		assertThat(endpoints.resolve(ws, UUID.fromString(editor.id()), "gpt").orElseThrow().apiKey())
			.isEqualTo(WORKSPACE_KEY);
	}

	@Test
	void aModelWithoutKeysResolvesWithNoKeyAndOnlyForMembers() {
		String workspace = workspace();
		create(workspace, "ollama", null);
		UUID ws = UUID.fromString(workspace);

		assertThat(endpoints.resolve(ws, UUID.fromString(viewer.id()), "ollama").orElseThrow().apiKey()).isNull();
		assertThat(endpoints.resolve(ws, UUID.fromString(stranger.id()), "ollama")).isEmpty();
		assertThat(endpoints.resolve(ws, UUID.fromString(viewer.id()), "missing")).isEmpty();
	}

	@Test
	void onlyOwnersChangeModelsAndTheWorkspaceKey() {
		String workspace = workspace();
		String id = create(workspace, "gpt", null).path("id").asString();
		Map<String, Object> changed = model(workspace, "gpt");
		changed.put("model", "llama3");
		changed.put("workspaceKey", "sk-editor-sneaks-in");

		for (Accounts.Person person : List.of(editor, viewer)) {
			assertThat(person.client().put("/api/models/" + id, changed).status()).isEqualTo(403);
			assertThat(person.client().post("/api/models", model(workspace, "other")).status()).isEqualTo(403);
			assertThat(person.client().delete("/api/models/" + id).status()).isEqualTo(403);
		}
		ApiClient.Response updated = owner.client().put("/api/models/" + id, changed);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().path("model").asString()).isEqualTo("llama3");
		assertThat(updated.json().path("hasWorkspaceKey").asBoolean()).isTrue();
		changed.put("workspaceKey", "");
		assertThat(owner.client().put("/api/models/" + id, changed).json().path("hasWorkspaceKey").asBoolean())
			.isFalse();
		// a viewer keeps a key of their own
		assertThat(viewer.client().put("/api/models/" + id + "/key", Map.of("apiKey", OWN_KEY)).status())
			.isEqualTo(200);

		assertThat(owner.client().delete("/api/models/" + id).status()).isEqualTo(204);
		assertThat(viewer.client().get("/api/models?workspaceId=" + workspace).json().size()).isZero();
	}

	@Test
	void anAdministratorWhoIsAMemberManagesModelsAndOneWhoIsNotSeesNone() {
		String workspace = workspace();
		ApiClient admin = accounts.admin();
		assertThat(admin.post("/api/models", model(workspace, "by-admin")).status()).isEqualTo(404);
		ApiClient.Response added = owner.client()
			.post("/api/workspaces/" + workspace + "/members",
					Map.of("email", IntegrationTest.ADMIN_EMAIL, "role", "viewer"));
		assertThat(added.status()).as(added.body()).isEqualTo(201);

		Map<String, Object> body = model(workspace, "by-admin");
		body.put("workspaceKey", WORKSPACE_KEY);
		ApiClient.Response created = admin.post("/api/models", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("hasWorkspaceKey").asBoolean()).isTrue();
	}

	@Test
	void anotherWorkspacesModelIsNotFound() {
		String workspace = workspace();
		String id = create(workspace, "gpt", WORKSPACE_KEY).path("id").asString();

		ApiClient client = stranger.client();
		assertThat(client.get("/api/models?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(client.put("/api/models/" + id, model(workspace, "gpt")).status()).isEqualTo(404);
		assertThat(client.delete("/api/models/" + id).status()).isEqualTo(404);
		assertThat(client.put("/api/models/" + id + "/key", Map.of("apiKey", OWN_KEY)).status()).isEqualTo(404);
		assertThat(client.delete("/api/models/" + id + "/key").status()).isEqualTo(404);
		assertThat(client.post("/api/models/test", Map.of("modelId", id)).status()).isEqualTo(404);
		assertThat(client.post("/api/models", model(workspace, "mine")).status()).isEqualTo(404);
		assertThat(owner.client().put("/api/models/" + UUID.randomUUID(), model(workspace, "gpt")).status())
			.isEqualTo(404);
	}

	@Test
	void badModelsAreRefusedNamingTheField() {
		String workspace = workspace();
		create(workspace, "gpt", null);
		Map<String, String> bad = Map.of("file:///etc/passwd", "only http", "ftp://host/v1", "only http",
				"http://user:pw@host/v1", "user name", "http://host/v1#x", "fragment", "not a url", "baseUrl");
		bad.forEach((url, expected) -> {
			Map<String, Object> body = model(workspace, "x");
			body.put("baseUrl", url);
			ApiClient.Response refused = owner.client().post("/api/models", body);
			assertThat(refused.status()).as(url).isEqualTo(400);
			assertThat(refused.detail()).as(url).contains(expected);
		});
		Map<String, Object> builtin = model(workspace, "builtin");
		assertThat(owner.client().post("/api/models", builtin).detail()).contains("built-in");
		Map<String, Object> tiny = model(workspace, "tiny");
		tiny.put("contextTokens", 10);
		assertThat(owner.client().post("/api/models", tiny).status()).isEqualTo(400);
		assertThat(owner.client().post("/api/models", model(workspace, "gpt")).status()).isEqualTo(409);
	}

	@Test
	void theConnectionTestListsModelsWithTheKeyAndNoGridsightCredentials() {
		String workspace = workspace();
		ApiClient.Response tested = owner.client()
			.post("/api/models/test",
					Map.of("workspaceId", workspace, "baseUrl", endpointUrl + "/v1", "apiKey", "sk-typed-123"));

		assertThat(tested.status()).as(tested.body()).isEqualTo(200);
		assertThat(tested.json().path("ok").asBoolean()).isTrue();
		assertThat(tested.json().path("models").toString()).contains("gpt-test", "llama3");
		Map<String, List<String>> headers = lastHeaders.get("models");
		assertThat(headers.get("Authorization")).containsExactly("Bearer sk-typed-123");
		assertThat(headers.keySet())
			.noneMatch((name) -> name.equalsIgnoreCase("Cookie") || name.equalsIgnoreCase("X-XSRF-TOKEN"));

		String id = create(workspace, "gpt", WORKSPACE_KEY).path("id").asString();
		ApiClient.Response stored = viewer.client().post("/api/models/test", Map.of("modelId", id));
		assertThat(stored.json().path("ok").asBoolean()).as(stored.body()).isTrue();
		assertThat(lastHeaders.get("models").get("Authorization")).containsExactly("Bearer " + WORKSPACE_KEY);
		assertThat(stored.body()).doesNotContain(WORKSPACE_KEY);
	}

	@Test
	void aStoredKeyIsNeverSentToAnotherAddressByAMember() {
		String workspace = workspace();
		String id = create(workspace, "gpt", WORKSPACE_KEY).path("id").asString();

		ApiClient.Response refused = viewer.client()
			.post("/api/models/test", Map.of("modelId", id, "baseUrl", endpointUrl + "/echo"));
		assertThat(refused.status()).isEqualTo(403);
		// nor may a non-owner probe arbitrary addresses from the server
		assertThat(editor.client()
			.post("/api/models/test", Map.of("workspaceId", workspace, "baseUrl", endpointUrl + "/v1"))
			.status()).isEqualTo(403);
	}

	@Test
	void theConnectionTestReportsRedirectsAndHidesAnEchoedKey(CapturedOutput output) {
		String workspace = workspace();
		ApiClient.Response moved = owner.client()
			.post("/api/models/test", Map.of("workspaceId", workspace, "baseUrl", endpointUrl + "/moved"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("ok").asBoolean()).isFalse();
		assertThat(moved.json().path("detail").asString()).contains("redirected to http://elsewhere.invalid/v1/models")
			.contains("give the final URL");

		String key = "sk-echoed-" + UUID.randomUUID();
		ApiClient.Response echoed = owner.client()
			.post("/api/models/test",
					Map.of("workspaceId", workspace, "baseUrl", endpointUrl + "/echo", "apiKey", key));
		assertThat(echoed.json().path("ok").asBoolean()).isFalse();
		assertThat(echoed.json().path("detail").asString()).contains("401").contains("Incorrect API key provided");
		assertThat(echoed.body()).doesNotContain(key);

		ApiClient.Response notHttp = owner.client()
			.post("/api/models/test", Map.of("workspaceId", workspace, "baseUrl", "file:///etc/passwd"));
		assertThat(notHttp.status()).isEqualTo(400);
		assertThat(notHttp.detail()).contains("only http");
		assertThat(output.getAll()).doesNotContain(key);
	}

	@Test
	void keysNeverReachTheLogsOrTheAuditDetail(CapturedOutput output) {
		String workspace = workspace();
		String id = create(workspace, "gpt", WORKSPACE_KEY).path("id").asString();
		editor.client().put("/api/models/" + id + "/key", Map.of("apiKey", OWN_KEY));
		viewer.client().post("/api/models/test", Map.of("modelId", id));
		// a key in a body that is not JSON is neither logged nor echoed
		String unquoted = "sk-unquoted-" + UUID.randomUUID().toString().replace("-", "");
		ApiClient.Response broken = editor.client()
			.send("PUT", "/api/models/" + id + "/key", "{\"apiKey\": " + unquoted + "}", "application/json");
		assertThat(broken.status()).isEqualTo(400);

		assertThat(output.getAll()).doesNotContain(WORKSPACE_KEY).doesNotContain(OWN_KEY).doesNotContain(unquoted);
		assertThat(broken.body()).doesNotContain(unquoted);
		List<String> details = jdbc
			.sql("select action || ' ' || coalesce(detail, '') from audit_log where target_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(details).anyMatch((line) -> line.startsWith("model_created"))
			.anyMatch((line) -> line.startsWith("model_user_key_set"))
			.noneMatch((line) -> line.contains(WORKSPACE_KEY) || line.contains(OWN_KEY));
	}

}
