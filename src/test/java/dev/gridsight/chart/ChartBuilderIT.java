package dev.gridsight.chart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chart builder and the chart library ask of the API: a live preview of a chart
 * not saved, saving an edited chart, searching the library, and the CSV export — each
 * with another user's ids and with bad input that must change nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartBuilderIT {

	@LocalServerPort
	int port;

	Accounts accounts;

	Accounts.Person owner;

	Accounts.Person stranger;

	@BeforeAll
	void dataset() {
		accounts = new Accounts(port);
		owner = accounts.member();
		stranger = accounts.member();
		StringBuilder csv = new StringBuilder("ts,site,kw,note\n");
		LocalDateTime start = LocalDateTime.of(2022, 8, 1, 0, 0);
		for (int hour = 0; hour < 72; hour++) {
			String ts = start.plusHours(hour).toString().replace('T', ' ');
			csv.append(ts).append(",North,").append(10 + hour % 24).append(",ok\n");
			csv.append(ts)
				.append(",South,")
				.append(5 + hour % 12)
				.append(hour == 0 ? ",\"=HYPERLINK(\"\"x\"\")\"\n" : ",ok\n");
		}
		ApiClient.Response uploaded = owner.client()
			.upload("/api/datasets", "meter.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
	}

	private static Map<String, Object> daily(String site) {
		Map<String, Object> query = new HashMap<>(
				Map.of("dataset", "meter", "measures", List.of(Map.of("column", "kw", "agg", "sum", "as", "kw")),
						"time", Map.of("column", "ts", "grain", "day")));
		if (site != null) {
			query.put("filters", List.of(Map.of("column", "site", "op", "eq", "value", site)));
		}
		return query;
	}

	private String create(String title) {
		ApiClient.Response created = owner.client()
			.post("/api/charts", Map.of("title", title, "query", daily(null), "visual", Map.of("type", "bar")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	@Test
	void aPreviewAnswersAsChartDataDoesAndSavesNothing() {
		long before = owner.client().get("/api/charts").json().path("total").asLong();
		ApiClient.Response all = owner.client().post("/api/charts/preview", Map.of("query", daily(null)));
		assertThat(all.status()).as(all.body()).isEqualTo(200);
		assertThat(all.json().path("rows").size()).isEqualTo(3);
		assertThat(all.json().path("columns").get(0).path("name").asString()).isEqualTo("ts");

		ApiClient.Response north = owner.client().post("/api/charts/preview", Map.of("query", daily("North")));
		assertThat(north.json().path("rows").get(0).get(1).asDouble())
			.isLessThan(all.json().path("rows").get(0).get(1).asDouble());
		ApiClient.Response windowed = owner.client()
			.post("/api/charts/preview?window=2022-08-02/2022-08-03", Map.of("query", daily(null)));
		assertThat(windowed.json().path("rows").size()).isEqualTo(1);

		assertThat(owner.client().get("/api/charts").json().path("total").asLong()).isEqualTo(before);
	}

	@Test
	void aBadPreviewNamesTheProblemAndAStrangerSeesNothing() {
		Map<String, Object> unknown = new HashMap<>(daily(null));
		unknown.put("measures", List.of(Map.of("column", "kwh", "agg", "sum")));
		ApiClient.Response bad = owner.client().post("/api/charts/preview", Map.of("query", unknown));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.detail()).contains("kwh");
		assertThat(bad.raw().headers().firstValue("Content-Type").orElse("")).contains("problem+json");

		ApiClient.Response badWindow = owner.client()
			.post("/api/charts/preview?window=2022-08-03/2022-08-01", Map.of("query", daily(null)));
		assertThat(badWindow.status()).isEqualTo(400);

		// the stranger's own workspace has no dataset called meter; the owner's is not
		// theirs
		ApiClient.Response own = stranger.client().post("/api/charts/preview", Map.of("query", daily(null)));
		assertThat(own.status()).isEqualTo(400);
		assertThat(own.detail()).contains("meter");
		assertThat(stranger.client()
			.post("/api/charts/preview", Map.of("workspaceId", owner.id(), "query", daily(null)))
			.status()).isEqualTo(404);
	}

	@Test
	void savingAnEditedChartReplacesWhatItShowsForItsEditorsOnly() {
		String id = create("Daily kW");
		Map<String, Object> changed = Map.of("title", "North daily", "query", daily("North"), "visual",
				Map.of("type", "line", "x", "ts", "y", List.of("kw")));

		assertThat(stranger.client().put("/api/charts/" + id, changed).status()).isEqualTo(404);
		ApiClient.Response bad = owner.client()
			.put("/api/charts/" + id, Map.of("title", "x", "query", Map.of("dataset", "nope", "measures", List.of())));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(owner.client().get("/api/charts/" + id).json().path("title").asString()).isEqualTo("Daily kW");

		ApiClient.Response saved = owner.client().put("/api/charts/" + id, changed);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("title").asString()).isEqualTo("North daily");
		assertThat(saved.json().path("visual").path("type").asString()).isEqualTo("line");
		ApiClient.Response data = owner.client().get("/api/charts/" + id + "/data");
		ApiClient.Response preview = owner.client().post("/api/charts/preview", Map.of("query", daily("North")));
		assertThat(data.json().path("rows")).isEqualTo(preview.json().path("rows"));
	}

	@Test
	void aViewerOfTheWorkspaceCannotSaveAChart() {
		Accounts.Person teamOwner = accounts.member();
		Accounts.Person viewer = accounts.member();
		String team = teamOwner.client().post("/api/workspaces", Map.of("name", "Team")).json().path("id").asString();
		teamOwner.client()
			.post("/api/workspaces/" + team + "/members", Map.of("email", viewer.email(), "role", "viewer"));
		ApiClient.Response chart = teamOwner.client()
			.post("/api/charts", Map.of("workspaceId", team, "title", "Plain", "sql", "select 1 as one"));
		assertThat(chart.status()).as(chart.body()).isEqualTo(201);
		String id = chart.json().path("id").asString();

		ApiClient.Response refused = viewer.client()
			.put("/api/charts/" + id, Map.of("title", "Mine now", "sql", "select 2 as two"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(viewer.client().get("/api/charts/" + id).json().path("title").asString()).isEqualTo("Plain");
		assertThat(viewer.client()
			.post("/api/charts/preview", Map.of("workspaceId", team, "sql", "select 2 as two"))
			.json()
			.path("rows")
			.get(0)
			.get(0)
			.asInt()).isEqualTo(2);
	}

	@Test
	void theLibrarySearchesTitlesIgnoringCaseAndLikeCharacters() {
		Accounts.Person librarian = accounts.member();
		ApiClient client = librarian.client();
		for (String title : List.of("Grid import", "GRID export", "Boiler 100%", "Boiler_x")) {
			assertThat(client.post("/api/charts", Map.of("title", title, "sql", "select 1 as one")).status())
				.isEqualTo(201);
		}
		assertThat(client.get("/api/charts?q=grid").json().path("total").asLong()).isEqualTo(2);
		assertThat(client.get("/api/charts?q=100%25").json().path("items").get(0).path("title").asString())
			.isEqualTo("Boiler 100%");
		assertThat(client.get("/api/charts?q=%25").json().path("total").asLong()).isEqualTo(1);
		assertThat(client.get("/api/charts?q=_").json().path("total").asLong()).isEqualTo(1);
		assertThat(client.get("/api/charts").json().path("total").asLong()).isEqualTo(4);
		assertThat(client.get("/api/charts?q=" + "x".repeat(201)).status()).isEqualTo(400);
	}

	@Test
	void theCsvExportHasEveryRowOfTheWindowWithFiltersAndNoFormulas() {
		Map<String, Object> raw = Map.of("dataset", "meter", "measures",
				List.of(Map.of("column", "kw"), Map.of("column", "site"), Map.of("column", "note")));
		ApiClient.Response created = owner.client()
			.post("/api/charts",
					Map.of("title", "Raw: readings / all", "query", raw, "visual", Map.of("type", "table")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();

		ApiClient.Response csv = owner.client().get("/api/charts/" + id + "/data.csv");
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).contains("attachment").contains("Raw_ readings _ all.csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("kw,site,note");
		assertThat(lines).hasSize(1 + 144);
		assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",=HYPERLINK");

		ApiClient.Response south = owner.client().get("/api/charts/" + id + "/data.csv?filter.site=South");
		assertThat(south.body().split("\r\n")).hasSize(1 + 72);
		ApiClient.Response elsewhere = owner.client().get("/api/charts/" + id + "/data.csv?filter.building=A");
		assertThat(elsewhere.body().split("\r\n")).hasSize(1 + 144);

		assertThat(stranger.client().get("/api/charts/" + id + "/data.csv").status()).isEqualTo(404);
		ApiClient.Response badWindow = owner.client().get("/api/charts/" + create("w") + "/data.csv?window=P0D");
		assertThat(badWindow.status()).isEqualTo(400);
		assertThat(badWindow.header("Content-Type")).contains("problem+json");
	}

}
