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

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;
import dev.gridsight.platform.SampleDataContributor;

import static org.assertj.core.api.Assertions.assertThat;

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
	void seedsTheThreeSampleDatasetsIntoTheFirstAdminsWorkspace() {
		ApiClient admin = new Accounts(port).admin();
		var datasets = admin.get("/api/datasets").json().path("items");
		Map<String, Long> rows = new HashMap<>();
		datasets.forEach(dataset -> rows.put(dataset.path("name").asString(), dataset.path("rowCount").asLong()));
		assertThat(rows).containsEntry("plant_hourly", 8760L)
			.containsEntry("building_portfolio", 34_560L)
			.containsKey("restaurant_sales");
		var plant = datasets
			.get(List.of("building_portfolio", "plant_hourly", "restaurant_sales").indexOf("plant_hourly"));
		assertThat(plant.path("name").asString()).isEqualTo("plant_hourly");
		assertThat(plant.path("columns").get(0).path("role").asString()).isEqualTo("time");
		assertThat(plant.toString()).contains("\"unit\":\"MW\"");
		assertThat(settings.find("sample-data.catalog.datasets")).contains("1");
	}

	@Test
	void seedsEachContributionOnceAndRemembersIt() throws Exception {
		assertThat(Contributions.seeded).hasValue(1);
		assertThat(settings.find("sample-data.counting")).contains("1");

		seeder.run(null);
		assertThat(Contributions.seeded).hasValue(1);
	}

}
