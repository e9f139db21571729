package dev.gridsight.platform.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;
import dev.gridsight.platform.SampleDataContributor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
@TestPropertySource(properties = "gridsight.sample-data=true")
@Import(SampleDataSeederIT.Contributions.class)
class SampleDataSeederIT {

	@TestConfiguration
	static class Contributions {

		static final AtomicInteger seeded = new AtomicInteger();

		@Bean
		SampleDataContributor counting() {
			return new SampleDataContributor() {
				@Override
				public String key() {
					return "counting";
				}

				@Override
				public void seed() {
					seeded.incrementAndGet();
				}
			};
		}

	}

	@Autowired
	SampleDataSeeder seeder;

	@Autowired
	AppSettingsRepository settings;

	@LocalServerPort
	int port;

	@Test
	void seedsTheFourSampleDatasetsIntoTheFirstAdminsWorkspace() {
		ApiClient admin = new Accounts(port).admin();
		var datasets = admin.get("/api/datasets").json().path("items");
		Map<String, Long> rows = new HashMap<>();
		Map<String, JsonNode> byName = new HashMap<>();
		datasets.forEach(dataset -> {
			rows.put(dataset.path("name").asString(), dataset.path("rowCount").asLong());
			byName.put(dataset.path("name").asString(), dataset);
		});
		assertThat(rows).containsEntry("plant_hourly", 8760L)
			.containsEntry("building_portfolio", 34_560L)
			.containsKey("restaurant_sales")
			.containsEntry("home_hourly", 2184L);
		var plant = byName.get("plant_hourly");
		assertThat(plant.path("columns").get(0).path("role").asString()).isEqualTo("time");
		assertThat(plant.toString()).contains("\"unit\":\"MW\"");
		var home = byName.get("home_hourly");
		assertThat(home.toString()).contains("\"unit\":\"USD/kWh\"").contains("net_load_kwh");
		assertThat(settings.find("sample-data.catalog.datasets")).contains("1");
	}

	@Test
	void theSampleCalculatedFieldsWorkAsMeasures() {
		ApiClient admin = new Accounts(port).admin();
		var plant = admin.post("/api/datasets/query",
				Map.of("sql", "select sum(grid_import_mw * price_eur_per_mwh) from plant_hourly"));
		assertThat(plant.status()).as(plant.body()).isEqualTo(200);
		double expected = plant.json().path("rows").get(0).get(0).asDouble();

		var chart = admin.post("/api/charts", Map.of("title", "grid cost", "query", Map.of("dataset", "plant_hourly",
				"measures", List.of(Map.of("column", "grid_cost_eur", "agg", "sum")))));
		assertThat(chart.status()).as(chart.body()).isEqualTo(201);
		var data = admin.get("/api/charts/" + chart.json().path("id").asString() + "/data");
		assertThat(data.status()).as(data.body()).isEqualTo(200);
		assertThat(expected).isPositive();
		assertThat(data.json().path("rows").get(0).get(0).asDouble()).isCloseTo(expected, within(1e-6 * expected));

		var building = admin.get("/api/datasets").json().path("items").get(0);
		assertThat(building.path("name").asString()).isEqualTo("building_portfolio");
		assertThat(building.path("calculatedFields").toString()).contains("net_import_kw")
			.contains("load_kw + ev_charging_kw - pv_kw");
	}

	@Test
	void seedsEachContributionOnceAndRemembersIt() throws Exception {
		assertThat(Contributions.seeded).hasValue(1);
		assertThat(settings.find("sample-data.counting")).contains("1");

		seeder.run(null);
		assertThat(Contributions.seeded).hasValue(1);
	}

}
