package dev.gridsight.energy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Energy sites and runs through the HTTP API on a small two-home dataset: models checked
 * when saved (fields, columns, datasets, units), every resource answering 404 to people
 * outside the workspace and 403 to viewers who try to change it, periods refused in
 * words, gaps bridged or refused, and nothing stored by a refused run.
 */
@IntegrationTest
class EnergyApiIT {

	/** 40 days, hourly, from 2026-01-01; home B misses day 35 from 08:00 to 16:00. */
	static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

	static final int DAYS = 40;

	@LocalServerPort
	int port;

	Accounts.Person owner;

	Accounts.Person viewer;

	Accounts.Person stranger;

	String workspace;

	static String csv() {
		StringBuilder csv = new StringBuilder("ts,home,load_kwh,solar_kwh,price_usd_per_kwh\n");
		for (int h = 0; h < DAYS * 24; h++) {
			LocalDateTime ts = START.plusHours(h);
			int hour = ts.getHour();
			double price = hour >= 16 && hour < 21 ? 0.45 : 0.25;
			double solar = hour >= 7 && hour < 19 ? 3 * Math.sin(Math.PI * (hour - 7) / 12.0) : 0;
			for (String home : List.of("A", "B")) {
				boolean gap = home.equals("B") && h / 24 == 35 && hour >= 8 && hour < 16;
				if (gap) {
					continue;
				}
				double load = 0.6 + 0.4 * Math.sin(Math.PI * hour / 12.0) + (hour >= 17 && hour < 22 ? 1.2 : 0)
						+ (home.equals("B") ? 0.3 : 0);
				csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%.2f%n", ts.toString().replace('T', ' ') + ":00",
						home, load, solar, price));
			}
		}
		return csv.toString();
	}

	static Map<String, Object> homeModel(String home) {
		Map<String, Object> model = new HashMap<>();
		model.put("dataset", "homes");
		model.put("time", "ts");
		model.put("demand",
				Map.of("electricity", Map.of("column", "load_kwh", "filter", Map.of("home", home), "unit", "kWh")));
		model.put("grid", Map.of("importPrice", Map.of("column", "price_usd_per_kwh", "unit", "USD/kWh")));
		model.put("assets",
				List.of(Map.of("type", "pv", "name", "PV", "production",
						Map.of("column", "solar_kwh", "filter", Map.of("home", home), "unit", "kWh")),
						Map.of("type", "battery", "name", "Battery", "capacity", Map.of("value", 6.4, "unit", "kWh"),
								"power", Map.of("value", 5, "unit", "kW"), "efficiency", 0.9)));
		return model;
	}

	static Map<String, Object> with(Map<String, Object> model, String key, Object value) {
		Map<String, Object> changed = new HashMap<>(model);
		changed.put(key, value);
		return changed;
	}

	@BeforeEach
	void setUp() {
		Accounts accounts = new Accounts(port);
		owner = accounts.member();
		viewer = accounts.member();
		stranger = accounts.member();
		workspace = owner.client().post("/api/workspaces", Map.of("name", "Homes")).json().path("id").asString();
		assertThat(owner.client()
			.post("/api/workspaces/" + workspace + "/members", Map.of("email", viewer.email(), "role", "viewer"))
			.status()).isEqualTo(201);
		ApiClient.Response homes = owner.client()
			.upload("/api/datasets", "homes.csv", csv().getBytes(StandardCharsets.UTF_8),
					Map.of("workspaceId", workspace));
		assertThat(homes.status()).as(homes.body()).isEqualTo(201);
		String dataset = homes.json().path("id").asString();
		assertThat(
				owner.client().patch("/api/datasets/" + dataset + "/columns/load_kwh", Map.of("unit", "kWh")).status())
			.isEqualTo(200);
	}

	private String create(String name, Map<String, Object> model) {
		ApiClient.Response created = owner.client()
			.post("/api/energy/sites", Map.of("workspaceId", workspace, "name", name, "model", model));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private ApiClient.Response tryCreate(Map<String, Object> model) {
		return owner.client()
			.post("/api/energy/sites", Map.of("workspaceId", workspace, "name", "Bad", "model", model));
	}

	@Test
	void aModelIsCheckedWhenSavedAndEachRefusalNamesWhatToChange() {
		Map<String, Object> good = homeModel("A");
		ApiClient.Response typo = tryCreate(with(good, "asets", List.of()));
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.detail()).contains("unknown field 'asets'");

		Map<String, Object> missingColumn = with(good, "demand",
				Map.of("electricity", Map.of("column", "load_kw", "unit", "kWh")));
		ApiClient.Response column = tryCreate(missingColumn);
		assertThat(column.status()).isEqualTo(400);
		assertThat(column.detail()).contains("no column 'load_kw'").contains("load_kwh");

		ApiClient.Response dataset = tryCreate(with(good, "dataset", "no_such_data"));
		assertThat(dataset.status()).isEqualTo(400);
		assertThat(dataset.detail()).contains("no_such_data");

		Map<String, Object> wrongUnit = with(good, "demand",
				Map.of("electricity", Map.of("column", "load_kwh", "unit", "kW")));
		ApiClient.Response unit = tryCreate(wrongUnit);
		assertThat(unit.status()).isEqualTo(400);
		assertThat(unit.detail()).contains("kWh in the catalog").contains("kW");

		Map<String, Object> steamAsPower = with(good, "demand",
				Map.of("electricity", Map.of("column", "load_kwh", "unit", "t/h")));
		assertThat(tryCreate(steamAsPower).detail()).contains("not a unit of electric power");

		Map<String, Object> huge = with(good, "grid", Map.of("importPrice",
				Map.of("column", "price_usd_per_kwh", "unit", "USD/kWh"), "name", "x".repeat(300_000)));
		ApiClient.Response tooLarge = tryCreate(huge);
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.detail()).contains("at most 200000");

		String id = create("Home A", good);
		ApiClient.Response again = owner.client()
			.post("/api/energy/sites", Map.of("workspaceId", workspace, "name", "home a", "model", good));
		assertThat(again.status()).isEqualTo(409);
		assertThat(owner.client().get("/api/energy/sites?workspaceId=" + workspace).json().path("total").asInt())
			.isEqualTo(1);
		ApiClient.Response renamed = owner.client().put("/api/energy/sites/" + id, Map.of("name", "Home of A"));
		assertThat(renamed.json().path("name").asString()).isEqualTo("Home of A");
		assertThat(renamed.json().path("model").path("dataset").asString()).isEqualTo("homes");
		ApiClient.Response noChp = owner.client().post("/api/energy/sites/" + id + "/fit", Map.of());
		assertThat(noChp.status()).isEqualTo(422);
		assertThat(noChp.detail()).contains("chp");
	}

	@Test
	void strangersSeeNothingAndViewersChangeNothing() {
		String site = create("Home A", homeModel("A"));
		JsonNode run = owner.client()
			.post("/api/energy/sites/" + site + "/runs", Map.of("asOf", "2026-01-20T00:00", "demand", "actual"))
			.json();
		String runId = run.path("id").asString();
		String tab = owner.client()
			.post("/api/tabs", Map.of("workspaceId", workspace, "name", "Plans"))
			.json()
			.path("id")
			.asString();
		ApiClient other = stranger.client();
		assertThat(other.get("/api/energy/sites/" + site).status()).isEqualTo(404);
		assertThat(other.put("/api/energy/sites/" + site, Map.of("name", "Mine")).status()).isEqualTo(404);
		assertThat(other.delete("/api/energy/sites/" + site).status()).isEqualTo(404);
		assertThat(other.post("/api/energy/sites/" + site + "/fit", Map.of()).status()).isEqualTo(404);
		assertThat(other.get("/api/energy/sites/" + site + "/fit").status()).isEqualTo(404);
		assertThat(other.post("/api/energy/sites/" + site + "/runs", Map.of()).status()).isEqualTo(404);
		assertThat(other.get("/api/energy/sites/" + site + "/runs").status()).isEqualTo(404);
		assertThat(other.get("/api/energy/runs/" + runId).status()).isEqualTo(404);
		assertThat(other.post("/api/energy/runs/" + runId + "/pin", Map.of("kind", "dispatch", "tabId", tab)).status())
			.isEqualTo(404);
		assertThat(other.get("/api/energy/sites?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(other
			.post("/api/energy/sites", Map.of("workspaceId", workspace, "name", "Intruder", "model", homeModel("A")))
			.status()).isEqualTo(404);
		// the stranger's own tab cannot receive the owner's run's chart either
		String strangersTab = other.post("/api/tabs", Map.of("name", "Mine")).json().path("id").asString();
		assertThat(owner.client()
			.post("/api/energy/runs/" + runId + "/pin", Map.of("kind", "dispatch", "tabId", strangersTab))
			.status()).isEqualTo(404);

		ApiClient reader = viewer.client();
		assertThat(reader.get("/api/energy/sites/" + site).json().path("canEdit").asBoolean()).isFalse();
		assertThat(reader.get("/api/energy/sites/" + site + "/runs").json().path("total").asInt()).isEqualTo(1);
		assertThat(reader.get("/api/energy/runs/" + runId).status()).isEqualTo(200);
		assertThat(reader.post("/api/energy/sites/" + site + "/runs", Map.of()).status()).isEqualTo(403);
		assertThat(reader.put("/api/energy/sites/" + site, Map.of("name", "Viewer's")).status()).isEqualTo(403);
		assertThat(reader.delete("/api/energy/sites/" + site).status()).isEqualTo(403);
		assertThat(owner.client().get("/api/energy/sites/" + site).json().path("name").asString()).isEqualTo("Home A");
	}

	@Test
	void periodsThatCannotBePlannedAreRefusedInWordsAndStoreNothing() {
		String site = create("Home A", homeModel("A"));
		String runs = "/api/energy/sites/" + site + "/runs";
		ApiClient client = owner.client();
		ApiClient.Response early = client.post(runs, Map.of("asOf", "2025-06-01T00:00"));
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.detail()).contains("before any history").contains("2026-01-01");
		ApiClient.Response beyond = client.post(runs, Map.of("asOf", "2026-02-09T12:00", "demand", "actual"));
		assertThat(beyond.status()).isEqualTo(400);
		assertThat(beyond.detail()).contains("ends at");
		assertThat(client.post(runs, Map.of("horizonHours", 500)).detail()).contains("horizonHours");
		assertThat(client.post(runs, Map.of("stepMinutes", 7)).detail()).contains("15, 30 or 60");
		assertThat(client.post(runs, Map.of("demand", "guess")).detail()).contains("forecast or actual");
		assertThat(client.post(runs, Map.of("asOf", "yesterday")).detail()).contains("not a timestamp");
		ApiClient.Response young = client.post(runs, Map.of("asOf", "2026-01-04T00:00"));
		assertThat(young.status()).isEqualTo(422);
		assertThat(young.detail()).contains("at least 14 days");
		assertThat(
				client.post(runs, Map.of("overrides", List.of(Map.of("asset", "Turbine", "status", "off")))).detail())
			.contains("no asset named 'Turbine'");
		assertThat(client.get(runs).json().path("total").asInt()).isZero();
	}

	@Test
	void shortGapsAreBridgedLongOnesRefusedAndHistoryGapsDoNotStopAForecast() {
		String site = create("Home B", homeModel("B"));
		String runs = "/api/energy/sites/" + site + "/runs";
		ApiClient client = owner.client();
		ApiClient.Response gap = client.post(runs, Map.of("asOf", "2026-02-05T00:00", "demand", "actual"));
		assertThat(gap.status()).as(gap.body()).isEqualTo(422);
		assertThat(gap.detail()).contains("load_kwh").contains("no values from 2026-02-05T08:00").contains("8 steps");
		ApiClient.Response ahead = client.post(runs, Map.of("asOf", "2026-02-08T00:00"));
		assertThat(ahead.status()).as(ahead.body()).isEqualTo(201);
		assertThat(ahead.json().path("plan").path("rows")).hasSize(24);
		assertThat(client.get(runs).json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void aHindsightRunOfAHomeKeepsTheBatteryInBoundsAndWritesItsRowsToThePlansDataset() {
		String site = create("Home A", homeModel("A"));
		ApiClient.Response run = owner.client()
			.post("/api/energy/sites/" + site + "/runs",
					Map.of("asOf", "2026-01-20T00:00", "horizonHours", 48, "stepMinutes", 15, "demand", "actual"));
		assertThat(run.status()).as(run.body()).isEqualTo(201);
		JsonNode plan = run.json().path("plan");
		assertThat(plan.path("rows")).hasSize(48 * 4);
		List<String> columns = new java.util.ArrayList<>();
		plan.path("columns").forEach(column -> columns.add(column.asString()));
		int soc = columns.indexOf("Battery.soc");
		for (JsonNode row : plan.path("rows")) {
			assertThat(row.get(soc).asDouble()).isBetween(-1e-6, 6.4 + 1e-6);
		}
		// the battery fills from the midday sun either way: the plan is never dearer than
		// the merit order
		assertThat(run.json().path("baselineKind").asString()).isEqualTo("merit_order");
		assertThat(run.json().path("cost").asDouble()).isPositive()
			.isLessThanOrEqualTo(run.json().path("baselineCost").asDouble() + 0.01);
		JsonNode datasets = owner.client().get("/api/datasets?workspaceId=" + workspace).json().path("items");
		List<String> names = new java.util.ArrayList<>();
		datasets.forEach(dataset -> names.add(dataset.path("name").asString()));
		assertThat(names).contains("energy_plans");
	}

}
