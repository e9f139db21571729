package dev.gridsight.catalog;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PostgreSQL source registered from fields and read in place: the local test server
 * plays the source.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExternalSourceIT {

	static final String URL = System.getenv("GRIDSIGHT_TEST_POSTGRES_URL");

	static final String SCHEMA = "gs_src_" + UUID.randomUUID().toString().substring(0, 8);

	@LocalServerPort
	int port;

	Accounts accounts;

	@BeforeAll
	static void createSourceTable() throws Exception {
		assumeTrue(URL != null && !URL.isBlank(), "GRIDSIGHT_TEST_POSTGRES_URL is not set");
		try (Connection connection = DriverManager.getConnection(URL);
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + SCHEMA);
			statement.execute("create table " + SCHEMA + ".meter (ts timestamp, meter text, kw double precision)");
			statement.execute("insert into " + SCHEMA + ".meter select timestamp '2025-01-01' + n * interval '1 hour',"
					+ " 'm' || (n % 3), n * 0.5 from generate_series(0, 99) n");
		}
	}

	@AfterAll
	static void dropSourceTable() throws Exception {
		if (URL != null && !URL.isBlank()) {
			try (Connection connection = DriverManager.getConnection(URL);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
			}
		}
	}

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	static Map<String, Object> source(String name) {
		URI uri = URI.create(URL.substring("jdbc:".length()));
		String user = uri.getQuery() == null ? "postgres" : uri.getQuery().replaceAll(".*user=([^&]*).*", "$1");
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("host", uri.getHost());
		body.put("port", uri.getPort() < 0 ? 5432 : uri.getPort());
		body.put("database", uri.getPath().substring(1));
		body.put("username", user);
		body.put("password", "not-needed-with-trust-auth");
		body.put("tables", List.of(SCHEMA + ".meter"));
		return body;
	}

	@Test
	void anAdminRegistersASourceAndItsTableIsReadInPlace(CapturedOutput output) {
		ApiClient admin = accounts.admin();
		ApiClient.Response created = admin.post("/api/sources", source("plant_db"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("not-needed-with-trust-auth");
		var dataset = created.json().path("datasets").get(0);
		assertThat(dataset.path("name").asString()).isEqualTo("plant_db." + SCHEMA + ".meter");
		assertThat(dataset.path("source").asString()).isEqualTo("postgres");
		assertThat(dataset.path("columns").get(0).path("role").asString()).isEqualTo("time");

		String id = dataset.path("id").asString();
		ApiClient.Response rows = admin.get("/api/datasets/" + id + "/rows?limit=10");
		assertThat(rows.status()).as(rows.body()).isEqualTo(200);
		assertThat(rows.json().path("rows").size()).isEqualTo(10);
		assertThat(admin.get("/api/datasets/" + id + "/columns/meter/values").json().path("rows").size()).isEqualTo(3);

		ApiClient.Response append = admin.postRaw("/api/datasets/" + id + "/rows", "[{\"kw\": 1}]", "application/json");
		assertThat(append.status()).isEqualTo(400);
		assertThat(append.detail()).contains("only reads");
		assertThat(output.getAll()).doesNotContain("not-needed-with-trust-auth");
	}

	@Test
	void onlyFieldsAreAcceptedNeverUrlParameters() {
		ApiClient admin = accounts.admin();
		Map<String, Object> hostTrick = source("trick1");
		hostTrick.put("host",
				"localhost/test?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext");
		ApiClient.Response host = admin.post("/api/sources", hostTrick);
		assertThat(host.status()).isEqualTo(400);
		assertThat(host.detail()).contains("host");

		Map<String, Object> databaseTrick = source("trick2");
		databaseTrick.put("database", "test?sslfactory=x&sslfactoryarg=y");
		ApiClient.Response database = admin.post("/api/sources", databaseTrick);
		assertThat(database.status()).isEqualTo(400);
		assertThat(database.detail()).contains("database");

		Map<String, Object> missingTable = source("trick3");
		missingTable.put("tables", List.of("public.does_not_exist"));
		assertThat(admin.post("/api/sources", missingTable).status()).isEqualTo(400);
		assertThat(admin.get("/api/sources").body()).doesNotContain("trick");
	}

	@Test
	void membersCannotRegisterSourcesAndStrangersCannotSeeThem() {
		Accounts.Person member = accounts.member();
		ApiClient.Response refused = member.client().post("/api/sources", source("members_db"));
		assertThat(refused.status()).isEqualTo(403);

		ApiClient admin = accounts.admin();
		String sourceId = admin.post("/api/sources", source("admins_db")).json().path("id").asString();
		assertThat(member.client().delete("/api/sources/" + sourceId).status()).isEqualTo(403);
		assertThat(member.client().get("/api/sources").body()).doesNotContain("admins_db");
		assertThat(admin.delete("/api/sources/" + sourceId).status()).isEqualTo(204);
		assertThat(admin.get("/api/datasets?size=200").body()).doesNotContain("admins_db");
	}

	/**
	 * Only admins register or delete sources, and only in workspaces they belong to: a
	 * workspace's editor who is not an admin gets 403, another workspace's people 404 (or
	 * 403 when not an admin at all, before anything is looked up).
	 */
	@Test
	void onlyAdminsOfTheWorkspaceRegisterAndDeleteSources() {
		ApiClient admin = accounts.admin();
		String workspace = admin.post("/api/workspaces", Map.of("name", "Plant ops " + UUID.randomUUID()))
			.json()
			.path("id")
			.asString();
		Accounts.Person editor = accounts.member();
		assertThat(admin
			.post("/api/workspaces/" + workspace + "/members", Map.of("email", editor.email(), "role", "editor"))
			.status()).isEqualTo(201);

		Map<String, Object> body = source("ops_db");
		body.put("workspaceId", workspace);
		ApiClient.Response byEditor = editor.client().post("/api/sources", body);
		assertThat(byEditor.status()).isEqualTo(403);
		assertThat(byEditor.detail()).contains("administrator");
		ApiClient.Response created = admin.post("/api/sources", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String sourceId = created.json().path("id").asString();
		assertThat(editor.client().get("/api/sources?workspaceId=" + workspace).body()).contains("ops_db");
		assertThat(editor.client().delete("/api/sources/" + sourceId).status()).isEqualTo(403);

		Accounts.Person stranger = accounts.member();
		assertThat(stranger.client().get("/api/sources?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(stranger.client().delete("/api/sources/" + sourceId).status()).isEqualTo(403);
		assertThat(stranger.client().post("/api/sources", body).status()).isEqualTo(403);

		Accounts.Person otherAdmin = accounts.member();
		assertThat(admin.patch("/api/users/" + otherAdmin.id(), Map.of("role", "admin")).status()).isEqualTo(200);
		ApiClient otherAdminClient = new ApiClient(port);
		otherAdminClient.loginOk(otherAdmin.email(), otherAdmin.password());
		assertThat(otherAdminClient.get("/api/sources?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(otherAdminClient.delete("/api/sources/" + sourceId).status()).isEqualTo(404);
		body.put("name", "intruder_db");
		assertThat(otherAdminClient.post("/api/sources", body).status()).isEqualTo(404);

		assertThat(admin.get("/api/sources?workspaceId=" + workspace).body()).contains("ops_db")
			.doesNotContain("intruder_db");
		assertThat(admin.delete("/api/sources/" + sourceId).status()).isEqualTo(204);
	}

	@Test
	void chartsRunInPlaceOnTheExternalTable() {
		ApiClient admin = accounts.admin();
		ApiClient.Response created = admin.post("/api/sources", source("charted_db"));
		String dataset = created.json().path("datasets").get(0).path("name").asString();

		ApiClient.Response chart = admin.post("/api/charts",
				Map.of("title", "Meters", "query",
						Map.of("dataset", dataset, "measures", List.of(Map.of("column", "kw", "agg", "sum")),
								"dimensions", List.of(Map.of("column", "meter")), "sort",
								List.of(Map.of("by", "meter", "dir", "asc")))));
		assertThat(chart.status()).as(chart.body()).isEqualTo(201);
		var rows = admin.get("/api/charts/" + chart.json().path("id").asString() + "/data").json().path("rows");
		assertThat(rows.size()).isEqualTo(3);
		// n from 0 to 99, kw = n / 2, meter m0 takes n = 0, 3, …, 99: 34 values summing
		// to 1683 / 2
		assertThat(rows.get(0).get(0).asString()).isEqualTo("m0");
		assertThat(rows.get(0).get(1).asDouble()).isEqualTo(841.5);
	}

}
