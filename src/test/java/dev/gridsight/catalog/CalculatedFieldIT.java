package dev.gridsight.catalog;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Calculated fields through HTTP: stored per dataset, checked before they are stored,
 * summed by charts like columns, and guarded like the rest of the dataset.
 */
@IntegrationTest
class CalculatedFieldIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	/** One hourly reading of a site; the test's own source of truth. */
	record Reading(LocalDateTime ts, String site, double loadKwh, double price) {

		double cost() {
			return loadKwh * price;
		}

	}

	static List<Reading> readings() {
		List<Reading> readings = new ArrayList<>();
		LocalDateTime start = LocalDateTime.of(2025, 3, 1, 0, 0);
		for (int i = 0; i < 48; i++) {
			readings.add(new Reading(start.plusHours(i / 2), i % 2 == 0 ? "north" : "south", 1.5 + i * 0.25,
					0.10 + (i % 5) * 0.03));
		}
		return readings;
	}

	static byte[] csv(List<Reading> readings) {
		StringBuilder csv = new StringBuilder("ts,site,load_kwh,price_usd_per_kwh\n");
		for (Reading reading : readings) {
			csv.append(reading.ts().toString().replace('T', ' '))
				.append(',')
				.append(reading.site())
				.append(',')
				.append(reading.loadKwh())
				.append(',')
				.append(reading.price())
				.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static Map<String, Double> sumBySite(ToDoubleFunction<Reading> value) {
		Map<String, Double> sums = new TreeMap<>();
		readings().forEach(reading -> sums.merge(reading.site(), value.applyAsDouble(reading), Double::sum));
		return sums;
	}

	/** Uploads the readings as a dataset named {@code meters} and returns its id. */
	static String meters(ApiClient client, Map<String, String> fields) {
		ApiClient.Response uploaded = client.upload("/api/datasets", "meters.csv", csv(readings()), fields);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().path("id").asString();
	}

	static String fields(String datasetId) {
		return "/api/datasets/" + datasetId + "/calculated-fields";
	}

	static Map<String, Object> field(String name, String expression) {
		return Map.of("name", name, "expression", expression);
	}

	static Map<String, Double> sumBySiteChart(ApiClient client, String measure) {
		ApiClient.Response chart = client
			.post("/api/charts", Map.of("title", "Cost by site", "query", Map.of("dataset", "meters", "dimensions",
					List.of(Map.of("column", "site")), "measures", List.of(Map.of("column", measure, "agg", "sum")))));
		assertThat(chart.status()).as(chart.body()).isEqualTo(201);
		ApiClient.Response data = client.get("/api/charts/" + chart.json().path("id").asString() + "/data");
		assertThat(data.status()).as(data.body()).isEqualTo(200);
		assertThat(data.json().path("columns").get(1).path("name").asString()).isEqualTo("sum_" + measure);
		Map<String, Double> sums = new TreeMap<>();
		data.json().path("rows").forEach(row -> sums.put(row.get(0).asString(), row.get(1).asDouble()));
		return sums;
	}

	static long dataVersion(ApiClient client, String datasetId) {
		return client.get("/api/datasets/" + datasetId).json().path("dataVersion").asLong();
	}

	static void assertNear(Map<String, Double> actual, Map<String, Double> expected) {
		assertThat(actual.keySet()).isEqualTo(expected.keySet());
		expected.forEach((site, value) -> assertThat(actual.get(site)).as(site).isCloseTo(value, within(1e-9)));
	}

	@Test
	void aStoredFieldIsSummedAsAMeasureAndListedWithTheDataset() {
		ApiClient client = accounts.member().client();
		String id = meters(client, Map.of());
		long version = dataVersion(client, id);

		ApiClient.Response created = client.post(fields(id), Map.of("name", "cost", "expression",
				" load_kwh * price_usd_per_kwh ", "unit", "USD", "description", "What the energy cost"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("expression").asString()).isEqualTo("load_kwh * price_usd_per_kwh");
		assertThat(
				client.post(fields(id), Map.of("name", "cost_cents", "expression", "cost * 100", "unit", "")).status())
			.isEqualTo(201);

		JsonNode dataset = client.get("/api/datasets/" + id).json();
		assertThat(dataset.path("dataVersion").asLong()).isEqualTo(version + 2);
		JsonNode listed = dataset.path("calculatedFields");
		assertThat(listed.size()).isEqualTo(2);
		assertThat(listed.get(0).path("name").asString()).isEqualTo("cost");
		assertThat(listed.get(0).path("unit").asString()).isEqualTo("USD");
		assertThat(listed.get(0).path("description").asString()).isEqualTo("What the energy cost");
		assertThat(listed.get(1).path("name").asString()).isEqualTo("cost_cents");
		assertThat(listed.get(1).path("unit").isNull()).isTrue();

		assertNear(sumBySiteChart(client, "cost"), sumBySite(Reading::cost));
		assertNear(sumBySiteChart(client, "cost_cents"), sumBySite(reading -> reading.cost() * 100));

		String audit = accounts.admin().get("/api/audit?size=200").body();
		assertThat(audit).contains("calculated_field_created", "meters.cost = load_kwh * price_usd_per_kwh");
	}

	@Test
	void aChangedExpressionRaisesTheDataVersionSoChartsAreNotServedFromCache() {
		ApiClient client = accounts.member().client();
		String id = meters(client, Map.of());
		client.post(fields(id), field("cost", "load_kwh * price_usd_per_kwh"));
		assertNear(sumBySiteChart(client, "cost"), sumBySite(Reading::cost));
		String chart = client.get("/api/charts").json().path("items").get(0).path("id").asString();
		long version = dataVersion(client, id);

		ApiClient.Response changed = client.send("PUT", fields(id) + "/cost",
				ApiClient.json(Map.of("expression", "load_kwh * price_usd_per_kwh * 2", "unit", "USD")),
				"application/json");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().path("unit").asString()).isEqualTo("USD");
		assertThat(dataVersion(client, id)).isEqualTo(version + 1);

		Map<String, Double> doubled = new HashMap<>();
		client.get("/api/charts/" + chart + "/data")
			.json()
			.path("rows")
			.forEach(row -> doubled.put(row.get(0).asString(), row.get(1).asDouble()));
		Map<String, Double> expected = new TreeMap<>();
		sumBySite(Reading::cost).forEach((site, sum) -> expected.put(site, sum * 2));
		assertNear(new TreeMap<>(doubled), expected);

		ApiClient.Response missing = client.send("PUT", fields(id) + "/nothing",
				ApiClient.json(Map.of("expression", "1")), "application/json");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.detail()).contains("'nothing'");
	}

	@Test
	void badFieldsAreRefusedWithTheReasonAndNothingIsStored() {
		ApiClient client = accounts.member().client();
		String id = meters(client, Map.of());
		client.post(fields(id), field("cost", "load_kwh * price_usd_per_kwh"));
		long version = dataVersion(client, id);

		ApiClient.Response unbalanced = client.post(fields(id), field("bad", "(load_kwh * 2"));
		assertThat(unbalanced.status()).isEqualTo(400);
		assertThat(unbalanced.detail()).contains("a ')' is missing");
		ApiClient.Response doubled = client.post(fields(id), field("bad", "load_kwh * * 2"));
		assertThat(doubled.status()).isEqualTo(400);
		assertThat(doubled.detail()).contains("'*' at position 12");
		ApiClient.Response call = client.post(fields(id), field("bad", "abs(load_kwh)"));
		assertThat(call.detail()).contains("function calls are not allowed");

		ApiClient.Response typo = client.post(fields(id), field("bad", "lod_kwh * 2"));
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.detail()).contains("unknown column 'lod_kwh'", "did you mean 'load_kwh'");
		ApiClient.Response text = client.post(fields(id), field("bad", "site * 2"));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.detail()).contains("'site' is varchar, not a number");
		ApiClient.Response itself = client.post(fields(id), field("loop", "loop + 1"));
		assertThat(itself.status()).isEqualTo(400);
		assertThat(itself.detail()).contains("refers to itself: loop -> loop");
		ApiClient.Response cycle = client.send("PUT", fields(id) + "/cost",
				ApiClient.json(Map.of("expression", "cost * 2")), "application/json");
		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.detail()).contains("refers to itself");
		ApiClient.Response empty = client.post(fields(id), field("bad", "  "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.detail()).contains("needs an expression");
		ApiClient.Response tooLong = client.post(fields(id), field("bad", "1" + " + 1".repeat(250)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.detail()).contains("at most 1000");

		ApiClient.Response notSnake = client.post(fields(id), field("Cost (USD)", "load_kwh"));
		assertThat(notSnake.status()).isEqualTo(400);
		assertThat(notSnake.detail()).contains("snake_case", "'cost_usd'");
		ApiClient.Response longName = client.post(fields(id), field("a".repeat(64), "load_kwh"));
		assertThat(longName.status()).isEqualTo(400);
		assertThat(longName.detail()).contains("at most 63");
		ApiClient.Response column = client.post(fields(id), field("load_kwh", "load_kwh * 2"));
		assertThat(column.status()).isEqualTo(409);
		assertThat(column.detail()).contains("already has a column named 'load_kwh'");
		ApiClient.Response twice = client.post(fields(id), field("cost", "load_kwh"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.detail()).contains("already has a calculated field named 'cost'");

		JsonNode dataset = client.get("/api/datasets/" + id).json();
		assertThat(dataset.path("calculatedFields").size()).isEqualTo(1);
		assertThat(dataset.path("calculatedFields").get(0).path("expression").asString())
			.isEqualTo("load_kwh * price_usd_per_kwh");
		assertThat(dataset.path("dataVersion").asLong()).isEqualTo(version);
	}

	@Test
	void aFieldOthersUseCannotBeDeletedUntilTheyAreGone() {
		ApiClient client = accounts.member().client();
		String id = meters(client, Map.of());
		client.post(fields(id), field("cost", "load_kwh * price_usd_per_kwh"));
		client.post(fields(id), field("cost_cents", "cost * 100"));
		client.post(fields(id), field("cost_dollars", "\"cost_cents\" / 100"));

		ApiClient.Response refused = client.delete(fields(id) + "/cost");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).contains("'cost' is used by 'cost_cents'").doesNotContain("cost_dollars");
		ApiClient.Response quoted = client.delete(fields(id) + "/cost_cents");
		assertThat(quoted.status()).isEqualTo(409);
		assertThat(quoted.detail()).contains("used by 'cost_dollars'");

		long version = dataVersion(client, id);
		assertThat(client.delete(fields(id) + "/cost_dollars").status()).isEqualTo(204);
		assertThat(client.delete(fields(id) + "/cost_cents").status()).isEqualTo(204);
		assertThat(client.delete(fields(id) + "/cost").status()).isEqualTo(204);
		assertThat(client.delete(fields(id) + "/cost").status()).isEqualTo(404);
		JsonNode dataset = client.get("/api/datasets/" + id).json();
		assertThat(dataset.path("calculatedFields").size()).isZero();
		assertThat(dataset.path("dataVersion").asLong()).isEqualTo(version + 3);
		assertThat(accounts.admin().get("/api/audit?size=200").body()).contains("calculated_field_deleted");
	}

	@Test
	void anotherUsersDatasetRevealsNothingAndViewersOnlyRead() {
		Accounts.Person owner = accounts.member();
		Accounts.Person viewer = accounts.member();
		Accounts.Person stranger = accounts.member();
		String workspace = owner.client()
			.post("/api/workspaces", Map.of("name", "Metering"))
			.json()
			.path("id")
			.asString();
		owner.client()
			.post("/api/workspaces/" + workspace + "/members", Map.of("email", viewer.email(), "role", "viewer"));
		String id = meters(owner.client(), Map.of("workspaceId", workspace));
		assertThat(owner.client().post(fields(id), field("cost", "load_kwh * price_usd_per_kwh")).status())
			.isEqualTo(201);

		ApiClient s = stranger.client();
		assertThat(s.post(fields(id), field("mine", "load_kwh")).status()).isEqualTo(404);
		assertThat(s.send("PUT", fields(id) + "/cost", ApiClient.json(Map.of("expression", "1")), "application/json")
			.status()).isEqualTo(404);
		assertThat(s.delete(fields(id) + "/cost").status()).isEqualTo(404);

		ApiClient v = viewer.client();
		assertThat(v.get("/api/datasets/" + id).json().path("calculatedFields").get(0).path("name").asString())
			.isEqualTo("cost");
		ApiClient.Response viewerCreates = v.post(fields(id), field("mine", "load_kwh"));
		assertThat(viewerCreates.status()).isEqualTo(403);
		assertThat(viewerCreates.detail()).contains("editor");
		assertThat(v.send("PUT", fields(id) + "/cost", ApiClient.json(Map.of("expression", "1")), "application/json")
			.status()).isEqualTo(403);
		assertThat(v.delete(fields(id) + "/cost").status()).isEqualTo(403);

		JsonNode dataset = owner.client().get("/api/datasets/" + id).json();
		assertThat(dataset.path("calculatedFields").size()).isEqualTo(1);
		assertThat(dataset.path("calculatedFields").get(0).path("expression").asString())
			.isEqualTo("load_kwh * price_usd_per_kwh");
	}

	@Test
	void deletingTheDatasetDeletesItsFields() {
		ApiClient client = accounts.member().client();
		String id = meters(client, Map.of());
		client.post(fields(id), field("cost", "load_kwh * price_usd_per_kwh"));
		assertThat(storedFields(id)).isEqualTo(1);

		assertThat(client.delete("/api/datasets/" + id).status()).isEqualTo(204);
		assertThat(storedFields(id)).isZero();
		assertThat(client.post(fields(id), field("cost", "load_kwh")).status()).isEqualTo(404);
	}

	private long storedFields(String datasetId) {
		return jdbc.sql("select count(*) from calculated_fields where dataset_id = ?")
			.param(UUID.fromString(datasetId))
			.query(Long.class)
			.single();
	}

}
