package dev.gridsight.chat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chat sessions and turns through HTTP: slash commands run with no engine, bad messages
 * store nothing, other people's sessions are not found, and a command outside the policy,
 * the session or the user's role is refused with its reason.
 */
@IntegrationTest
class ChatIT {

	@LocalServerPort
	int port;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	@Test
	void aSlashCommandIsAnsweredWithoutAnEngineAndStoredAsATurn() {
		Accounts.Person owner = accounts.member();
		upload(owner.client(), null, "meters");
		String session = session(owner.client(), Map.of());

		JsonNode turn = send(owner.client(), session, "/datasets");
		JsonNode answer = turn.path("messages").get(1);
		assertThat(answer.path("role").asString()).isEqualTo("assistant");
		assertThat(answer.path("content").asString()).contains("meters");
		JsonNode card = answer.path("cards").get(0);
		assertThat(card.path("type").asString()).isEqualTo("tool_call");
		assertThat(card.path("command").asString()).isEqualTo("datasets");
		assertThat(card.path("status").asString()).isEqualTo("ok");

		JsonNode described = send(owner.client(), session, "/describe meters").path("messages").get(1);
		assertThat(described.path("content").asString()).contains("kw").contains("ts");

		JsonNode messages = owner.client().get("/api/chat/sessions/" + session + "/messages").json();
		assertThat(messages.path("total").asInt()).isEqualTo(4);
		assertThat(owner.client().get("/api/chat/sessions/" + session).json().path("title").asString())
			.isEqualTo("/datasets");
	}

	@Test
	void theChartCommandDrawsADraftChartThatStaysOutOfTheLibraryUntilPinned() {
		Accounts.Person owner = accounts.member();
		upload(owner.client(), null, "meters");
		ApiClient.Response tab = owner.client().post("/api/tabs", Map.of("name", "Energy"));
		String tabId = tab.json().path("id").asString();
		String session = session(owner.client(), Map.of("tabId", tabId));

		JsonNode answer = send(owner.client(), session, "/chart dataset=meters measure=kw:sum by=site type=bar")
			.path("messages")
			.get(1);
		JsonNode chart = answer.path("charts").get(0);
		assertThat(chart.path("visual").path("type").asString()).isEqualTo("bar");
		assertThat(chart.path("data").path("rows").size()).isEqualTo(2);
		String chartId = chart.path("id").asString();
		assertThat(owner.client().get("/api/charts/" + chartId + "/data").json().path("rows"))
			.isEqualTo(chart.path("data").path("rows"));
		assertThat(owner.client().get("/api/charts").json().path("total").asInt()).isZero();

		JsonNode pinned = send(owner.client(), session, "/pin").path("messages").get(1);
		assertThat(pinned.path("content").asString()).contains("Energy");
		assertThat(owner.client().get("/api/tabs/" + tabId).json().path("charts").get(0).path("chartId").asString())
			.isEqualTo(chartId);
		assertThat(owner.client().get("/api/charts").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void anUnknownCommandOrMalformedArgumentsGiveAClearLine() {
		Accounts.Person owner = accounts.member();
		String session = session(owner.client(), Map.of());
		JsonNode unknown = send(owner.client(), session, "/frobnicate now").path("messages").get(1);
		assertThat(error(unknown)).contains("no command /frobnicate").contains("/help");
		JsonNode malformed = send(owner.client(), session, "/chart {\"query\": ").path("messages").get(1);
		assertThat(error(malformed)).contains("not a valid JSON object").contains("Usage");
		JsonNode missing = send(owner.client(), session, "/chart measure=kw").path("messages").get(1);
		assertThat(tool(missing).path("status").asString()).isEqualTo("failed");
		assertThat(tool(missing).path("summary").asString()).contains("dataset is missing");
	}

	@Test
	void emptyHugeAndBinaryMessagesAreRefusedAndNothingIsStored() {
		Accounts.Person owner = accounts.member();
		String session = session(owner.client(), Map.of());
		for (String bad : List.of("", "   ", "x".repeat(100_000), "abc\u0000\u0001def")) {
			ApiClient.Response refused = owner.client()
				.post("/api/chat/sessions/" + session + "/messages", Map.of("content", bad));
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.json().path("detail").asString()).isNotBlank();
		}
		ApiClient.Response noBody = owner.client()
			.postRaw("/api/chat/sessions/" + session + "/messages", "{}", "application/json");
		assertThat(noBody.status()).isEqualTo(400);
		assertThat(owner.client().get("/api/chat/sessions/" + session + "/messages").json().path("total").asInt())
			.isZero();
		assertThat(owner.client().get("/api/chat/sessions/" + session + "/events").json().path("events").size())
			.isZero();
	}

	@Test
	void anotherUsersSessionIsNotFoundOnEveryEndpoint() {
		Accounts.Person owner = accounts.member();
		Accounts.Person stranger = accounts.member();
		String session = session(owner.client(), Map.of());
		send(owner.client(), session, "/help");
		ApiClient other = stranger.client();
		String base = "/api/chat/sessions/" + session;
		assertThat(other.get(base).status()).isEqualTo(404);
		assertThat(other.get(base + "/messages").status()).isEqualTo(404);
		assertThat(other.get(base + "/events?after=0").status()).isEqualTo(404);
		assertThat(other.post(base + "/messages", Map.of("content", "/datasets")).status()).isEqualTo(404);
		assertThat(other.patch(base, Map.of("title", "mine")).status()).isEqualTo(404);
		assertThat(other.post(base + "/stop", Map.of()).status()).isEqualTo(404);
		assertThat(other.post(base + "/confirmations/x", Map.of("approve", true)).status()).isEqualTo(404);
		assertThat(other.get("/api/chat/commands?sessionId=" + session).status()).isEqualTo(404);
		assertThat(other.delete(base).status()).isEqualTo(404);
		assertThat(other.get("/api/chat/sessions").json().path("total").asInt()).isZero();
		assertThat(owner.client().get(base + "/messages").json().path("total").asInt()).isEqualTo(2);
		assertThat(owner.client().get(base).json().path("title").asString()).isEqualTo("/help");
	}

	@Test
	void sessionsAreRenamedSearchedAndDeleted() {
		Accounts.Person owner = accounts.member();
		String first = session(owner.client(), Map.of("title", "Plant questions"));
		String second = session(owner.client(), Map.of());
		send(owner.client(), second, "/help window");
		ApiClient.Response renamed = owner.client().patch("/api/chat/sessions/" + first, Map.of("title", "Turbines"));
		assertThat(renamed.json().path("title").asString()).isEqualTo("Turbines");
		JsonNode found = owner.client().get("/api/chat/sessions?q=turb").json();
		assertThat(found.path("total").asInt()).isEqualTo(1);
		assertThat(found.path("items").get(0).path("id").asString()).isEqualTo(first);
		JsonNode byMessage = owner.client().get("/api/chat/sessions?q=window").json();
		assertThat(byMessage.path("items").get(0).path("id").asString()).isEqualTo(second);
		assertThat(owner.client().delete("/api/chat/sessions/" + first).status()).isEqualTo(204);
		assertThat(owner.client().get("/api/chat/sessions/" + first).status()).isEqualTo(404);
		assertThat(owner.client().get("/api/chat/sessions").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void aViewerCannotRunACommandThatChangesTheWorkspace() {
		Accounts.Person owner = accounts.member();
		Accounts.Person viewer = accounts.member();
		String team = owner.client().post("/api/workspaces", Map.of("name", "Team")).json().path("id").asString();
		owner.client().post("/api/workspaces/" + team + "/members", Map.of("email", viewer.email(), "role", "viewer"));
		upload(owner.client(), team, "meters");
		String tabId = owner.client()
			.post("/api/tabs", Map.of("workspaceId", team, "name", "Board"))
			.json()
			.path("id")
			.asString();
		String session = session(viewer.client(), Map.of("tabId", tabId));

		JsonNode chart = send(viewer.client(), session, "/chart dataset=meters measure=kw").path("messages").get(1);
		assertThat(chart.path("charts").size()).as("a viewer may still get a chart").isEqualTo(1);
		JsonNode pin = send(viewer.client(), session, "/pin").path("messages").get(1);
		assertThat(tool(pin).path("status").asString()).isEqualTo("refused");
		assertThat(error(pin)).contains("viewer");
		JsonNode window = send(viewer.client(), session, "/window last 7 days").path("messages").get(1);
		assertThat(tool(window).path("status").asString()).isEqualTo("refused");
		JsonNode share = send(viewer.client(), session, "/share tab").path("messages").get(1);
		assertThat(tool(share).path("status").asString()).isEqualTo("refused");
		JsonNode board = owner.client().get("/api/tabs/" + tabId).json();
		assertThat(board.path("charts").size()).isZero();
		assertThat(board.path("window").isNull() || board.path("window").isMissingNode()).isTrue();
		assertThat(owner.client().get("/api/shares?workspaceId=" + team).json().path("total").asInt()).isZero();
	}

	@Test
	void aCommandOutsideThePolicyOrTheSessionIsRefusedEvenWhenTyped() {
		Accounts.Person owner = accounts.member();
		upload(owner.client(), null, "meters");
		ApiClient.Response set = owner.client()
			.put("/api/chat/policy", Map.of("allowedAgents", List.of(), "allowedCommands", List.of("datasets", "help"),
					"mayChangeDashboards", false, "mayChangeShares", false, "changesNeedConfirmation", true));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		String session = session(owner.client(), Map.of());
		JsonNode sql = send(owner.client(), session, "/sql select count(*) from meters").path("messages").get(1);
		assertThat(tool(sql).path("status").asString()).isEqualTo("refused");
		assertThat(error(sql)).contains("chat policy").contains("/sql");
		assertThat(owner.client().get("/api/chat/commands?sessionId=" + session).json().findValuesAsString("name"))
			.containsExactly("datasets", "help");
		assertThat(owner.client().get("/api/chat/commands").json().findValuesAsString("name"))
			.as("a chat not started yet")
			.containsExactly("datasets", "help");
		assertThat(accounts.member().client().get("/api/chat/commands?workspaceId=" + owner.id()).status())
			.isEqualTo(404);

		owner.client()
			.put("/api/chat/policy", Map.of("allowedAgents", List.of(), "allowedCommands", List.of(),
					"mayChangeDashboards", true, "mayChangeShares", true, "changesNeedConfirmation", true));
		owner.client().patch("/api/chat/sessions/" + session, Map.of("allowedCommands", List.of("help")));
		JsonNode narrowed = send(owner.client(), session, "/datasets").path("messages").get(1);
		assertThat(error(narrowed)).contains("session does not allow /datasets");
		ApiClient.Response unknown = owner.client()
			.patch("/api/chat/sessions/" + session, Map.of("allowedCommands", List.of("rm")));
		assertThat(unknown.status()).isEqualTo(400);
	}

	@Test
	void aCommandTheAgentDoesNotAllowIsRefusedEvenWhenTyped() {
		Accounts.Person owner = accounts.member();
		upload(owner.client(), null, "meters");
		ApiClient.Response agent = owner.client()
			.post("/api/chat/agents",
					Map.of("name", "Helpdesk", "instructions", "Only explain the commands.", "model", "builtin",
							"allowedCommands", List.of("help"), "allowedDatasets", List.of(), "toolRounds", 3,
							"confirmation", "CHANGES"));
		assertThat(agent.status()).as(agent.body()).isEqualTo(201);
		String agentId = agent.json().path("id").asString();
		String session = session(owner.client(), Map.of("agentId", agentId));

		JsonNode refused = send(owner.client(), session, "/datasets").path("messages").get(1);
		assertThat(tool(refused).path("status").asString()).isEqualTo("refused");
		assertThat(error(refused)).contains("agent 'Helpdesk' may not run /datasets");
		assertThat(send(owner.client(), session, "/help").path("messages").get(1).path("content").asString())
			.contains("/chart");

		owner.client()
			.put("/api/chat/policy", Map.of("allowedAgents", List.of(UUID.randomUUID().toString()), "allowedCommands",
					List.of(), "mayChangeDashboards", true, "mayChangeShares", true, "changesNeedConfirmation", true));
		JsonNode barred = send(owner.client(), session, "/help").path("messages").get(1);
		assertThat(error(barred)).contains("does not allow the agent 'Helpdesk'");
	}

	@Test
	void aSessionCannotUseAnotherWorkspacesAgentOrTab() {
		Accounts.Person owner = accounts.member();
		Accounts.Person stranger = accounts.member();
		String strangersAgent = stranger.client()
			.get("/api/chat/agents")
			.json()
			.path("items")
			.get(0)
			.path("id")
			.asString();
		String strangersTab = stranger.client()
			.post("/api/tabs", Map.of("name", "Theirs"))
			.json()
			.path("id")
			.asString();
		assertThat(owner.client().post("/api/chat/sessions", Map.of("agentId", strangersAgent)).status())
			.isEqualTo(404);
		assertThat(owner.client().post("/api/chat/sessions", Map.of("tabId", strangersTab)).status()).isEqualTo(404);
		String session = session(owner.client(), Map.of());
		assertThat(owner.client().patch("/api/chat/sessions/" + session, Map.of("agentId", strangersAgent)).status())
			.isEqualTo(404);
		assertThat(owner.client().patch("/api/chat/sessions/" + session, Map.of("tabId", strangersTab)).status())
			.isEqualTo(404);
	}

	@Test
	void onlyTheOwnerSetsTheChatPolicy() {
		Accounts.Person owner = accounts.member();
		Accounts.Person editor = accounts.member();
		String team = owner.client().post("/api/workspaces", Map.of("name", "Team")).json().path("id").asString();
		owner.client().post("/api/workspaces/" + team + "/members", Map.of("email", editor.email(), "role", "editor"));
		Map<String, Object> open = Map.of("allowedAgents", List.of(), "allowedCommands", List.of(),
				"mayChangeDashboards", true, "mayChangeShares", true, "changesNeedConfirmation", false);
		assertThat(editor.client().put("/api/chat/policy?workspaceId=" + team, open).status()).isEqualTo(403);
		assertThat(accounts.member().client().get("/api/chat/policy?workspaceId=" + team).status()).isEqualTo(404);
		assertThat(owner.client().put("/api/chat/policy?workspaceId=" + team, open).status()).isEqualTo(200);
		assertThat(editor.client()
			.get("/api/chat/policy?workspaceId=" + team)
			.json()
			.path("changesNeedConfirmation")
			.asBoolean()).isFalse();
	}

	static String upload(ApiClient client, String workspace, String name) {
		Map<String, String> fields = workspace == null ? Map.of("name", name)
				: Map.of("name", name, "workspaceId", workspace);
		ApiClient.Response created = client.upload("/api/datasets", name + ".csv",
				"ts,site,kw\n2026-01-01T00:00:00,North,1\n2026-01-01T01:00:00,South,2\n2026-01-01T02:00:00,North,3\n"
					.getBytes(StandardCharsets.UTF_8),
				fields);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static String session(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post("/api/chat/sessions", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static JsonNode send(ApiClient client, String session, String content) {
		ApiClient.Response turn = client.post("/api/chat/sessions/" + session + "/messages",
				Map.of("content", content));
		assertThat(turn.status()).as(turn.body()).isEqualTo(200);
		return turn.json();
	}

	static JsonNode tool(JsonNode message) {
		for (JsonNode card : message.path("cards")) {
			if (card.path("type").asString().equals("tool_call")) {
				return card;
			}
		}
		throw new AssertionError("No tool call in " + message);
	}

	static String error(JsonNode message) {
		for (JsonNode card : message.path("cards")) {
			if (card.path("type").asString().equals("error")) {
				return card.path("message").asString();
			}
		}
		throw new AssertionError("No error line in " + message);
	}

}
