package dev.gridsight.dashboard;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First start makes three sample tabs over the sample datasets, every chart with data.
 */
@IntegrationTest
@TestPropertySource(properties = "gridsight.sample-data=true")
class SampleDashboardsIT {

	@LocalServerPort
	int port;

	@Test
	void theSampleTabsExistAndEveryChartOnThemHasData() {
		ApiClient admin = new Accounts(port).admin();
		Map<String, String> ids = new HashMap<>();
		admin.get("/api/tabs")
			.json()
			.path("items")
			.forEach(tab -> ids.put(tab.path("name").asString(), tab.path("id").asString()));
		assertThat(ids).containsKeys("Plant overview", "Buildings", "Sales");
		Map<String, Integer> chartCounts = Map.of("Plant overview", 3, "Buildings", 2, "Sales", 3);
		chartCounts.forEach((name, count) -> {
			String id = ids.get(name);
			assertThat(admin.get("/api/tabs/" + id).json().path("charts")).as(name).hasSize(count);
			ApiClient.Response data = admin.get("/api/tabs/" + id + "/data");
			assertThat(data.status()).as(data.body()).isEqualTo(200);
			for (JsonNode chart : data.json().path("charts")) {
				assertThat(chart.has("error")).as(name + ": " + chart).isFalse();
				assertThat(chart.path("data").path("rows").size()).as(name + ": " + chart.path("chartId")).isPositive();
			}
		});

		JsonNode buildings = admin.get("/api/tabs/" + ids.get("Buildings")).json();
		assertThat(buildings.path("filters").get(0).path("column").asString()).isEqualTo("building");
		JsonNode office = admin.get("/api/tabs/" + ids.get("Buildings") + "/data?filter.building=Lab").json();
		for (JsonNode chart : office.path("charts")) {
			assertThat(chart.path("filters").get(0).path("applied").asBoolean()).isTrue();
		}
		JsonNode byBuilding = office.path("charts").get(1).path("data").path("rows");
		byBuilding.forEach(row -> assertThat(row.toString()).contains("Lab"));
	}

}
