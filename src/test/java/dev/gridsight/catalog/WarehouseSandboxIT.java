package dev.gridsight.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks a workspace viewer tried against {@code POST /api/datasets/query}, through
 * HTTP: each is refused with a readable 400, writes nothing, and reads nothing of another
 * workspace (whose dataset holds a canary string that must never come back).
 */
@IntegrationTest
@TestPropertySource(properties = "gridsight.warehouse.sql-timeout=4s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarehouseSandboxIT {

	static final String CANARY = "canary-" + UUID.randomUUID();

	@LocalServerPort
	int port;

	ApiClient viewer;

	ApiClient owner;

	String workspace;

	String otherTable;

	String otherDatasetId;

	@BeforeAll
	void twoWorkspaces() {
		Accounts accounts = new Accounts(port);
		Accounts.Person ownerPerson = accounts.member();
		Accounts.Person viewerPerson = accounts.member();
		owner = ownerPerson.client();
		viewer = viewerPerson.client();
		workspace = owner.post("/api/workspaces", Map.of("name", "Plant")).json().path("id").asString();
		assertThat(owner
			.post("/api/workspaces/" + workspace + "/members", Map.of("email", viewerPerson.email(), "role", "viewer"))
			.status()).isEqualTo(201);
		ApiClient.Response meters = owner.upload("/api/datasets", "meters.csv",
				"ts,site,kw\n2026-01-01T00:00:00,North,1.5\n2026-01-01T01:00:00,South,2.5\n"
					.getBytes(StandardCharsets.UTF_8),
				Map.of("workspaceId", workspace));
		assertThat(meters.status()).as(meters.body()).isEqualTo(201);

		ApiClient stranger = accounts.member().client();
		ApiClient.Response secret = stranger.upload("/api/datasets", "secrets.csv",
				("name,value\nkey," + CANARY + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(secret.status()).as(secret.body()).isEqualTo(201);
		otherDatasetId = secret.json().path("id").asString();
		otherTable = "ds_" + otherDatasetId.replace("-", "");
	}

	private ApiClient.Response query(String sql) {
		return viewer.post("/api/datasets/query", Map.of("workspaceId", workspace, "sql", sql));
	}

	@Test
	void aViewerReadsTheWorkspacesDatasets() {
		ApiClient.Response answer = query("select site, kw from meters order by kw desc");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().path("rows").get(0).get(0).asString()).isEqualTo("South");
	}

	@Test
	void theAttacksOfTheSandboxIssueAreRefused() throws Exception {
		Path pwn = Path.of("/tmp/pwn-" + UUID.randomUUID() + ".csv");
		List<String> attacks = List.of(
				"select E'\\' as a, ' ; copy/**/(select 42 as answer) to $$" + pwn + "$$; select 7 as seven --' as b",
				"select * from read_text/**/('/proc/self/environ')",
				"select * from \"read_text\"('/proc/self/environ')",
				"select \"a'b\" from (select 1 as \"a'b\"), read_csv('/etc/passwd')",
				"select * from read_blob('secret.key')", "select * from glob('*')",
				"select * from read_csv -- comment\n('/etc/passwd')", "select * from duckdb_tables()",
				"select * from query_table('" + otherTable + "')", "select * from " + otherTable,
				"select * from main." + otherTable, "select * from duckdb_settings()",
				"select * from information_schema.tables", "select current_setting('enable_external_access')",
				"with recursive r(n) as (select 1 union all select n + 1 from r) select count(*) from r",
				"select getenv('GRIDSIGHT_ADMIN_PASSWORD')", "copy meters to '" + pwn + "'", "update meters set kw = 0",
				"attach 'x.duckdb' as x", "select 1; select 2");
		for (String attack : attacks) {
			ApiClient.Response answer = query(attack);
			assertThat(answer.status()).as(attack + " -> " + answer.body()).isEqualTo(400);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.detail()).as(attack).isNotBlank();
			assertThat(answer.body()).doesNotContain(CANARY);
		}
		assertThat(pwn).doesNotExist();
		assertThat(query("select count(*) from meters where kw > 0").json().path("rows").get(0).get(0).asLong())
			.isEqualTo(2);
	}

	@Test
	void aBombEndsWithinItsBudgetWhileOthersAreServed() throws Exception {
		CompletableFuture<ApiClient.Response> bomb = CompletableFuture.supplyAsync(() -> query(
				"select count(*) from range(1000000000) a, range(1000000000) b where a.range + b.range < 0"));
		ApiClient.Response other = owner.post("/api/datasets/query",
				Map.of("workspaceId", workspace, "sql", "select count(*) from meters"));
		assertThat(other.status()).as(other.body()).isEqualTo(200);
		assertThat(owner.get("/api/datasets?workspaceId=" + workspace).status()).isEqualTo(200);
		assertThat(owner.get("/actuator/health").status()).isEqualTo(200);
		ApiClient.Response ended = bomb.get(60, TimeUnit.SECONDS);
		assertThat(ended.status()).as(ended.body()).isEqualTo(400);
		assertThat(ended.detail()).contains("time budget (4 s");
	}

	@Test
	void sizeBombsEndWithAReadableReason() {
		ApiClient.Response lpad = query("select length(lpad('x', 2000000000, 'x')) as n");
		assertThat(lpad.status()).as(lpad.body()).isIn(200, 400);
		if (lpad.status() == 200) {
			// the checker bounded the length before the engine saw it
			assertThat(lpad.json().path("rows").get(0).get(0).asLong()).isLessThanOrEqualTo(100_000);
		}
	}

	@Test
	void anotherWorkspacesDatasetIdsAreNotFoundOnEveryReadAndWrite() {
		for (String path : List.of("/api/datasets/" + otherDatasetId, "/api/datasets/" + otherDatasetId + "/rows",
				"/api/datasets/" + otherDatasetId + "/columns/value/values")) {
			assertThat(viewer.get(path).status()).as(path).isEqualTo(404);
		}
		assertThat(
				viewer.postRaw("/api/datasets/" + otherDatasetId + "/rows", "[{\"value\": \"x\"}]", "application/json")
					.status())
			.isEqualTo(404);
		ApiClient.Response foreignWorkspace = viewer.post("/api/datasets/query",
				Map.of("workspaceId", UUID.randomUUID().toString(), "sql", "select 1"));
		assertThat(foreignWorkspace.status()).isEqualTo(404);
	}

	@Test
	void aViewerCannotAppend() {
		String id = viewer.get("/api/datasets?workspaceId=" + workspace)
			.json()
			.path("items")
			.get(0)
			.path("id")
			.asString();
		ApiClient.Response append = viewer.postRaw("/api/datasets/" + id + "/rows",
				"[{\"ts\": \"2026-01-02T00:00:00\", \"site\": \"East\", \"kw\": 1}]", "application/json");
		assertThat(append.status()).isEqualTo(403);
	}

	@Test
	void aReusedIdempotencyKeyWithAnotherBodyIs422AndAddsNothing() {
		String id = owner
			.upload("/api/datasets", "keyed.csv", "ts,kw\n2026-01-01T00:00:00,1\n".getBytes(StandardCharsets.UTF_8),
					Map.of("workspaceId", workspace))
			.json()
			.path("id")
			.asString();
		String first = "[{\"ts\": \"2026-01-02T00:00:00\", \"kw\": 2}]";
		assertThat(owner
			.send("POST", "/api/datasets/" + id + "/rows", first, "application/json", Map.of("Idempotency-Key", "k1"))
			.status()).isEqualTo(200);
		ApiClient.Response again = owner.send("POST", "/api/datasets/" + id + "/rows", first, "application/json",
				Map.of("Idempotency-Key", "k1"));
		assertThat(again.json().path("replayed").asBoolean()).isTrue();
		ApiClient.Response other = owner.send("POST", "/api/datasets/" + id + "/rows",
				"[{\"ts\": \"2026-01-03T00:00:00\", \"kw\": 3}]", "application/json", Map.of("Idempotency-Key", "k1"));
		assertThat(other.status()).as(other.body()).isEqualTo(422);
		assertThat(other.detail()).contains("already used for a different request");
		assertThat(owner.get("/api/datasets/" + id).json().path("rowCount").asLong()).isEqualTo(2);
	}

	@Test
	void aCsvAppendGoesThroughTheImportersChecks() {
		String id = owner
			.upload("/api/datasets", "checked.csv", "name,n\nfirst,1\n".getBytes(StandardCharsets.UTF_8),
					Map.of("workspaceId", workspace))
			.json()
			.path("id")
			.asString();
		ApiClient.Response unterminated = owner.postRaw("/api/datasets/" + id + "/rows", "name,n\n\"unterminated,1\n",
				"text/csv");
		assertThat(unterminated.status()).as(unterminated.body()).isEqualTo(400);
		ApiClient.Response ragged = owner.postRaw("/api/datasets/" + id + "/rows", "name,n\nx,1,extra\n", "text/csv");
		assertThat(ragged.status()).as(ragged.body()).isEqualTo(400);
		assertThat(ragged.detail()).contains("line 2");
		assertThat(owner.get("/api/datasets/" + id + "/rows").json().path("rows").size()).isEqualTo(1);
	}

}
