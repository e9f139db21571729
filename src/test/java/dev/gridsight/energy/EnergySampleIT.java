package dev.gridsight.energy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sample sites on first start, and runs of them through the HTTP API: the plant's
 * learned GTA models against the generator's true ones, a hindsight day against the
 * recorded practice, a maintenance override that costs more, the home's forecast run, the
 * run's charts and pinning, and an infeasible demand that stores nothing.
 */
@IntegrationTest
@TestPropertySource(properties = "gridsight.sample-data=true")
class EnergySampleIT {

	/** The generator's true models: a, b, c per machine (PlantHourly.TURBINES). */
	private static final Map<String, double[]> TRUE_MODELS = Map.of("GTA 1", new double[] { 0.172, -0.048, -1.60 },
			"GTA 2", new double[] { 0.165, -0.055, -1.40 }, "GTA 3", new double[] { 0.180, -0.045, -2.00 });

	@LocalServerPort
	int port;

	static Map<String, String> sites(ApiClient admin) {
		Map<String, String> ids = new HashMap<>();
		admin.get("/api/energy/sites")
			.json()
			.path("items")
			.forEach(site -> ids.put(site.path("name").asString(), site.path("id").asString()));
		return ids;
	}

	static JsonNode run(ApiClient client, String site, Map<String, Object> body) {
		ApiClient.Response run = client.post("/api/energy/sites/" + site + "/runs", body);
		assertThat(run.status()).as(run.body()).isEqualTo(201);
		return run.json();
	}

	@Test
	void theSamplePlantsLearnedModelsAreTheGeneratorsTrueOnes() {
		ApiClient admin = new Accounts(port).admin();
		Map<String, String> ids = sites(admin);
		assertThat(ids).containsKeys("Sample plant", "Sample home");
		JsonNode fit = admin.get("/api/energy/sites/" + ids.get("Sample plant") + "/fit").json();
		assertThat(fit.path("assets")).hasSize(3);
		for (JsonNode asset : fit.path("assets")) {
			double[] truth = TRUE_MODELS.get(asset.path("name").asString());
			JsonNode k = asset.path("coefficients");
			assertThat(k.path("admission").asDouble()).isCloseTo(truth[0], within(Math.abs(truth[0]) * 0.05));
			assertThat(k.path("extraction").asDouble()).isCloseTo(truth[1], within(Math.abs(truth[1]) * 0.05));
			assertThat(k.path("intercept").asDouble()).isCloseTo(truth[2], within(Math.abs(truth[2]) * 0.05));
			assertThat(asset.path("r2").asDouble()).isGreaterThan(0.95);
			assertThat(asset.path("n").asInt()).isGreaterThan(8000);
			assertThat(asset.path("sample").path("actual").size()).isPositive()
				.isEqualTo(asset.path("sample").path("predicted").size());
		}
	}

	@Test
	void aHindsightDayCostsNoMoreThanWhatThePlantDidAndMaintenanceCostsMore() {
		ApiClient admin = new Accounts(port).admin();
		String plant = sites(admin).get("Sample plant");
		Map<String, Object> day = Map.of("asOf", "2025-11-12T00:00", "horizonHours", 24, "demand", "actual");
		JsonNode best = run(admin, plant, day);
		assertThat(best.path("status").asString()).isIn("optimal", "feasible");
		assertThat(best.path("baselineKind").asString()).isEqualTo("history");
		assertThat(best.path("cost").asDouble()).isPositive().isLessThan(best.path("baselineCost").asDouble());
		assertThat(best.path("savings").asDouble()).isPositive();
		List<String> columns = names(best.path("plan").path("columns"));
		assertThat(columns).startsWith("ts")
			.contains("GTA 1.power", "GTA 2.admission", "Boiler.steam", "Grid.import", "instructions", "binding");
		assertThat(best.path("plan").path("rows")).hasSize(24);
		assertThat(best.path("units").path("GTA 1.power").asString()).isEqualTo("MW");
		assertThat(best.path("explanation").path("summary").asString()).isNotBlank();
		assertThat(best.path("explanation").path("steps")).hasSize(24);
		assertThat(best.path("explanation").path("steps").get(0).path("steamPrice").isNumber()).isTrue();
		String instructions = best.path("plan").path("rows").get(12).get(columns.indexOf("instructions")).asString();
		assertThat(instructions).contains("GTA 1");

		Map<String, Object> withMaintenance = new HashMap<>(day);
		withMaintenance.put("overrides", List.of(Map.of("asset", "GTA 2", "status", "maintenance")));
		JsonNode derated = run(admin, plant, withMaintenance);
		assertThat(derated.path("cost").asDouble()).isGreaterThan(best.path("cost").asDouble());
		int gta2 = names(derated.path("plan").path("columns")).indexOf("GTA 2.power");
		for (JsonNode row : derated.path("plan").path("rows")) {
			assertThat(row.get(gta2).asDouble()).isZero();
		}

		JsonNode runs = admin.get("/api/energy/sites/" + plant + "/runs").json();
		assertThat(runs.path("total").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(admin.get("/api/energy/runs/" + best.path("id").asString()).json().path("cost").asDouble())
			.isEqualTo(best.path("cost").asDouble());
	}

	@Test
	void aRunsChartsDrawFromItsRowsAndPinToATab() {
		ApiClient admin = new Accounts(port).admin();
		String plant = sites(admin).get("Sample plant");
		JsonNode run = run(admin, plant, Map.of("asOf", "2025-06-02T00:00", "demand", "actual"));
		JsonNode charts = run.path("charts");
		assertThat(names(charts, "kind")).containsExactly("dispatch", "steam", "price");
		ApiClient.Response preview = admin.post("/api/charts/preview",
				Map.of("query", charts.get(0).path("query"), "visual", charts.get(0).path("visual")));
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		// three machines and the grid, 24 hours each
		assertThat(preview.json().path("rows").size()).isEqualTo(4 * 24);

		String tab = admin.post("/api/tabs", Map.of("name", "Plans")).json().path("id").asString();
		ApiClient.Response pinned = admin.post("/api/energy/runs/" + run.path("id").asString() + "/pin",
				Map.of("kind", "dispatch", "tabId", tab));
		assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
		JsonNode data = admin.get("/api/tabs/" + tab + "/data").json();
		assertThat(data.path("charts")).hasSize(1);
		assertThat(data.path("charts").get(0).path("data").path("rows").size()).isEqualTo(4 * 24);
		ApiClient.Response unknownKind = admin.post("/api/energy/runs/" + run.path("id").asString() + "/pin",
				Map.of("kind", "soc", "tabId", tab));
		assertThat(unknownKind.status()).isEqualTo(400);
		assertThat(unknownKind.detail()).contains("dispatch");
	}

	@Test
	void theHomeIsPlannedOnForecastsWithTheBatteryWithinItsBounds() {
		ApiClient admin = new Accounts(port).admin();
		String home = sites(admin).get("Sample home");
		JsonNode run = run(admin, home, Map.of("asOf", "2025-07-20T00:00", "horizonHours", 24));
		assertThat(run.path("demand").asString()).isEqualTo("forecast");
		assertThat(run.path("forecastMetrics").path("demand.electricity").path("model").asString()).isIn("xgboost",
				"seasonal_naive");
		assertThat(run.path("forecastMetrics").path("demand.electricity").path("seasonalNaive").path("mase").isNumber())
			.isTrue();
		List<String> columns = names(run.path("plan").path("columns"));
		int soc = columns.indexOf("Battery.soc");
		assertThat(soc).isPositive();
		for (JsonNode row : run.path("plan").path("rows")) {
			assertThat(row.get(soc).asDouble()).isBetween(-1e-6, 6.4 + 1e-6);
		}
		assertThat(run.path("units").path("Battery.soc").asString()).isEqualTo("kWh");
		assertThat(run.path("baselineKind").asString()).isEqualTo("merit_order");
		assertThat(run.path("cost").asDouble()).isLessThanOrEqualTo(run.path("baselineCost").asDouble() + 1e-6);
		assertThat(names(run.path("charts"), "kind")).contains("soc");
	}

	@Test
	void anInfeasibleDemandIsExplainedInWordsAndStoresNothing() {
		ApiClient admin = new Accounts(port).admin();
		String plant = sites(admin).get("Sample plant");
		int before = admin.get("/api/energy/sites/" + plant + "/runs").json().path("total").asInt();
		ApiClient.Response refused = admin.post("/api/energy/sites/" + plant + "/runs",
				Map.of("asOf", "2025-01-15T00:00", "demand", "actual", "overrides",
						List.of(Map.of("asset", "GTA 1", "status", "off"),
								Map.of("asset", "GTA 2", "status", "maintenance"),
								Map.of("asset", "Boiler", "status", "derated", "derate", 0.3))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.detail()).contains("steam").contains("GTA 2").contains("maintenance").containsPattern("\\d");
		assertThat(admin.get("/api/energy/sites/" + plant + "/runs").json().path("total").asInt()).isEqualTo(before);
	}

	@Test
	void theChatsOptimizeCommandRunsTheSiteAndShowsItsDispatch() {
		ApiClient admin = new Accounts(port).admin();
		String planner = null;
		for (JsonNode agent : admin.get("/api/chat/agents").json().path("items")) {
			if (agent.path("name").asString().equals("Energy planner")) {
				planner = agent.path("id").asString();
			}
		}
		assertThat(planner).isNotNull();
		String session = admin.post("/api/chat/sessions", Map.of("agentId", planner)).json().path("id").asString();
		ApiClient.Response turn = admin.post("/api/chat/sessions/" + session + "/messages",
				Map.of("content", "/optimize site=\"Sample plant\" demand=actual asOf=2025-03-12T00:00"));
		assertThat(turn.status()).as(turn.body()).isEqualTo(200);
		JsonNode answer = turn.json().path("messages").get(1);
		assertThat(answer.path("content").asString()).as(answer.toString()).contains("Sample plant").contains("EUR");
		assertThat(answer.path("charts")).hasSize(1);
		assertThat(answer.path("charts").get(0).path("data").path("rows").size()).isPositive();

		ApiClient.Response forecast = admin.post("/api/chat/sessions/" + session + "/messages",
				Map.of("content", "/forecast site=\"Sample home\" hours=12"));
		assertThat(forecast.status()).as(forecast.body()).isEqualTo(200);
		assertThat(forecast.json().path("messages").get(1).path("content").asString()).contains("Forecast of")
			.contains("peak");
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new java.util.ArrayList<>();
		array.forEach(item -> names.add(item.asString()));
		return names;
	}

	private static List<String> names(JsonNode array, String field) {
		List<String> names = new java.util.ArrayList<>();
		array.forEach(item -> names.add(item.path(field).asString()));
		return names;
	}

}
