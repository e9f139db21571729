package dev.gridsight.catalog.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine-level wall on its own: SQL goes straight to the sandbox, with the checker
 * bypassed, as if the checker had let it through. Whatever it tries, it sees only the
 * datasets it was given, no file, no setting it can change, and a bomb ends within its
 * budget with a readable reason.
 */
class SqlSandboxTest {

	@TempDir
	static Path dataDir;

	static Warehouse warehouse;

	static SqlSandbox sandbox;

	static final String CANARY = "canary-7f3a9c";

	@BeforeAll
	static void openWarehouse() throws Exception {
		Files.writeString(dataDir.resolve("secret.key"), CANARY + "-secret");
		Files.writeString(dataDir.resolve("gridsight.mv.db"), CANARY + "-app-database");
		warehouse = new Warehouse(new GridsightProperties(dataDir, false, null, null, null, null, null),
				WarehouseLimits.defaults());
		warehouse.write(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement
					.execute("CREATE TABLE ds_mine AS SELECT range AS i, 'mine-' || range AS label FROM range(100)");
				statement.execute("CREATE TABLE ds_other_workspace AS SELECT '" + CANARY + "-other' AS secret");
			}
			return null;
		});
		sandbox = new SqlSandbox(warehouse, new WarehouseLimits(null, null, null, "128MB", 1, Duration.ofSeconds(2),
				DataSize.ofMegabytes(1), null));
	}

	@AfterAll
	static void closeWarehouse() throws Exception {
		warehouse.destroy();
	}

	private static TabularData run(String sql) {
		return sandbox.run(sql, List.of(new SqlSandbox.SandboxTable("mine", "ds_mine", 1)), 1000);
	}

	@Test
	void readsTheDatasetsItWasGivenUnderTheirNames() {
		TabularData rows = run("select count(*) as n, max(label) as top from mine");
		assertThat(rows.rows()).containsExactly(List.of(100L, "mine-99"));
	}

	@Test
	void datasetsWithDotsInTheirNamesAreViewsOfThatName() {
		TabularData rows = sandbox.run("select count(*) from \"toast.checks\"",
				List.of(new SqlSandbox.SandboxTable("toast.checks", "ds_mine", 1)), 10);
		assertThat(rows.rows()).containsExactly(List.of(100L));
	}

	@ParameterizedTest
	@ValueSource(strings = { "select * from read_text('%s/secret.key')",
			"select * from read_blob('%s/gridsight.mv.db')", "select * from read_csv('/proc/self/environ')",
			"select * from read_text('/etc/passwd')", "select * from glob('%s/*')",
			"select * from read_parquet('%s/sandbox/*.parquet')", "copy (select 42) to '%s/pwn.csv'",
			"attach '%s/warehouse.duckdb' as w", "attach '%s/stolen.duckdb' as s", "install httpfs", "load httpfs",
			"select * from read_csv('http://127.0.0.1:9/x.csv')" })
	void reachesNoFile(String attack) {
		String sql = attack.formatted(dataDir.toAbsolutePath());
		assertThatThrownBy(() -> run(sql)).isInstanceOf(InvalidInput.class);
		assertThat(dataDir.resolve("pwn.csv")).doesNotExist();
		assertThat(dataDir.resolve("stolen.duckdb")).doesNotExist();
	}

	@Test
	void seesNoOtherTableEvenWhenItKnowsItsName() {
		assertThatThrownBy(() -> run("select * from ds_other_workspace")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("ds_other_workspace");
		assertThatThrownBy(() -> run("select * from query_table('ds_other_workspace')"))
			.isInstanceOf(InvalidInput.class);
		TabularData tables = run("select string_agg(table_name, ',') from information_schema.tables");
		assertThat(tables.rows().get(0).get(0)).isEqualTo("mine");
		TabularData catalog = run("select count(*) from duckdb_tables()");
		assertThat(catalog.rows()).containsExactly(List.of(0L));
		TabularData databases = run("select string_agg(database_name, ',') from duckdb_databases() where not internal");
		assertThat(databases.rows().get(0).get(0)).asString().doesNotContain("warehouse");
	}

	@Test
	void cannotWidenItsOwnConfiguration() {
		for (String change : List.of("set enable_external_access = true", "set memory_limit = '10GB'",
				"set lock_configuration = false", "set allowed_directories = ['/']", "set threads = 64")) {
			assertThatThrownBy(() -> run(change)).as(change).isInstanceOf(InvalidInput.class);
		}
		TabularData settings = run(
				"select name, value from duckdb_settings() where name in ('enable_external_access', 'lock_configuration') order by name");
		assertThat(settings.rows()).containsExactly(List.of("enable_external_access", "false"),
				List.of("lock_configuration", "true"));
	}

	@Test
	void endlessQueriesEndWithinTheTimeBudget() {
		for (String bomb : List.of(
				"with recursive r(n) as (select 1 union all select n + 1 from r) select count(*) from r",
				"select count(*) from range(1000000000000)",
				"select sum(hash(a.range + b.range)) from range(1000000000) a, range(1000000000) b")) {
			assertThatThrownBy(() -> run(bomb)).as(bomb)
				.isInstanceOf(InvalidInput.class)
				.hasMessageContaining("time budget");
		}
	}

	@Test
	void memoryBombsEndWithinTheMemoryBudget() {
		assertThatThrownBy(
				() -> run("select length(string_agg(label || repeat('x', 1000), ',')) from mine, range(10000000)"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageMatching(".*(memory|time) budget.*");
	}

	@Test
	void answersLargerThanTheResponseBudgetAreRefused() {
		assertThatThrownBy(() -> run("select repeat('x', 10000) from range(500)")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("larger than 1 MB");
	}

	@Test
	void otherQueriesAreServedWhileABombRuns() throws Exception {
		CompletableFuture<Throwable> bomb = CompletableFuture.supplyAsync(() -> {
			try {
				run("select count(*) from range(1000000000000)");
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		// while it runs, another user's query and a chart read both answer
		TabularData other = run("select count(*) from mine");
		assertThat(other.rows()).containsExactly(List.of(100L));
		try (var reader = warehouse.pooledReader();
				var statement = reader.createStatement();
				var rs = statement.executeQuery("select count(*) from ds_mine")) {
			rs.next();
			assertThat(rs.getLong(1)).isEqualTo(100L);
		}
		assertThat(bomb.get(30, TimeUnit.SECONDS)).isInstanceOf(InvalidInput.class).hasMessageContaining("time budget");
	}

	@Test
	void snapshotsFollowTheDataVersionAndOldOnesAreDropped() throws Exception {
		sandbox.run("select 1 from v", List.of(new SqlSandbox.SandboxTable("v", "ds_mine", 7)), 1);
		sandbox.run("select 1 from v", List.of(new SqlSandbox.SandboxTable("v", "ds_mine", 8)), 1);
		try (var files = Files.list(warehouse.snapshots())) {
			assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("ds_mine-")))
				.containsExactly("ds_mine-v8.parquet");
		}
	}

	@Test
	void theWarehouseItselfReachesNoFileOutsideItsFolders() throws Exception {
		try (var reader = warehouse.reader();
				var statement = reader.createStatement();
				var another = reader.createStatement()) {
			assertThatThrownBy(
					() -> statement.executeQuery("select * from read_text('" + dataDir.resolve("secret.key") + "')"))
				.hasMessageContaining("disabled by configuration");
			assertThatThrownBy(() -> another.execute("set enable_external_access = true"))
				.hasMessageContaining("locked");
		}
	}

}
