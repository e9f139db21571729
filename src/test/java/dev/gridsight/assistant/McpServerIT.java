package dev.gridsight.assistant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MCP server at /mcp, driven by the official SDK's client over Streamable HTTP with a
 * personal API token: the tools are the token user's commands in the workspace, every
 * call is a turn of the user's "MCP" chat, and changes wait for a confirmation there.
 */
@IntegrationTest
class McpServerIT {

	private static final String INITIALIZE = """
			{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
			"capabilities":{},"clientInfo":{"name":"curl","version":"1"}}}""";

	private static final List<String> CHANGES = List.of("tab", "pin", "window", "filter", "share", "optimize");

	@LocalServerPort
	int port;

	@Test
	void listsTheUsersCommandsAndChartsADatasetWithItsData() {
		Accounts.Person person = new Accounts(port).member();
		upload(person.client(), null, "meters");
		try (McpSyncClient mcp = client(token(person), Map.of())) {
			McpSchema.InitializeResult init = mcp.initialize();
			assertThat(init.serverInfo().name()).isEqualTo("gridsight");

			List<String> tools = names(mcp);
			assertThat(tools).as("the owner of a workspace, no agent: every command")
				.containsExactlyInAnyOrder("chart", "tab", "pin", "window", "filter", "share", "datasets", "describe",
						"sql", "forecast", "optimize", "agent", "help");
			McpSchema.Tool chart = mcp.listTools()
				.tools()
				.stream()
				.filter(tool -> tool.name().equals("chart"))
				.findFirst()
				.orElseThrow();
			assertThat(chart.inputSchema().get("required")).isEqualTo(List.of("query"));
			assertThat(chart.annotations().readOnlyHint()).isTrue();

			McpSchema.CallToolResult datasets = call(mcp, "datasets", Map.of());
			assertThat(datasets.isError()).as(text(datasets)).isFalse();
			assertThat(text(datasets)).contains("meters");

			McpSchema.CallToolResult charted = call(mcp, "chart",
					Map.of("title", "kW by site", "query",
							Map.of("dataset", "meters", "measures", List.of(Map.of("column", "kw", "agg", "sum")),
									"dimensions", List.of(Map.of("column", "site")))));
			String text = text(charted);
			assertThat(charted.isError()).as(text).isFalse();
			assertThat(text).contains("Chart: kW by site")
				.contains("Link: http://127.0.0.1:" + port + "/charts/")
				.contains("\"dataset\":\"meters\"")
				.contains("Data (2 rows)")
				.contains("\"columns\":[\"site\",\"sum_kw\"]")
				.contains("[\"North\",4")
				.contains("/chat?session=");
		}

		JsonNode sessions = person.client().get("/api/chat/sessions").json();
		JsonNode session = null;
		for (JsonNode item : sessions.path("items")) {
			if (item.path("title").asString().equals("MCP")) {
				assertThat(session).as("one MCP session").isNull();
				session = item;
			}
		}
		assertThat(session).as(sessions.toString()).isNotNull();
		JsonNode messages = person.client()
			.get("/api/chat/sessions/" + session.path("id").asString() + "/messages")
			.json()
			.path("items");
		assertThat(messages.size()).as(messages.toString()).isEqualTo(4);
		assertThat(messages.get(0).path("content").asString()).isEqualTo("/datasets");
		assertThat(messages.get(2).path("content").asString()).startsWith("/chart {");
		JsonNode answer = messages.get(3);
		assertThat(answer.path("charts").size()).isEqualTo(1);
		assertThat(answer.path("cards").get(0).path("type").asString()).isEqualTo("tool_call");
		assertThat(answer.path("cards").get(0).path("status").asString()).isEqualTo("ok");
	}

	/**
	 * Prints what a call costs end to end (a figure for the docs, not an assertion on
	 * time).
	 */
	@Test
	void manyCallsInARowAllSucceedAndAreRecorded() {
		Accounts.Person person = new Accounts(port).member();
		upload(person.client(), null, "meters");
		int calls = 30;
		long[] nanos = new long[calls];
		try (McpSyncClient mcp = client(token(person), Map.of())) {
			mcp.initialize();
			Map<String, Object> query = Map.of("query", Map.of("dataset", "meters", "measures",
					List.of(Map.of("column", "kw", "agg", "sum")), "dimensions", List.of(Map.of("column", "site"))));
			for (int i = 0; i < calls; i++) {
				long started = System.nanoTime();
				McpSchema.CallToolResult result = call(mcp, "chart", query);
				nanos[i] = System.nanoTime() - started;
				assertThat(result.isError()).as(text(result)).isFalse();
			}
		}
		java.util.Arrays.sort(nanos);
		System.out.printf("MCP chart call, %d in a row: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", calls,
				nanos[calls / 2] / 1e6, nanos[(int) (calls * 0.95)] / 1e6, nanos[calls - 1] / 1e6);
		String session = null;
		for (JsonNode item : person.client().get("/api/chat/sessions").json().path("items")) {
			if (item.path("title").asString().equals("MCP")) {
				session = item.path("id").asString();
			}
		}
		assertThat(person.client().get("/api/chat/sessions/" + session + "/messages").json().path("total").asLong())
			.isEqualTo(2L * calls);
	}

	@Test
	void parallelCallsOfOneUserQueueInsteadOfFailing() throws Exception {
		Accounts.Person person = new Accounts(port).member();
		upload(person.client(), null, "meters");
		String token = token(person);
		int clients = 4;
		int callsEach = 5;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
		try {
			List<java.util.concurrent.Future<List<Boolean>>> results = new java.util.ArrayList<>();
			for (int c = 0; c < clients; c++) {
				results.add(pool.submit(() -> {
					List<Boolean> errors = new java.util.ArrayList<>();
					try (McpSyncClient mcp = client(token, Map.of())) {
						mcp.initialize();
						for (int i = 0; i < callsEach; i++) {
							McpSchema.CallToolResult result = call(mcp, "describe", Map.of("dataset", "meters"));
							errors.add(result.isError());
						}
					}
					return errors;
				}));
			}
			for (java.util.concurrent.Future<List<Boolean>> result : results) {
				assertThat(result.get(120, java.util.concurrent.TimeUnit.SECONDS)).hasSize(callsEach)
					.containsOnly(false);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void withoutAPersonalTokenTheServerAnswers401() throws Exception {
		Accounts.Person person = new Accounts(port).member();
		assertThat(post(null, INITIALIZE).statusCode()).isEqualTo(401);
		assertThat(post("Bearer gs_not-a-token-at-all", INITIALIZE).statusCode()).isEqualTo(401);
		assertThat(post("Bearer not-even-our-kind", INITIALIZE).statusCode()).isEqualTo(401);
		ApiClient.Response session = person.client().get("/mcp");
		assertThat(session.status()).as("a browser session is not enough").isEqualTo(401);
		assertThat(session.header("WWW-Authenticate")).isEqualTo("Bearer");
		HttpResponse<String> ok = post("Bearer " + token(person), INITIALIZE);
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);

		try (McpSyncClient mcp = client("gs_wrong", Map.of())) {
			assertThatThrownBy(mcp::initialize).isNotNull();
		}
	}

	@Test
	void aViewerSeesNoChangesAndCannotRunThem() {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		Accounts.Person viewer = accounts.member();
		String team = team(owner, viewer, "viewer");
		upload(owner.client(), team, "meters");

		try (McpSyncClient mcp = client(token(viewer), Map.of("X-Gridsight-Workspace", team))) {
			mcp.initialize();
			List<String> tools = names(mcp);
			assertThat(tools).contains("chart", "datasets", "describe", "sql", "help")
				.doesNotContainAnyElementsOf(CHANGES);

			McpSchema.CallToolResult charted = call(mcp, "chart", Map.of("query",
					Map.of("dataset", "meters", "measures", List.of(Map.of("column", "kw", "agg", "sum")))));
			assertThat(charted.isError()).as(text(charted)).isFalse();

			McpSchema.CallToolResult tab = call(mcp, "tab", Map.of("name", "Mine now"));
			assertThat(tab.isError()).isTrue();
			assertThat(text(tab)).contains("viewer");
		}
		assertThat(owner.client().get("/api/tabs?workspaceId=" + team).body()).doesNotContain("Mine now");
	}

	@Test
	void anotherUsersTokenReachesNoWorkspaceItIsNotAMemberOf() {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		Accounts.Person stranger = accounts.member();
		String team = team(owner, null, null);
		upload(owner.client(), team, "secret_meters");

		try (McpSyncClient mcp = client(token(stranger), Map.of("X-Gridsight-Workspace", team))) {
			assertThatThrownBy(mcp::initialize).as("a foreign workspace is not found").isNotNull();
		}
		assertThat(post("Bearer " + token(stranger), INITIALIZE, Map.of("X-Gridsight-Workspace", team)).statusCode())
			.isEqualTo(404);
		assertThat(post("Bearer " + token(stranger), INITIALIZE, Map.of("X-Gridsight-Workspace", "nope")).statusCode())
			.isEqualTo(400);

		try (McpSyncClient mcp = client(token(stranger), Map.of())) {
			mcp.initialize();
			McpSchema.CallToolResult charted = call(mcp, "chart", Map.of("query",
					Map.of("dataset", "secret_meters", "measures", List.of(Map.of("column", "kw", "agg", "sum")))));
			assertThat(charted.isError()).isTrue();
			assertThat(text(charted)).doesNotContain("North");
			assertThat(text(call(mcp, "datasets", Map.of()))).doesNotContain("secret_meters");
		}
	}

	@Test
	void thePolicyHidesAndRefusesWhatItDisallows() {
		Accounts.Person owner = new Accounts(port).member();
		String team = team(owner, null, null);
		upload(owner.client(), team, "meters");
		List<String> allowed = List.of("chart", "datasets", "describe", "help");
		ApiClient.Response policy = owner.client()
			.put("/api/chat/policy?workspaceId=" + team, Map.of("allowedAgents", List.of(), "allowedCommands", allowed,
					"mayChangeDashboards", true, "mayChangeShares", true, "changesNeedConfirmation", true));
		assertThat(policy.status()).as(policy.body()).isEqualTo(200);

		try (McpSyncClient mcp = client(token(owner), Map.of("X-Gridsight-Workspace", team))) {
			mcp.initialize();
			assertThat(names(mcp)).containsExactlyInAnyOrderElementsOf(allowed);
			McpSchema.CallToolResult sql = call(mcp, "sql", Map.of("sql", "select * from meters"));
			assertThat(sql.isError()).isTrue();
			assertThat(text(sql)).contains("chat policy").contains("/sql");
		}
		try (McpSyncClient personal = client(token(owner), Map.of())) {
			personal.initialize();
			assertThat(names(personal)).as("the policy is the workspace's").contains("sql");
		}
	}

	@Test
	void aChangeThatNeedsAConfirmationWaitsForItInTheChat() {
		Accounts.Person owner = new Accounts(port).member();
		ApiClient web = owner.client();
		upload(web, null, "meters");
		String tabId = web.post("/api/tabs", Map.of("name", "Energy")).json().path("id").asString();
		try (McpSyncClient mcp = client(token(owner), Map.of())) {
			mcp.initialize();
			String chartText = text(call(mcp, "chart", Map.of("query",
					Map.of("dataset", "meters", "measures", List.of(Map.of("column", "kw", "agg", "sum"))))));
			String chartId = chartText.substring(chartText.indexOf("/charts/") + 8, chartText.indexOf("/charts/") + 44);

			McpSchema.CallToolResult pin = call(mcp, "pin", Map.of("chartId", chartId, "tabId", tabId));
			assertThat(pin.isError()).as(text(pin)).isFalse();
			assertThat(text(pin)).contains("Not run yet").contains("confirmation").contains("/chat?session=");
			assertThat(web.get("/api/tabs/" + tabId).json().path("charts").size()).as("nothing pinned").isZero();

			String session = text(pin).substring(text(pin).indexOf("session=") + 8, text(pin).indexOf("session=") + 44);
			JsonNode messages = web.get("/api/chat/sessions/" + session + "/messages").json().path("items");
			JsonNode confirmation = null;
			for (JsonNode card : messages.get(messages.size() - 1).path("cards")) {
				if (card.path("type").asString().equals("confirmation")) {
					confirmation = card;
				}
			}
			assertThat(confirmation).as(messages.toString()).isNotNull();
			ApiClient.Response confirmed = web.post(
					"/api/chat/sessions/" + session + "/confirmations/" + confirmation.path("callId").asString(),
					Map.of("approve", true));
			assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
			assertThat(web.get("/api/tabs/" + tabId).json().path("charts").size()).isEqualTo(1);
		}
	}

	@Test
	void aNamedAgentNarrowsTheToolsAndItsRulesApply() {
		Accounts.Person person = new Accounts(port).member();
		upload(person.client(), null, "meters");
		String analyst = null;
		List<String> commands = new java.util.ArrayList<>();
		for (JsonNode agent : person.client().get("/api/chat/agents").json().path("items")) {
			if (agent.path("name").asString().equals("Analyst")) {
				analyst = agent.path("id").asString();
				agent.path("allowedCommands").forEach(command -> commands.add(command.asString()));
			}
		}
		assertThat(analyst).isNotNull();
		assertThat(commands).doesNotContain("share", "optimize");

		try (McpSyncClient mcp = client(token(person), Map.of("X-Gridsight-Agent", analyst))) {
			mcp.initialize();
			assertThat(names(mcp)).containsExactlyInAnyOrderElementsOf(commands);
			McpSchema.CallToolResult share = call(mcp, "share", Map.of("target", "chart", "with", "public"));
			assertThat(share.isError()).isTrue();
			assertThat(text(share)).contains("Analyst");
			McpSchema.CallToolResult switched = call(mcp, "agent", Map.of("name", "Energy planner"));
			assertThat(switched.isError()).isTrue();
			assertThat(text(switched)).contains("X-Gridsight-Agent");
			assertThat(call(mcp, "chart",
					Map.of("query",
							Map.of("dataset", "meters", "measures", List.of(Map.of("column", "kw", "agg", "sum")))))
				.isError()).isFalse();
		}
		try (McpSyncClient mcp = client(token(person), Map.of("X-Gridsight-Agent", UUID.randomUUID().toString()))) {
			assertThatThrownBy(mcp::initialize).as("an unknown agent").isNotNull();
		}
	}

	@Test
	void argumentsAgainstTheSchemaAreAToolError() {
		Accounts.Person person = new Accounts(port).member();
		try (McpSyncClient mcp = client(token(person), Map.of())) {
			mcp.initialize();
			McpSchema.CallToolResult wrong = call(mcp, "chart", Map.of("query", "kw by site"));
			assertThat(wrong.isError()).isTrue();
			assertThat(text(wrong)).isNotBlank();
			McpSchema.CallToolResult missing = call(mcp, "chart", Map.of("title", "no query"));
			assertThat(missing.isError()).isTrue();
			assertThat(text(missing)).contains("query");
		}
	}

	// helpers

	private McpSyncClient client(String token, Map<String, String> headers) {
		HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
			.builder("http://127.0.0.1:" + port)
			.endpoint("/mcp")
			.httpRequestCustomizer((request, method, uri, body, context) -> {
				request.header("Authorization", "Bearer " + token);
				headers.forEach(request::header);
			})
			.build();
		return McpClient.sync(transport)
			.requestTimeout(Duration.ofSeconds(30))
			.initializationTimeout(Duration.ofSeconds(30))
			.build();
	}

	private static List<String> names(McpSyncClient mcp) {
		return mcp.listTools().tools().stream().map(McpSchema.Tool::name).toList();
	}

	private static McpSchema.CallToolResult call(McpSyncClient mcp, String tool, Map<String, Object> arguments) {
		return mcp.callTool(new McpSchema.CallToolRequest(tool, new LinkedHashMap<>(arguments)));
	}

	private static String text(McpSchema.CallToolResult result) {
		StringBuilder text = new StringBuilder();
		for (McpSchema.Content content : result.content()) {
			if (content instanceof McpSchema.TextContent part) {
				text.append(part.text());
			}
		}
		return text.toString();
	}

	private static String token(Accounts.Person person) {
		ApiClient.Response created = person.client().post("/api/tokens", Map.of("name", "mcp"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("token").asString();
	}

	private static String team(Accounts.Person owner, Accounts.Person member, String role) {
		String team = owner.client().post("/api/workspaces", Map.of("name", "Team")).json().path("id").asString();
		if (member != null) {
			ApiClient.Response added = owner.client()
				.post("/api/workspaces/" + team + "/members", Map.of("email", member.email(), "role", role));
			assertThat(added.status()).as(added.body()).isLessThan(300);
		}
		return team;
	}

	private static void upload(ApiClient client, String workspace, String name) {
		Map<String, String> fields = workspace == null ? Map.of("name", name)
				: Map.of("name", name, "workspaceId", workspace);
		ApiClient.Response created = client.upload("/api/datasets", name + ".csv",
				"ts,site,kw\n2026-01-01T00:00:00,North,1\n2026-01-01T01:00:00,South,2\n2026-01-01T02:00:00,North,3\n"
					.getBytes(StandardCharsets.UTF_8),
				fields);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	private HttpResponse<String> post(String authorization, String body) {
		return post(authorization, body, Map.of());
	}

	private HttpResponse<String> post(String authorization, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		headers.forEach(request::header);
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
