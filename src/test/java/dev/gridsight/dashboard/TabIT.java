package dev.gridsight.dashboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tabs through HTTP: placements, windows that cascade, filters that say where they apply,
 * a tab's data in one call, guarded by workspace roles.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TabIT {

	@LocalServerPort
	int port;

	Accounts accounts;

	Accounts.Person owner;

	/** Daily load of every building of home_energy (has a {@code building} column). */
	String loadChart;

	/** Load per building over home_energy. */
	String buildingChart;

	/** A sum over {@code meters} (ts, kw; no building). */
	String meterChart;

	@BeforeAll
	void uploadData() throws Exception {
		accounts = new Accounts(port);
		owner = accounts.member();
		ApiClient.Response homes = owner.client()
			.upload("/api/datasets", "home_energy.csv",
					Files.readAllBytes(Path.of("..", "shared", "eval", "data", "home_energy.csv")), Map.of());
		assertThat(homes.status()).as(homes.body()).isEqualTo(201);
		StringBuilder meters = new StringBuilder("ts,kw\n");
		for (int day = 1; day <= 28; day++) {
			meters.append(String.format("2023-07-%02d 00:00:00,%d%n", day, day));
		}
		assertThat(owner.client()
			.upload("/api/datasets", "meters.csv", meters.toString().getBytes(StandardCharsets.UTF_8), Map.of())
			.status()).isEqualTo(201);
		loadChart = chart(owner.client(), null, "Daily load",
				Map.of("dataset", "home_energy", "measures", List.of(Map.of("column", "load_kwh", "agg", "sum")),
						"time", Map.of("column", "ts", "grain", "day"), "window", Map.of("last", "P30D")));
		buildingChart = chart(owner.client(), null, "Load by building",
				Map.of("dataset", "home_energy", "measures", List.of(Map.of("column", "load_kwh", "agg", "sum")),
						"dimensions", List.of(Map.of("column", "building"))));
		meterChart = chart(owner.client(), null, "Meter total", Map.of("dataset", "meters", "measures",
				List.of(Map.of("column", "kw", "agg", "sum")), "time", Map.of("column", "ts", "grain", "day")));
	}

	static String chart(ApiClient client, String workspaceId, String title, Map<String, Object> query) {
		Map<String, Object> body = new HashMap<>(
				Map.of("title", title, "query", query, "visual", Map.of("type", "line")));
		if (workspaceId != null) {
			body.put("workspaceId", workspaceId);
		}
		ApiClient.Response created = client.post("/api/charts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static String tab(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post("/api/tabs", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static void pin(ApiClient client, String tab, Map<String, Object> body) {
		ApiClient.Response pinned = client.post("/api/tabs/" + tab + "/charts", body);
		assertThat(pinned.status()).as(pinned.body()).isEqualTo(201);
	}

	static Map<String, JsonNode> byChart(JsonNode data) {
		Map<String, JsonNode> charts = new LinkedHashMap<>();
		data.path("charts").forEach(chart -> charts.put(chart.path("chartId").asString(), chart));
		return charts;
	}

	static Map<String, Boolean> applied(JsonNode chart) {
		Map<String, Boolean> applied = new HashMap<>();
		chart.path("filters")
			.forEach(use -> applied.put(use.path("column").asString(), use.path("applied").asBoolean()));
		return applied;
	}

	@Test
	void aTabHoldsChartsAndCardsAndAnswersWithItsShape() {
		ApiClient client = owner.client();
		String id = tab(client, Map.of("name", "  Energy  ", "window", Map.of("last", "P7D")));
		pin(client, id, Map.of("chartId", loadChart, "layout", Map.of("x", 0, "y", 0, "w", 8, "h", 6)));
		pin(client, id, Map.of("chartId", meterChart, "window", Map.of("points", 3)));
		ApiClient.Response card = client.post("/api/tabs/" + id + "/cards",
				Map.of("markdown", "## Notes\n<img src=x onerror=alert(1)> [x](javascript:alert(1))"));
		assertThat(card.status()).as(card.body()).isEqualTo(201);

		JsonNode tab = client.get("/api/tabs/" + id).json();
		assertThat(tab.path("name").asString()).isEqualTo("Energy");
		assertThat(tab.path("window").path("last").asString()).isEqualTo("P7D");
		assertThat(tab.path("filters").isArray()).isTrue();
		assertThat(tab.path("charts")).hasSize(2);
		JsonNode first = tab.path("charts").get(0);
		assertThat(first.path("chartId").asString()).isEqualTo(loadChart);
		assertThat(first.path("title").asString()).isEqualTo("Daily load");
		assertThat(first.path("visual").path("type").asString()).isEqualTo("line");
		assertThat(first.path("layout").path("w").asInt()).isEqualTo(8);
		assertThat(first.has("window")).isFalse();
		JsonNode second = tab.path("charts").get(1);
		assertThat(second.path("window").path("points").asInt()).isEqualTo(3);
		assertThat(second.path("layout").path("y").asInt()).as("placed below the first").isEqualTo(6);
		// stored as written: the web app renders markdown sanitized
		assertThat(tab.path("cards").get(0).path("markdown").asString()).contains("onerror");

		ApiClient.Response again = client.post("/api/tabs/" + id + "/charts", Map.of("chartId", loadChart));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void aDeletedChartLeavesTheTabsItWasOn() {
		ApiClient client = owner.client();
		String doomed = chart(client, null, "Doomed",
				Map.of("dataset", "meters", "measures", List.of(Map.of("column", "kw", "agg", "sum"))));
		String id = tab(client, Map.of("name", "Survivor"));
		pin(client, id, Map.of("chartId", doomed));
		pin(client, id, Map.of("chartId", meterChart));
		assertThat(client.delete("/api/charts/" + doomed).status()).isEqualTo(204);
		JsonNode tab = client.get("/api/tabs/" + id).json();
		assertThat(tab.path("charts")).hasSize(1);
		assertThat(client.get("/api/tabs/" + id + "/data").json().path("charts")).hasSize(1);
	}

	@Test
	void aChartsOwnWindowWinsOverTheTabsAndTheUrls() {
		ApiClient client = owner.client();
		String id = tab(client, Map.of("name", "Windows", "window", Map.of("last", "P7D")));
		pin(client, id, Map.of("chartId", loadChart));
		pin(client, id, Map.of("chartId", meterChart, "window", Map.of("points", 3)));

		Map<String, JsonNode> data = byChart(client.get("/api/tabs/" + id + "/data").json());
		assertThat(data.get(loadChart).path("windowSource").asString()).isEqualTo("tab");
		assertThat(data.get(loadChart).path("data").path("rows").size()).isBetween(7, 8);
		assertThat(data.get(meterChart).path("windowSource").asString()).isEqualTo("chart");
		assertThat(data.get(meterChart).path("data").path("rows").size()).isEqualTo(3);

		Map<String, JsonNode> month = byChart(
				client.get("/api/tabs/" + id + "/data?window=2022-08-01/2022-09-01").json());
		assertThat(month.get(loadChart).path("windowSource").asString()).isEqualTo("url");
		assertThat(month.get(loadChart).path("data").path("rows").size()).isEqualTo(31);
		assertThat(month.get(meterChart).path("data").path("rows").size()).isEqualTo(3);

		// back to the tab's window: null clears the override
		ApiClient.Response inherit = client.patch("/api/tabs/" + id + "/charts/" + meterChart,
				new HashMap<>(java.util.Collections.singletonMap("window", null)));
		assertThat(inherit.status()).as(inherit.body()).isEqualTo(200);
		Map<String, JsonNode> inherited = byChart(client.get("/api/tabs/" + id + "/data").json());
		assertThat(inherited.get(meterChart).path("windowSource").asString()).isEqualTo("tab");
		assertThat(inherited.get(meterChart).path("data").path("rows").size()).isEqualTo(7);

		ApiClient.Response noTabWindow = client.patch("/api/tabs/" + id,
				new HashMap<>(java.util.Collections.singletonMap("window", null)));
		assertThat(noTabWindow.status()).as(noTabWindow.body()).isEqualTo(200);
		Map<String, JsonNode> own = byChart(client.get("/api/tabs/" + id + "/data").json());
		assertThat(own.get(loadChart).path("windowSource").asString()).isEqualTo("query");
		assertThat(own.get(loadChart).path("data").path("rows").size()).isBetween(30, 31);
	}

	@Test
	void tabFiltersApplyWhereTheColumnExistsAndSaySo() {
		ApiClient client = owner.client();
		String id = tab(client, Map.of("name", "Filtered"));
		pin(client, id, Map.of("chartId", buildingChart));
		pin(client, id, Map.of("chartId", meterChart));
		ApiClient.Response set = client.patch("/api/tabs/" + id,
				Map.of("filters", List.of(Map.of("column", "building", "values", List.of("Building 1")))));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().path("filters").get(0).path("values").get(0).asString()).isEqualTo("Building 1");

		Map<String, JsonNode> data = byChart(client.get("/api/tabs/" + id + "/data").json());
		assertThat(data.get(buildingChart).path("data").path("rows")).hasSize(1);
		assertThat(applied(data.get(buildingChart))).containsEntry("building", true);
		assertThat(applied(data.get(meterChart))).containsEntry("building", false);
		assertThat(data.get(meterChart).path("data").path("rows").size()).isEqualTo(28);

		Map<String, JsonNode> fromUrl = byChart(
				client.get("/api/tabs/" + id + "/data?filter.building=Building%202&filter.building=Building%203")
					.json());
		JsonNode rows = fromUrl.get(buildingChart).path("data").path("rows");
		assertThat(rows).hasSize(2);
		List<String> buildings = new ArrayList<>();
		rows.forEach(row -> buildings.add(row.get(0).asString()));
		assertThat(buildings).containsExactlyInAnyOrder("Building 2", "Building 3");
	}

	@Test
	void oneFailingChartGivesItsOwnErrorAndTheOthersTheirData() {
		ApiClient client = owner.client();
		String id = tab(client, Map.of("name", "One fails"));
		pin(client, id, Map.of("chartId", buildingChart));
		pin(client, id, Map.of("chartId", meterChart));
		// kw is a number on meters: text cannot be coerced, on that chart only
		ApiClient.Response response = client.get("/api/tabs/" + id + "/data?filter.kw=lots");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		Map<String, JsonNode> data = byChart(response.json());
		assertThat(data.get(meterChart).path("error").asString()).isNotBlank();
		assertThat(data.get(meterChart).has("data")).isFalse();
		assertThat(data.get(buildingChart).has("error")).isFalse();
		assertThat(data.get(buildingChart).path("data").path("rows").size()).isGreaterThan(1);
	}

	@Test
	void tabsAreListedInOrderReorderedDuplicatedAndLaidOut() {
		Accounts.Person person = accounts.member();
		ApiClient client = person.client();
		String a = tab(client, Map.of("name", "A"));
		String b = tab(client, Map.of("name", "B"));
		String c = tab(client, Map.of("name", "C"));
		assertThat(names(client)).containsExactly("A", "B", "C");
		assertThat(client.patch("/api/tabs/" + c, Map.of("position", 0)).status()).isEqualTo(200);
		assertThat(names(client)).containsExactly("C", "A", "B");
		ApiClient.Response page = client.get("/api/tabs?size=2&page=1");
		assertThat(page.json().path("total").asLong()).isEqualTo(3);
		assertThat(page.json().path("items")).hasSize(1);

		ApiClient.Response card = client.post("/api/tabs/" + a + "/cards", Map.of("markdown", "# Hello"));
		String cardId = card.json().path("id").asString();
		ApiClient.Response laidOut = client.put("/api/tabs/" + a + "/layout",
				Map.of("cards", List.of(Map.of("id", cardId, "layout", Map.of("x", 6, "y", 2, "w", 6, "h", 3)))));
		assertThat(laidOut.status()).as(laidOut.body()).isEqualTo(200);
		assertThat(laidOut.json().path("cards").get(0).path("layout").path("x").asInt()).isEqualTo(6);
		ApiClient.Response edited = client.patch("/api/tabs/" + a + "/cards/" + cardId, Map.of("markdown", "# Bye"));
		assertThat(edited.json().path("markdown").asString()).isEqualTo("# Bye");

		ApiClient.Response copy = client.post("/api/tabs/" + a + "/duplicate", Map.of());
		assertThat(copy.status()).as(copy.body()).isEqualTo(201);
		assertThat(copy.json().path("name").asString()).isEqualTo("A (copy)");
		assertThat(copy.json().path("cards").get(0).path("markdown").asString()).isEqualTo("# Bye");
		assertThat(names(client)).containsExactly("C", "A", "B", "A (copy)");

		assertThat(client.delete("/api/tabs/" + a + "/cards/" + cardId).status()).isEqualTo(204);
		assertThat(client.get("/api/tabs/" + a).json().path("cards")).isEmpty();
		assertThat(client.get("/api/tabs/" + copy.json().path("id").asString()).json().path("cards")).hasSize(1);
		assertThat(client.get("/api/tabs/" + b).json().path("position").asInt()).isEqualTo(2);
	}

	private static List<String> names(ApiClient client) {
		List<String> names = new ArrayList<>();
		client.get("/api/tabs").json().path("items").forEach(tab -> names.add(tab.path("name").asString()));
		return names;
	}

	@Test
	void aDeletedTabCanBeRestoredWithinTheUndoWindow() {
		Accounts.Person person = accounts.member();
		ApiClient client = person.client();
		String id = tab(client, Map.of("name", "Oops"));
		assertThat(client.delete("/api/tabs/" + id).status()).isEqualTo(204);
		assertThat(client.get("/api/tabs/" + id).status()).isEqualTo(404);
		assertThat(names(client)).doesNotContain("Oops");

		ApiClient.Response restored = client.post("/api/tabs/" + id + "/restore", Map.of());
		assertThat(restored.status()).as(restored.body()).isEqualTo(200);
		assertThat(client.get("/api/tabs/" + id).status()).isEqualTo(200);
		assertThat(names(client)).contains("Oops");
		assertThat(accounts.admin().get("/api/audit?size=200").body()).contains("tab_deleted")
			.contains("tab_restored")
			.contains(id);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
		Accounts.Person person = accounts.member();
		ApiClient client = person.client();
		String id = tab(client, Map.of("name", "Kept", "window", Map.of("last", "P7D")));

		Map<String, Object> backwards = Map.of("name", "x", "window", Map.of("from", "2023-01-02", "to", "2023-01-01"));
		expect400(client.post("/api/tabs", backwards), "end after");
		expect400(
				client.post("/api/tabs",
						Map.of("name", "x", "window",
								Map.of("from", "+99999-01-01T00:00:00Z", "to", "+99999-02-01T00:00:00Z"))),
				"window.from");
		expect400(
				client.post("/api/tabs",
						Map.of("name", "x", "window", Map.of("from", "99999-01-01", "to", "2023-01-01"))),
				"window from");
		expect400(client.post("/api/tabs", Map.of("name", "x", "window", Map.of("points", 0))), "window points");
		expect400(client.post("/api/tabs", Map.of("name", "x", "window", Map.of("points", 1_000_000_000))),
				"window points");
		expect400(client.post("/api/tabs", Map.of("name", "x", "window", Map.of("period", "fortnight"))), "fortnight");
		expect400(client.post("/api/tabs", Map.of("name", " ")), "name");
		expect400(client.post("/api/tabs", Map.of("name", "n".repeat(201))), "name");
		expect400(client.patch("/api/tabs/" + id, Map.of("name", "")), "name");
		expect400(client.patch("/api/tabs/" + id, Map.of("window", Map.of("period", "someday"))), "window");
		expect400(client.patch("/api/tabs/" + id, Map.of("refreshSeconds", 1)), "refreshSeconds");
		expect400(client.patch("/api/tabs/" + id,
				Map.of("filters", List.of(Map.of("column", "nowhere", "values", List.of("a"))))), "nowhere");

		assertThat(names(client)).containsExactly("Kept");
		JsonNode kept = client.get("/api/tabs/" + id).json();
		assertThat(kept.path("window").path("last").asString()).isEqualTo("P7D");
		assertThat(kept.path("filters")).isEmpty();
	}

	private static void expect400(ApiClient.Response response, String names) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(response.detail()).contains(names);
	}

	@Test
	void badDataRequestsAndLayoutsAreRefusedBeforeAnyChartRuns() {
		ApiClient client = owner.client();
		String id = tab(client, Map.of("name", "Strict"));
		pin(client, id, Map.of("chartId", buildingChart, "layout", Map.of("x", 0, "y", 0, "w", 6, "h", 4)));
		String data = "/api/tabs/" + id + "/data";
		expect400(client.get(data + "?window=2023-01-02/2023-01-01"), "end after");
		expect400(client.get(data + "?window=fortnight"), "fortnight");
		expect400(client.get(data + "?window=99999-01-01/2023-01-01"), "99999");
		expect400(client.get(data + "?window=points:0"), "points");
		expect400(client.get(data + "?window=points:1000000000"), "points");
		expect400(client.get(data + "?points=0"), "points");
		expect400(client.get(data + "?points=1000000000"), "points");
		expect400(client.get(data + "?filter.nowhere=1"), "filter.nowhere");

		for (Map<String, Object> layout : List.<Map<String, Object>>of(Map.of("x", -1, "y", 0, "w", 6, "h", 4),
				Map.of("x", 0, "y", -5, "w", 6, "h", 4), Map.of("x", 0, "y", 0, "w", 0, "h", 4),
				Map.of("x", 0, "y", 0, "w", 6, "h", 100_000), Map.of("x", 8, "y", 0, "w", 6, "h", 4),
				Map.of("x", 0, "y", 1_000_000_000, "w", 6, "h", 4))) {
			expect400(client.post("/api/tabs/" + id + "/charts", Map.of("chartId", loadChart, "layout", layout)),
					"layout");
			expect400(client.put("/api/tabs/" + id + "/layout",
					Map.of("charts", List.of(Map.of("chartId", buildingChart, "layout", layout)))), "layout");
		}
		expect400(
				client.put("/api/tabs/" + id + "/layout",
						Map.of("charts", List
							.of(Map.of("chartId", meterChart, "layout", Map.of("x", 0, "y", 0, "w", 6, "h", 4))))),
				"charts[0].chartId");
		JsonNode tab = client.get("/api/tabs/" + id).json();
		assertThat(tab.path("charts")).hasSize(1);
		assertThat(tab.path("charts").get(0).path("layout").path("h").asInt()).isEqualTo(4);
	}

	@Test
	void strangersFindNothingAndViewersChangeNothing() {
		String id = tab(owner.client(), Map.of("name", "Private"));
		pin(owner.client(), id, Map.of("chartId", loadChart));
		String card = owner.client()
			.post("/api/tabs/" + id + "/cards", Map.of("markdown", "hi"))
			.json()
			.path("id")
			.asString();
		Accounts.Person stranger = accounts.member();
		ApiClient s = stranger.client();
		String base = "/api/tabs/" + id;
		assertThat(s.get(base).status()).isEqualTo(404);
		assertThat(s.get(base + "/data").status()).isEqualTo(404);
		assertThat(s.patch(base, Map.of("name", "mine")).status()).isEqualTo(404);
		assertThat(s.delete(base).status()).isEqualTo(404);
		assertThat(s.post(base + "/restore", Map.of()).status()).isEqualTo(404);
		assertThat(s.post(base + "/duplicate", Map.of()).status()).isEqualTo(404);
		assertThat(s.post(base + "/charts", Map.of("chartId", loadChart)).status()).isEqualTo(404);
		assertThat(s.patch(base + "/charts/" + loadChart, Map.of("layout", Map.of("x", 0, "y", 0, "w", 2, "h", 2)))
			.status()).isEqualTo(404);
		assertThat(s.delete(base + "/charts/" + loadChart).status()).isEqualTo(404);
		assertThat(s.put(base + "/layout", Map.of("charts", List.of())).status()).isEqualTo(404);
		assertThat(s.post(base + "/cards", Map.of("markdown", "x")).status()).isEqualTo(404);
		assertThat(s.patch(base + "/cards/" + card, Map.of("markdown", "x")).status()).isEqualTo(404);
		assertThat(s.delete(base + "/cards/" + card).status()).isEqualTo(404);
		assertThat(s.get("/api/tabs?workspaceId=" + owner.id()).status()).isEqualTo(404);
		assertThat(s.post("/api/tabs", Map.of("name", "x", "workspaceId", owner.id())).status()).isEqualTo(404);

		// a stranger's chart cannot go on my tab, nor mine on theirs
		String theirs = tab(s, Map.of("name", "Theirs"));
		assertThat(s.post("/api/tabs/" + theirs + "/charts", Map.of("chartId", loadChart)).status()).isEqualTo(404);
		assertThat(owner.client().get(base).json().path("name").asString()).isEqualTo("Private");
		assertThat(owner.client().get(base).json().path("charts")).hasSize(1);
	}

	@Test
	void viewersReadEditorsChangeAndRemovedMembersLoseTheTabAtOnce() throws Exception {
		Accounts.Person lead = accounts.member();
		Accounts.Person viewer = accounts.member();
		ApiClient.Response workspace = lead.client().post("/api/workspaces", Map.of("name", "Plant"));
		assertThat(workspace.status()).as(workspace.body()).isEqualTo(201);
		String ws = workspace.json().path("id").asString();
		assertThat(lead.client()
			.post("/api/workspaces/" + ws + "/members", Map.of("email", viewer.email(), "role", "viewer"))
			.status()).isEqualTo(201);
		assertThat(lead.client()
			.upload("/api/datasets", "meters.csv", "ts,kw\n2023-07-01 00:00:00,5\n".getBytes(StandardCharsets.UTF_8),
					Map.of("workspaceId", ws))
			.status()).isEqualTo(201);
		String shared = chart(lead.client(), ws, "Shared meter",
				Map.of("dataset", "meters", "measures", List.of(Map.of("column", "kw", "agg", "sum"))));
		String id = tab(lead.client(), Map.of("name", "Plant tab", "workspaceId", ws));
		pin(lead.client(), id, Map.of("chartId", shared));
		// a chart of the lead's personal workspace does not go on the shared workspace's
		// tab
		assertThat(lead.client()
			.upload("/api/datasets", "meters.csv", "ts,kw\n2023-07-01 00:00:00,7\n".getBytes(StandardCharsets.UTF_8),
					Map.of())
			.status()).isEqualTo(201);
		String personal = chart(lead.client(), null, "Mine",
				Map.of("dataset", "meters", "measures", List.of(Map.of("column", "kw", "agg", "sum"))));
		ApiClient.Response foreign = lead.client().post("/api/tabs/" + id + "/charts", Map.of("chartId", personal));
		assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);

		ApiClient v = viewer.client();
		String base = "/api/tabs/" + id;
		assertThat(v.get(base).status()).isEqualTo(200);
		assertThat(v.get("/api/tabs?workspaceId=" + ws).json().path("total").asLong()).isEqualTo(1);
		JsonNode data = v.get(base + "/data").json();
		assertThat(data.path("charts").get(0).path("data").path("rows").get(0).get(0).asDouble()).isEqualTo(5.0);
		assertThat(v.patch(base, Map.of("name", "mine")).status()).isEqualTo(403);
		assertThat(v.delete(base).status()).isEqualTo(403);
		assertThat(v.post(base + "/duplicate", Map.of()).status()).isEqualTo(403);
		assertThat(v.post(base + "/charts", Map.of("chartId", shared)).status()).isEqualTo(403);
		assertThat(
				v.patch(base + "/charts/" + shared, Map.of("layout", Map.of("x", 0, "y", 0, "w", 2, "h", 2))).status())
			.isEqualTo(403);
		assertThat(v.delete(base + "/charts/" + shared).status()).isEqualTo(403);
		assertThat(v.put(base + "/layout", Map.of("charts", List.of())).status()).isEqualTo(403);
		assertThat(v.post(base + "/cards", Map.of("markdown", "x")).status()).isEqualTo(403);
		assertThat(v.post("/api/tabs", Map.of("name", "x", "workspaceId", ws)).status()).isEqualTo(403);

		assertThat(lead.client().delete("/api/workspaces/" + ws + "/members/" + viewer.id()).status()).isEqualTo(204);
		assertThat(v.get(base).status()).isEqualTo(404);
		assertThat(v.get(base + "/data").status()).isEqualTo(404);
		assertThat(lead.client().get(base).json().path("charts")).hasSize(1);
	}

}
