package dev.gridsight.chart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
 * Charts through HTTP: stored as queries, run live for a window, downsampled, guarded.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartIT {

	@LocalServerPort
	int port;

	Accounts.Person owner;

	@BeforeAll
	void uploadData() throws Exception {
		owner = new Accounts(port).member();
		ApiClient.Response homes = owner.client()
			.upload("/api/datasets", "home_energy.csv",
					Files.readAllBytes(Path.of("..", "shared", "eval", "data", "home_energy.csv")), Map.of());
		assertThat(homes.status()).isEqualTo(201);
		StringBuilder minutes = new StringBuilder("ts,kw\n");
		LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
		for (int i = 0; i < 43_200; i++) {
			double kw = i == 20_000 ? 999.0 : i == 30_000 ? -999.0 : 10 + Math.sin(i / 300.0);
			minutes.append(start.plusMinutes(i).toString().replace('T', ' ')).append(',').append(kw).append('\n');
		}
		assertThat(owner.client()
			.upload("/api/datasets", "minutes.csv", minutes.toString().getBytes(StandardCharsets.UTF_8), Map.of())
			.status()).isEqualTo(201);
	}

	private String chart(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post("/api/charts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static Map<String, Object> dailyLoad(Map<String, Object> window) {
		return Map.of("title", "Daily load, Building 1", "query",
				Map.of("dataset", "home_energy", "measures", List.of(Map.of("column", "load_kwh", "agg", "sum")),
						"time", Map.of("column", "ts", "grain", "day"), "filters",
						List.of(Map.of("column", "building", "op", "eq", "value", "Building 1")), "window", window),
				"visual", Map.of("type", "line", "x", "ts", "y", List.of("sum_load_kwh")));
	}

	@Test
	void aChartIsALiveQueryAnchoredAtTheLatestData() {
		String id = chart(owner.client(), dailyLoad(Map.of("last", "P7D")));
		ApiClient.Response stored = owner.client().get("/api/charts/" + id);
		assertThat(stored.json().path("query").path("window").path("last").asString()).isEqualTo("P7D");

		JsonNode data = owner.client().get("/api/charts/" + id + "/data").json();
		assertThat(data.path("rows").size()).isBetween(7, 8);
		assertThat(data.path("anchor").asString()).contains("latest data");
		assertThat(data.path("window").path("to").asString()).startsWith("2023-07-31T23:00");
		assertThat(data.path("columns").get(1).path("name").asString()).isEqualTo("sum_load_kwh");

		JsonNode month = owner.client().get("/api/charts/" + id + "/data?window=2022-08-01/2022-09-01").json();
		assertThat(month.path("rows").size()).isEqualTo(31);
		JsonNode all = owner.client().get("/api/charts/" + id + "/data?window=all").json();
		assertThat(all.path("rows").size()).isEqualTo(366);
		double total = 0;
		for (JsonNode row : all.path("rows")) {
			total += row.get(1).asDouble();
		}
		assertThat(total).isCloseTo(10583.353164750997, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void everyDocumentedSpellingOfTheWindowParameterIsAccepted() {
		String id = chart(owner.client(), dailyLoad(Map.of("last", "P7D")));
		String data = "/api/charts/" + id + "/data?window=";

		ApiClient.Response points = owner.client().get(data + "points:10");
		assertThat(points.status()).as(points.body()).isEqualTo(200);
		assertThat(points.json().path("rows").size()).isEqualTo(10);
		assertThat(points.json().path("rows").get(9).get(0).asString()).startsWith("2023-07-31");

		for (String lastWeek : List.of("P7D", "last:P7D")) {
			ApiClient.Response last = owner.client().get(data + lastWeek);
			assertThat(last.status()).as(lastWeek + ": " + last.body()).isEqualTo(200);
			assertThat(last.json().path("window").path("to").asString()).startsWith("2023-07-31T23:00");
		}
		for (String july : List.of("this_month", "period:this_month", "2023-07-01/2023-08-01",
				"2023-07-01..2023-08-01")) {
			ApiClient.Response month = owner.client().get(data + july);
			assertThat(month.status()).as(july + ": " + month.body()).isEqualTo(200);
			assertThat(month.json().path("rows").size()).as(july).isEqualTo(31);
		}
		ApiClient.Response all = owner.client().get(data + "all");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().path("rows").size()).isEqualTo(366);
	}

	@Test
	void aChartComparedWithThePreviousPeriodIsStoredAndShowsBothPeriods() {
		Map<String, Object> body = Map.of("title", "Load this week and last", "query", Map.of("dataset", "home_energy",
				"measures", List.of(Map.of("column", "load_kwh", "agg", "sum", "as", "load")), "time",
				Map.of("column", "ts", "grain", "day"), "window", Map.of("last", "P7D"), "compare", "previous_period"));
		ApiClient.Response created = owner.client().post("/api/charts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("query").path("compare").asString()).isEqualTo("previous_period");
		String id = created.json().path("id").asString();

		JsonNode data = owner.client().get("/api/charts/" + id + "/data").json();
		List<String> names = new java.util.ArrayList<>();
		data.path("columns").forEach(column -> names.add(column.path("name").asString()));
		assertThat(names).containsExactly("ts", "load", "load_previous");
		assertThat(data.path("rows").size()).isBetween(7, 8);
		for (JsonNode row : data.path("rows")) {
			assertThat(row.get(1).isNumber()).as(row.toString()).isTrue();
			assertThat(row.get(2).isNumber()).as(row.toString()).isTrue();
		}

		ApiClient.Response points = owner.client()
			.post("/api/charts", Map.of("title", "x", "query",
					Map.of("dataset", "home_energy", "measures", List.of(Map.of("column", "load_kwh", "agg", "sum")),
							"time", Map.of("column", "ts", "grain", "day"), "window", Map.of("points", 7), "compare",
							"previous_period")));
		assertThat(points.status()).isEqualTo(400);
		assertThat(points.detail()).contains("not a points window");
	}

	@Test
	void longSeriesComeBackDownsampledWithTheirExtremes() {
		String id = chart(owner.client(),
				Map.of("title", "Minutes", "query",
						Map.of("dataset", "minutes", "measures", List.of(Map.of("column", "kw", "agg", "avg")), "time",
								Map.of("column", "ts", "grain", "minute"), "window", Map.of("last", "P30D"))));
		JsonNode data = owner.client().get("/api/charts/" + id + "/data?points=500").json();
		assertThat(data.path("downsampled").asBoolean()).isTrue();
		assertThat(data.path("rows").size()).isLessThanOrEqualTo(4 * 500).isGreaterThan(400);
		List<Double> values = new java.util.ArrayList<>();
		data.path("rows").forEach(row -> values.add(row.get(1).asDouble()));
		assertThat(values).contains(999.0, -999.0);

		JsonNode full = owner.client().get("/api/charts/" + id + "/data?points=100000").json();
		assertThat(full.path("downsampled").asBoolean()).isFalse();
		assertThat(full.path("rows").size()).isGreaterThan(40_000);
	}

	@Test
	void aSqlChartRunsOneCheckedSelect() {
		String id = chart(owner.client(),
				Map.of("title", "By building", "sql",
						"select building, sum(load_kwh) as kwh from home_energy group by 1 order by 2 desc limit 3",
						"visual", Map.of("type", "bar")));
		JsonNode data = owner.client().get("/api/charts/" + id + "/data").json();
		assertThat(data.path("rows").size()).isEqualTo(3);
		assertThat(data.path("rows").get(0).get(0).asString()).isEqualTo("Building 17");

		ApiClient.Response refused = owner.client()
			.post("/api/charts", Map.of("title", "x", "sql", "select * from read_csv('/etc/passwd')"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).contains("read_csv");
	}

	@Test
	void badQueriesAreRefusedWithTheReasonAndNothingIsStored() {
		long before = owner.client().get("/api/charts").json().path("total").asLong();
		ApiClient.Response typo = owner.client()
			.post("/api/charts", Map.of("title", "typo", "query",
					Map.of("dataset", "home_energy", "measures", List.of(Map.of("column", "lod_kwh", "agg", "sum")))));
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.detail()).contains("lod_kwh").contains("load_kwh");

		ApiClient.Response agg = owner.client()
			.post("/api/charts", Map.of("title", "agg", "query", Map.of("dataset", "home_energy", "measures",
					List.of(Map.of("column", "load_kwh", "agg", "mode")))));
		assertThat(agg.status()).isEqualTo(400);
		assertThat(agg.detail()).doesNotContain("not valid JSON").contains("mode");

		ApiClient.Response backwards = owner.client()
			.post("/api/charts", dailyLoad(Map.of("from", "2023-01-02", "to", "2023-01-01")));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.detail()).contains("end after");

		ApiClient.Response badWindow = owner.client()
			.get("/api/charts/" + chart(owner.client(), dailyLoad(Map.of("last", "P7D"))) + "/data?window=yesterweek");
		assertThat(badWindow.status()).isEqualTo(400);
		assertThat(owner.client().get("/api/charts").json().path("total").asLong()).isEqualTo(before + 1);
	}

	@Test
	void theSameQueryOnAnotherWorkspacesDatasetOfTheSameNameIsNotServedFromTheCache() {
		Map<String, Object> total = Map.of("title", "Total", "query",
				Map.of("dataset", "tiny", "measures", List.of(Map.of("column", "kw", "agg", "sum"))));
		ApiClient first = new Accounts(port).member().client();
		ApiClient second = new Accounts(port).member().client();
		first.upload("/api/datasets", "tiny.csv", "kw\n1\n2\n".getBytes(StandardCharsets.UTF_8), Map.of());
		second.upload("/api/datasets", "tiny.csv", "kw\n10\n20\n".getBytes(StandardCharsets.UTF_8), Map.of());

		JsonNode firstData = first.get("/api/charts/" + chart(first, total) + "/data").json();
		JsonNode secondData = second.get("/api/charts/" + chart(second, total) + "/data").json();
		assertThat(firstData.path("rows").get(0).get(0).asDouble()).isEqualTo(3.0);
		assertThat(secondData.path("rows").get(0).get(0).asDouble()).isEqualTo(30.0);
	}

	@Test
	void anotherUsersChartsRevealNothing() {
		String id = chart(owner.client(), dailyLoad(Map.of("last", "P7D")));
		ApiClient stranger = new Accounts(port).member().client();
		assertThat(stranger.get("/api/charts/" + id).status()).isEqualTo(404);
		assertThat(stranger.get("/api/charts/" + id + "/data").status()).isEqualTo(404);
		assertThat(stranger.delete("/api/charts/" + id).status()).isEqualTo(404);
		ApiClient.Response foreignDataset = stranger.post("/api/charts", dailyLoad(Map.of("last", "P7D")));
		assertThat(foreignDataset.status()).isEqualTo(400);
		assertThat(foreignDataset.detail()).contains("no dataset named 'home_energy'");
		assertThat(stranger.post("/api/charts", Map.of("workspaceId", owner.id(), "title", "x", "sql", "select 1"))
			.status()).isEqualTo(404);
		assertThat(owner.client().get("/api/charts/" + id).status()).isEqualTo(200);
	}

}
