package dev.gridsight.chat;

import java.net.URLEncoder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assistant analytics through HTTP: over {@code chat_turns} rows written here as the turn
 * runner writes them (fixed days and times), and over turns sent through the chat's own
 * endpoints. The owner sees every member's turns, a member only their own, and each
 * figure matches the list of turns it links to.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantAnalyticsIT {

	static final String WINDOW = "&from=2026-03-01&to=2026-03-03";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Accounts.Person owner;

	Accounts.Person editor;

	Accounts.Person stranger;

	String workspace;

	@BeforeAll
	void turns() {
		Accounts accounts = new Accounts(port);
		owner = accounts.member();
		editor = accounts.member();
		stranger = accounts.member();
		ApiClient.Response created = owner.client().post("/api/workspaces", Map.of("name", "Analytics"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		workspace = created.json().path("id").asString();
		assertThat(owner.client()
			.post("/api/workspaces/" + workspace + "/members", Map.of("email", editor.email(), "role", "editor"))
			.status()).isEqualTo(201);
		UUID ownerSession = session(owner);
		UUID editorSession = session(editor);
		// owner: 4 turns over two days; editor: 2 turns, one with a failed command
		turn(ownerSession, owner, "2026-03-01T08:00:00Z", "chart", "answered", 0, 100, 40);
		turn(ownerSession, owner, "2026-03-01T09:00:00Z", "chart", "answered", 0, 200, 150);
		turn(ownerSession, owner, "2026-03-01T23:59:00Z", "kpi", "question", 0, 300, 0);
		turn(ownerSession, owner, "2026-03-03T10:00:00Z", "out_of_scope", "fallback", 0, 400, 0);
		turn(editorSession, editor, "2026-03-02T12:00:00Z", "pin", "answered", 2, 500, 450);
		turn(editorSession, editor, "2026-03-03T00:00:00Z", null, "error", 1, 600, 10);
		// outside the window
		turn(ownerSession, owner, "2026-02-28T23:59:59Z", "chart", "answered", 0, 9000, 0);
		turn(ownerSession, owner, "2026-03-04T00:00:00Z", "chart", "answered", 0, 9000, 0);
	}

	UUID session(Accounts.Person person) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into chat_sessions (id, workspace_id, user_id, title, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, UUID.fromString(workspace), UUID.fromString(person.id()), "Session of " + person.email(), now,
					now)
			.update();
		return id;
	}

	void turn(UUID session, Accounts.Person person, String at, String intent, String outcome, int commandErrors,
			double latencyMs, double commandMs) {
		jdbc.sql("""
				insert into chat_turns (id, session_id, workspace_id, user_id, engine, content, intent, intent_score,
				                        outcome, command_errors, latency_ms, command_ms, created_at)
				values (?, ?, ?, ?, 'builtin', ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), session, UUID.fromString(workspace), UUID.fromString(person.id()),
					"question of " + person.email() + " at " + at, intent, intent == null ? null : 0.5, outcome,
					commandErrors, latencyMs, commandMs, OffsetDateTime.parse(at))
			.update();
	}

	JsonNode report(Accounts.Person person) {
		ApiClient.Response report = person.client().get("/api/assistant/analytics?workspaceId=" + workspace + WINDOW);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		return report.json();
	}

	JsonNode turns(Accounts.Person person, String query) {
		ApiClient.Response list = person.client().get("/api/assistant/turns?workspaceId=" + workspace + WINDOW + query);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json();
	}

	static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((item) -> values.add(item.path(field).asString()));
		return values;
	}

	@Test
	void theOwnerSeesEveryMembersTurnsCountedByDayIntentAndOutcome() {
		JsonNode report = report(owner);

		assertThat(report.path("scope").asString()).isEqualTo("workspace");
		assertThat(report.path("turns").asLong()).isEqualTo(6);
		assertThat(values(report.path("turnsPerDay"), "day")).containsExactly("2026-03-01", "2026-03-02", "2026-03-03");
		assertThat(values(report.path("turnsPerDay"), "turns")).containsExactly("3", "1", "2");
		assertThat(values(report.path("intents"), "intent")).containsExactly("chart", "kpi", "none", "out_of_scope",
				"pin");
		assertThat(report.path("intents").get(0).path("turns").asLong()).isEqualTo(2);
		assertThat(report.path("fallbackRate").asDouble()).isEqualTo(1 / 6.0);
		assertThat(report.path("clarificationRate").asDouble()).isEqualTo(1 / 6.0);
		assertThat(report.path("commandErrors").asLong()).isEqualTo(3);
		assertThat(report.path("turnsWithCommandErrors").asLong()).isEqualTo(2);
	}

	@Test
	void latencyPercentilesAreNearestRankWithAndWithoutCommandTime() {
		JsonNode report = report(owner);

		// 100 200 300 400 500 600
		assertThat(report.path("latency").path("p50").asDouble()).isEqualTo(300);
		assertThat(report.path("latency").path("p95").asDouble()).isEqualTo(600);
		assertThat(report.path("latency").path("p99").asDouble()).isEqualTo(600);
		assertThat(report.path("latency").path("count").asInt()).isEqualTo(6);
		// without commands: 60 50 300 400 50 590 -> 50 50 60 300 400 590
		assertThat(report.path("engineLatency").path("p50").asDouble()).isEqualTo(60);
		assertThat(report.path("engineLatency").path("p95").asDouble()).isEqualTo(590);
	}

	@Test
	void aMemberOtherThanTheOwnerSeesOnlyTheirOwnTurns() {
		JsonNode report = report(editor);
		JsonNode all = turns(editor, "");

		assertThat(report.path("scope").asString()).isEqualTo("own");
		assertThat(report.path("turns").asLong()).isEqualTo(2);
		assertThat(values(report.path("turnsPerDay"), "turns")).containsExactly("0", "1", "1");
		assertThat(all.path("total").asLong()).isEqualTo(2);
		assertThat(values(all.path("items"), "content")).allMatch((content) -> content.contains(editor.email()));
		assertThat(values(all.path("items"), "own")).containsOnly("true");
	}

	@Test
	void eachFigureLinksToTheTurnsItCounts() {
		JsonNode day = turns(owner, "&day=2026-03-01");
		JsonNode chart = turns(owner, "&intent=chart");
		JsonNode none = turns(owner, "&intent=none");
		JsonNode fallback = turns(owner, "&outcome=fallback");
		JsonNode errors = turns(owner, "&commandErrors=true");
		JsonNode slowest = turns(owner, "&sort=slowest&size=2");

		assertThat(day.path("total").asLong()).isEqualTo(3);
		assertThat(values(day.path("items"), "createdAt")).allMatch((at) -> at.startsWith("2026-03-01"));
		assertThat(chart.path("total").asLong()).isEqualTo(2);
		assertThat(none.path("total").asLong()).isEqualTo(1);
		assertThat(values(fallback.path("items"), "intent")).containsExactly("out_of_scope");
		assertThat(errors.path("total").asLong()).isEqualTo(2);
		assertThat(values(slowest.path("items"), "latencyMs")).containsExactly("600.0", "500.0");
		assertThat(slowest.path("total").asLong()).isEqualTo(6);
		assertThat(slowest.path("items").get(0).path("sessionId").asString()).isNotBlank();
		assertThat(slowest.path("items").get(0).path("own").asBoolean()).isFalse();
	}

	@Test
	void anEmptyWindowHasZeroDaysAndNoRates() {
		ApiClient.Response report = owner.client()
			.get("/api/assistant/analytics?workspaceId=" + workspace + "&from=2025-01-01&to=2025-01-02");

		assertThat(report.status()).isEqualTo(200);
		assertThat(values(report.json().path("turnsPerDay"), "turns")).containsExactly("0", "0");
		assertThat(report.json().path("fallbackRate").isNull()).isTrue();
		assertThat(report.json().path("latency").path("count").asInt()).isZero();
	}

	@Test
	void rejectsBadWindowsOutcomesAndSortsWithAClearLine() {
		String base = "/api/assistant/analytics?workspaceId=" + workspace;

		ApiClient.Response badDate = owner.client().get(base + "&from=yesterday");
		ApiClient.Response reversed = owner.client().get(base + "&from=2026-03-05&to=2026-03-01");
		ApiClient.Response tooLong = owner.client().get(base + "&from=2020-01-01&to=2026-03-01");
		ApiClient.Response outcome = owner.client()
			.get("/api/assistant/turns?workspaceId=" + workspace + "&outcome=happy");
		ApiClient.Response sort = owner.client().get("/api/assistant/turns?workspaceId=" + workspace + "&sort=content");

		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.detail()).contains("from must be a date");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(outcome.status()).isEqualTo(400);
		assertThat(outcome.detail()).contains("outcome must be one of");
		assertThat(sort.status()).isEqualTo(400);
	}

	@Test
	void turnsSentThroughTheChatAreCountedAndLinkToTheirSession() {
		ApiClient.Response created = owner.client().post("/api/workspaces", Map.of("name", "Live chat"));
		String live = created.json().path("id").asString();
		assertThat(owner.client()
			.post("/api/workspaces/" + live + "/members", Map.of("email", editor.email(), "role", "editor"))
			.status()).isEqualTo(201);
		String ownerSession = chat(owner, live, "/help", "/frobnicate now");
		chat(editor, live, "/datasets");

		JsonNode all = owner.client().get("/api/assistant/analytics?workspaceId=" + live).json();
		JsonNode own = editor.client().get("/api/assistant/analytics?workspaceId=" + live).json();
		JsonNode help = owner.client()
			.get("/api/assistant/turns?workspaceId=" + live + "&intent=" + URLEncoder.encode("/help", UTF_8))
			.json();
		JsonNode errors = owner.client().get("/api/assistant/turns?workspaceId=" + live + "&outcome=error").json();

		assertThat(all.path("turns").asLong()).isEqualTo(3);
		assertThat(values(all.path("intents"), "intent")).containsExactlyInAnyOrder("/help", "/unknown", "/datasets");
		assertThat(all.path("latency").path("count").asInt()).isEqualTo(3);
		assertThat(own.path("turns").asLong()).isEqualTo(1);
		assertThat(values(own.path("intents"), "intent")).containsExactly("/datasets");
		assertThat(help.path("total").asLong()).isEqualTo(1);
		assertThat(help.path("items").get(0).path("sessionId").asString()).isEqualTo(ownerSession);
		assertThat(help.path("items").get(0).path("own").asBoolean()).isTrue();
		assertThat(help.path("items").get(0).path("content").asString()).isEqualTo("/help");
		assertThat(values(errors.path("items"), "content")).containsExactly("/frobnicate now");
	}

	/** A new session in the workspace with these messages sent; its id. */
	static String chat(Accounts.Person person, String workspace, String... messages) {
		ApiClient.Response session = person.client().post("/api/chat/sessions", Map.of("workspaceId", workspace));
		assertThat(session.status()).as(session.body()).isEqualTo(201);
		String id = session.json().path("id").asString();
		for (String message : messages) {
			ApiClient.Response turn = person.client()
				.post("/api/chat/sessions/" + id + "/messages", Map.of("content", message));
			assertThat(turn.status()).as(turn.body()).isEqualTo(200);
		}
		return id;
	}

	@Test
	void nonMembersSeeNothing() {
		assertThat(stranger.client().get("/api/assistant/analytics?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(stranger.client().get("/api/assistant/turns?workspaceId=" + workspace).status()).isEqualTo(404);
	}

}
