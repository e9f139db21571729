package dev.gridsight.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;
import dev.gridsight.platform.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Agents through the HTTP API: every save that changes something is a version, versions
 * diff side by side and revert; each workspace gets its seeded agents once; viewers read,
 * editors change, and nobody else learns an agent exists.
 */
@IntegrationTest
class AgentIT {

	@LocalServerPort
	int port;

	@Autowired
	Agents agentsPort;

	private static Map<String, Object> agent(String name, String instructions) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("instructions", instructions);
		body.put("model", "builtin");
		body.put("allowedCommands", List.of("chart", "describe"));
		body.put("allowedDatasets", List.of());
		body.put("toolRounds", 4);
		body.put("confirmation", "CHANGES");
		return body;
	}

	private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	private static String create(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post("/api/chat/agents", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static String teamWorkspace(ApiClient owner) {
		ApiClient.Response created = owner.post("/api/workspaces", Map.of("name", "Team"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static void addMember(ApiClient owner, String workspace, Accounts.Person person, String role) {
		ApiClient.Response added = owner.post("/api/workspaces/" + workspace + "/members",
				Map.of("email", person.email(), "role", role));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("items").forEach(item -> names.add(item.path("name").asString()));
		return names;
	}

	@Test
	void everyChangingSaveIsANewVersionAndAnUnchangedSaveAddsNone() {
		ApiClient client = new Accounts(port).member().client();
		Map<String, Object> body = agent("Reporter", "Chart sales.\nBe brief.");
		String id = create(client, body);

		ApiClient.Response unchanged = client.put("/api/chat/agents/" + id, body);
		assertThat(unchanged.status()).as(unchanged.body()).isEqualTo(200);
		assertThat(unchanged.json().path("version").asInt()).isEqualTo(1);

		ApiClient.Response edited = client.put("/api/chat/agents/" + id,
				with(body, "instructions", "Chart sales.\nBe very brief."));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("version").asInt()).isEqualTo(2);
		ApiClient.Response renamed = client.put("/api/chat/agents/" + id, Map.of("name", "Sales reporter"));
		assertThat(renamed.json().path("version").asInt()).isEqualTo(3);
		assertThat(renamed.json().path("instructions").asString()).isEqualTo("Chart sales.\nBe very brief.");
		// the same commands in another order are no change
		ApiClient.Response reordered = client.put("/api/chat/agents/" + id,
				Map.of("allowedCommands", List.of("describe", "chart")));
		assertThat(reordered.json().path("version").asInt()).isEqualTo(3);

		JsonNode versions = client.get("/api/chat/agents/" + id + "/versions").json();
		assertThat(versions).hasSize(3);
		assertThat(versions.get(0).path("version").asInt()).isEqualTo(3);
		assertThat(versions.get(2).path("note").asString()).isEqualTo("created");
		assertThat(versions.get(2).path("savedBy").asString()).isNotBlank();
		JsonNode first = client.get("/api/chat/agents/" + id + "/versions/1").json();
		assertThat(first.path("name").asString()).isEqualTo("Reporter");
		assertThat(first.path("instructions").asString()).isEqualTo("Chart sales.\nBe brief.");
		JsonNode current = client.get("/api/chat/agents/" + id).json();
		assertThat(current.path("name").asString()).isEqualTo("Sales reporter");
		assertThat(current.path("version").asInt()).isEqualTo(3);
		assertThat(current.path("toolRounds").asInt()).isEqualTo(4);
		assertThat(client.get("/api/chat/agents/" + id + "/versions/4").status()).isEqualTo(404);
	}

	@Test
	void theDiffShowsAChangedInstructionLineSideBySide() {
		ApiClient client = new Accounts(port).member().client();
		Map<String, Object> body = agent("Differ", "Chart sales.\nBe brief.\nName the window.");
		String id = create(client, body);
		client.put("/api/chat/agents/" + id,
				with(body, "instructions", "Chart sales.\nBe thorough.\nName the window."));

		ApiClient.Response diff = client.get("/api/chat/agents/" + id + "/diff?from=1&to=2");
		assertThat(diff.status()).as(diff.body()).isEqualTo(200);
		assertThat(diff.json().path("from").asInt()).isEqualTo(1);
		assertThat(diff.json().path("to").asInt()).isEqualTo(2);
		List<String> changed = new ArrayList<>();
		List<String> equal = new ArrayList<>();
		diff.json().path("rows").forEach(row -> {
			String line = row.path("kind").asString() + ": " + row.path("left").asString() + " | "
					+ row.path("right").asString();
			(row.path("kind").asString().equals("equal") ? equal : changed).add(line);
		});
		assertThat(changed).containsExactly("change: Be brief. | Be thorough.");
		assertThat(equal).contains("equal: name: Differ | name: Differ", "equal: Name the window. | Name the window.");
		assertThat(client.get("/api/chat/agents/" + id + "/diff?from=1&to=9").status()).isEqualTo(404);
	}

	@Test
	void aRevertIsANewVersionEqualToTheOldOne() {
		ApiClient client = new Accounts(port).member().client();
		Map<String, Object> body = agent("Reverter", "First words.");
		String id = create(client, body);
		client.put("/api/chat/agents/" + id, with(with(body, "instructions", "Second words."), "toolRounds", 9));

		ApiClient.Response reverted = client.post("/api/chat/agents/" + id + "/revert", Map.of("version", 1));
		assertThat(reverted.status()).as(reverted.body()).isEqualTo(200);
		assertThat(reverted.json().path("version").asInt()).isEqualTo(3);
		JsonNode first = client.get("/api/chat/agents/" + id + "/versions/1").json();
		for (String field : List.of("name", "instructions", "model", "allowedCommands", "allowedDatasets", "toolRounds",
				"confirmation")) {
			assertThat(reverted.json().path(field)).as(field).isEqualTo(first.path(field));
		}
		assertThat(client.get("/api/chat/agents/" + id + "/versions").json().get(0).path("note").asString())
			.isEqualTo("reverted to version 1");
		JsonNode diff = client.get("/api/chat/agents/" + id + "/diff?from=1&to=3").json();
		diff.path("rows").forEach(row -> assertThat(row.path("kind").asString()).isEqualTo("equal"));
		assertThat(client.post("/api/chat/agents/" + id + "/revert", Map.of("version", 7)).status()).isEqualTo(404);
	}

	@Test
	void aWorkspaceIsSeededOnceWithAnalystAndEnergyPlanner() {
		Accounts.Person person = new Accounts(port).member();
		ApiClient client = person.client();
		JsonNode page = client.get("/api/chat/agents").json();
		assertThat(names(page)).containsExactly("Analyst", "Energy planner");
		assertThat(names(client.get("/api/chat/agents").json())).containsExactly("Analyst", "Energy planner");
		assertThat(client.get("/api/chat/agents").json().path("total").asLong()).isEqualTo(2);

		JsonNode analyst = page.path("items").get(0);
		assertThat(analyst.path("confirmation").asString()).isEqualTo("CHANGES");
		assertThat(analyst.path("model").asString()).isEqualTo("builtin");
		assertThat(analyst.path("allowedCommands").toString()).contains("chart", "sql", "describe");
		JsonNode planner = page.path("items").get(1);
		assertThat(planner.path("allowedCommands").toString()).contains("forecast", "optimize");

		AgentProfile fallback = agentsPort.defaultAgent(UUID.fromString(person.id()), UUID.fromString(person.id()));
		assertThat(fallback.name()).isEqualTo("Analyst");
		assertThat(fallback.id().toString()).isEqualTo(analyst.path("id").asString());
		assertThat(agentsPort.usableIn(UUID.fromString(person.id()), UUID.fromString(person.id()))
			.stream()
			.map(AgentProfile::name)).containsExactly("Analyst", "Energy planner");
		// a deleted seed stays deleted: the workspace is not seeded again
		assertThat(client.delete("/api/chat/agents/" + planner.path("id").asString()).status()).isEqualTo(204);
		assertThat(names(client.get("/api/chat/agents").json())).containsExactly("Analyst");
	}

	@Test
	void twoConcurrentFirstReadsSeedOnce() throws Exception {
		Accounts.Person person = new Accounts(port).member();
		String workspace = teamWorkspace(person.client());
		UUID userId = UUID.fromString(person.id());
		CountDownLatch start = new CountDownLatch(1);
		Callable<String> byHttp = () -> {
			start.await();
			ApiClient.Response listed = person.client().get("/api/chat/agents?workspaceId=" + workspace);
			return listed.status() + " " + names(listed.json());
		};
		Callable<String> byPort = () -> {
			start.await();
			return agentsPort.defaultAgent(UUID.fromString(workspace), userId).name();
		};
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<String>> reads = List.of(pool.submit(byHttp), pool.submit(byPort), pool.submit(byHttp));
			start.countDown();
			assertThat(reads.get(0).get()).isEqualTo("200 [Analyst, Energy planner]");
			assertThat(reads.get(1).get()).isEqualTo("Analyst");
			assertThat(reads.get(2).get()).isEqualTo("200 [Analyst, Energy planner]");
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode after = person.client().get("/api/chat/agents?workspaceId=" + workspace).json();
		assertThat(names(after)).containsExactly("Analyst", "Energy planner");
	}

	@Test
	void aViewerReadsButCannotChangeAndNothingChanges() {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		Accounts.Person viewer = accounts.member();
		String workspace = teamWorkspace(owner.client());
		addMember(owner.client(), workspace, viewer, "viewer");
		Map<String, Object> body = with(agent("Team agent", "Stay calm."), "workspaceId", workspace);
		String id = create(owner.client(), body);

		ApiClient client = viewer.client();
		assertThat(client.get("/api/chat/agents/" + id).status()).isEqualTo(200);
		assertThat(names(client.get("/api/chat/agents?workspaceId=" + workspace).json())).contains("Team agent");
		ApiClient.Response put = client.put("/api/chat/agents/" + id, with(body, "instructions", "Panic."));
		assertThat(put.status()).as(put.body()).isEqualTo(403);
		assertThat(put.detail()).contains("editor");
		assertThat(client.post("/api/chat/agents/" + id + "/revert", Map.of("version", 1)).status()).isEqualTo(403);
		assertThat(client.delete("/api/chat/agents/" + id).status()).isEqualTo(403);
		assertThat(client.post("/api/chat/agents", with(agent("Mine", "x"), "workspaceId", workspace)).status())
			.isEqualTo(403);

		JsonNode current = owner.client().get("/api/chat/agents/" + id).json();
		assertThat(current.path("version").asInt()).isEqualTo(1);
		assertThat(current.path("instructions").asString()).isEqualTo("Stay calm.");
		assertThat(owner.client().get("/api/chat/agents/" + id + "/versions").json()).hasSize(1);
		assertThat(names(owner.client().get("/api/chat/agents?workspaceId=" + workspace).json()))
			.doesNotContain("Mine");
	}

	@Test
	void anotherUsersAgentIsNotFoundOnEveryEndpoint() {
		Accounts accounts = new Accounts(port);
		ApiClient owner = accounts.member().client();
		Map<String, Object> body = agent("Private", "Secret ways.");
		String id = create(owner, body);
		owner.put("/api/chat/agents/" + id, with(body, "instructions", "Other ways."));
		String workspace = owner.get("/api/chat/agents/" + id).json().path("workspaceId").asString();

		Accounts.Person outsider = accounts.member();
		ApiClient stranger = outsider.client();
		String base = "/api/chat/agents/" + id;
		List<ApiClient.Response> answers = List.of(stranger.get(base), stranger.put(base, body),
				stranger.get(base + "/versions"), stranger.get(base + "/versions/1"),
				stranger.get(base + "/diff?from=1&to=2"), stranger.post(base + "/revert", Map.of("version", 1)),
				stranger.delete(base), stranger.get("/api/chat/agents?workspaceId=" + workspace),
				stranger.post("/api/chat/agents", with(body, "workspaceId", workspace)));
		for (ApiClient.Response answer : answers) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(404);
			assertThat(answer.body()).doesNotContain("Secret", "Private");
		}
		// and the chat's port says the same
		assertThatThrownBy(() -> agentsPort.usable(UUID.fromString(id), UUID.fromString(outsider.id())))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> agentsPort.usableIn(UUID.fromString(workspace), UUID.fromString(outsider.id())))
			.isInstanceOf(NotFound.class);
		assertThat(owner.get(base).json().path("version").asInt()).isEqualTo(2);
		assertThat(owner.get(base + "/versions").json()).hasSize(2);
	}

	@Test
	void aNewAgentTakesTheDefaultsAndADeletedOneIsGone() {
		ApiClient client = new Accounts(port).member().client();
		ApiClient.Response created = client.post("/api/chat/agents", Map.of("name", "Plain"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode agent = created.json();
		assertThat(agent.path("version").asInt()).isEqualTo(1);
		assertThat(agent.path("model").asString()).isEqualTo("builtin");
		assertThat(agent.path("toolRounds").asInt()).isEqualTo(5);
		assertThat(agent.path("confirmation").asString()).isEqualTo("CHANGES");
		assertThat(agent.path("allowedCommands")).isEmpty();
		String id = agent.path("id").asString();

		assertThat(client.delete("/api/chat/agents/" + id).status()).isEqualTo(204);
		assertThat(client.get("/api/chat/agents/" + id).status()).isEqualTo(404);
		assertThat(client.get("/api/chat/agents/" + id + "/versions").status()).isEqualTo(404);
		assertThat(names(client.get("/api/chat/agents").json())).doesNotContain("Plain");
		// the name is free again
		assertThat(client.post("/api/chat/agents", Map.of("name", "Plain")).status()).isEqualTo(201);
	}

	@Test
	void badAgentsAreRefusedWithTheRuleTheyBreak() {
		ApiClient client = new Accounts(port).member().client();
		Map<String, Object> good = agent("Valid", "Fine.");
		create(client, good);

		assertRefused(client, with(good, "name", "  "), 400, "name");
		assertRefused(client, with(good, "name", "n".repeat(101)), 400, "name must be 1 to 100");
		assertRefused(client, with(good, "name", "valid"), 409, "already exists");
		assertRefused(client, with(good, "name", "Analyst"), 409, "already exists");
		assertRefused(client, with(with(good, "name", "Long"), "instructions", "i".repeat(20_001)), 400,
				"at most 20000");
		assertRefused(client, with(with(good, "name", "Zero"), "toolRounds", 0), 400, "between 1 and 20");
		assertRefused(client, with(with(good, "name", "Many"), "toolRounds", 21), 400, "between 1 and 20");
		assertRefused(client, with(with(good, "name", "Cmd"), "allowedCommands", List.of("chart", "shell")), 400,
				"shell");
		assertRefused(client, with(with(good, "name", "Conf"), "confirmation", "SOMETIMES"), 400,
				"NEVER, CHANGES or ALWAYS");
		assertRefused(client, with(with(good, "name", "Blank"), "model", " "), 400, "model");
		assertRefused(client, with(with(good, "name", "Data"), "allowedDatasets", List.of("no_such_table")), 400,
				"no_such_table");
		assertThat(client.post("/api/chat/agents", Map.of()).detail()).contains("name");

		// the same rules on a save, and a refused save adds no version
		String id = create(client, with(good, "name", "Saved"));
		ApiClient.Response put = client.put("/api/chat/agents/" + id, with(good, "allowedCommands", List.of("nope")));
		assertThat(put.status()).isEqualTo(400);
		assertThat(put.detail()).contains("nope");
		assertThat(client.put("/api/chat/agents/" + id, Map.of("name", "Valid")).status()).isEqualTo(409);
		assertThat(client.post("/api/chat/agents/" + id + "/revert", Map.of()).status()).isEqualTo(400);
		assertThat(client.get("/api/chat/agents/" + id + "/versions").json()).hasSize(1);
	}

	@Test
	void anAllowedDatasetMustBeOneOfTheWorkspace() {
		ApiClient client = new Accounts(port).member().client();
		byte[] csv = "day,kwh\n2024-01-01,3\n2024-01-02,4\n".getBytes(StandardCharsets.UTF_8);
		ApiClient.Response uploaded = client.upload("/api/datasets", "meter.csv", csv, Map.of());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String dataset = uploaded.json().path("name").asString();
		ApiClient.Response created = client.post("/api/chat/agents",
				with(agent("Metered", "x"), "allowedDatasets", List.of(dataset)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("allowedDatasets").get(0).asString()).isEqualTo(dataset);
	}

	private static void assertRefused(ApiClient client, Map<String, Object> body, int status, String detail) {
		ApiClient.Response answer = client.post("/api/chat/agents", body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).contains("problem+json");
		assertThat(answer.detail()).contains(detail);
	}

}
