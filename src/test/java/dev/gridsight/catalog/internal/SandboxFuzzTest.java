package dev.gridsight.catalog.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzes both walls together and the engine wall alone: SQL is generated from the pieces
 * attacks are made of (dangerous functions spelled every way, other tenants' tables,
 * comments, every kind of quote, unicode) and run as a user whose only dataset is
 * {@code mine}. Nothing outside it may ever come back or be written: a canary file beside
 * the warehouse and a canary table of another workspace hold a string that must never
 * appear in an answer or an error. Runs a bounded number of cases in CI;
 * {@code -Dgridsight.fuzz.cases=N} runs more.
 */
class SandboxFuzzTest {

	static final String CANARY = "canary-4d1e0b";

	static final int CASES = SqlFuzz.cases("gridsight.fuzz.cases", 400);

	@TempDir
	static Path dataDir;

	static Warehouse warehouse;

	static SqlSandbox sandbox;

	@BeforeAll
	static void openWarehouse() throws Exception {
		Files.writeString(dataDir.resolve("secret.key"), CANARY + "-file");
		Files.createDirectories(dataDir.resolve("uploads"));
		Files.writeString(dataDir.resolve("uploads").resolve("someone-elses-upload.csv"), "x\n" + CANARY + "-upload\n");
		warehouse = new Warehouse(new GridsightProperties(dataDir, false, null, null, null, null, null),
				WarehouseLimits.defaults());
		warehouse.write(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE ds_mine AS SELECT range AS i, 'row ' || range AS label FROM range(20)");
				statement.execute("CREATE TABLE ds_other AS SELECT '" + CANARY + "-table' AS secret");
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

	@Test
	void nothingOutsideTheUsersDatasetsIsEverReadOrWritten() {
		Counts counts = new Counts();
		SqlFuzz fuzz = SqlFuzz.seeded("sandbox fuzz");
		for (int c = 0; c < CASES; c++) {
			String sql = sql(fuzz);
			// both walls: the checker, then the sandbox running what the checker rendered
			try {
				SqlGuard.CheckedSql checked = SqlGuard.check(sql, "mine"::equals);
				counts.accepted.incrementAndGet();
				assertNoLeak(sql, () -> run(checked.sql()));
			}
			catch (InvalidInput refused) {
				counts.refused.incrementAndGet();
				assertThat(refused.getMessage()).as(sql).doesNotContain(CANARY);
			}
			// the engine wall alone, as if the checker had let the text through
			assertNoLeak(sql, () -> run(sql));
		}
		assertThat(dataDir.resolve("pwn.csv")).doesNotExist();
		assertThat(counts.accepted.get() + counts.refused.get()).isEqualTo(CASES);
		System.out.printf("sandbox fuzz: %d cases, %d accepted by the checker, %d refused%n", CASES,
				counts.accepted.get(), counts.refused.get());
	}

	private static final class Counts {

		final AtomicInteger accepted = new AtomicInteger();

		final AtomicInteger refused = new AtomicInteger();

	}

	private static TabularData run(String sql) {
		return sandbox.run(sql, List.of(new SqlSandbox.SandboxTable("mine", "ds_mine", 1)), 100);
	}

	private static void assertNoLeak(String sql, java.util.function.Supplier<TabularData> query) {
		try {
			TabularData answer = query.get();
			assertThat(answer.toString()).as(sql).doesNotContain(CANARY);
		}
		catch (InvalidInput refused) {
			assertThat(refused.getMessage()).as(sql).doesNotContain(CANARY);
		}
		catch (RuntimeException unexpected) {
			fail("Not a readable refusal for: " + sql, unexpected);
		}
	}

	/** SQL made of the pieces of known attacks, in random order and number. */
	static String sql(SqlFuzz fuzz) {
		String home = dataDir.toAbsolutePath().toString();
		List<String> functions = List.of("read_text", "read_blob", "read_csv", "read_csv_auto", "glob", "read_parquet",
				"read_json", "query_table", "query", "duckdb_tables", "duckdb_settings", "getenv", "current_setting",
				"sniff_csv", "parquet_metadata", "duckdb_databases", "duckdb_functions", "len", "lower", "count");
		List<String> arguments = List.of("'" + home + "/secret.key'", "'secret.key'", "'" + home + "/uploads/*'",
				"'" + home + "/*'", "'/proc/self/environ'", "'ds_other'", "$$ds_other$$", "E'\\''",
				"'" + home + "/pwn.csv'", "''", "1", "i");
		List<String> tables = List.of("mine", "\"mine\"", "ds_other", "\"ds_other\"", "main.ds_other",
				"warehouse.main.ds_other", "information_schema.tables", "duckdb_tables()", "mine m(x, y)",
				"\"mi\"\"ne\"", "mine, ds_other");
		List<String> pieces = List.of("select ", "SELECT * from ", " from ", " where ", " union all select ",
				" as \"a'b\" ", "'", "\"", "E'\\' as a, '", "$$", "/*", "*/", "--", "\n", ";",
				" copy (select 1) to '" + home + "/pwn.csv'", " attach '" + home + "/x.db' as x ", "U&'\\0041'",
				"\u037e", "\u200b", "\uff08", "label", "i", ",", "(", ")", " ", "1", "*");
		return "select " + fuzz.joined(1, 10, () -> fuzz.anyOf(() -> {
			String name = fuzz.oneOf(functions);
			String spelled = fuzz.oneOf(List.of(name, name.toUpperCase(java.util.Locale.ROOT), "\"" + name + "\"",
					name + "/**/", name + " -- x\n", "main." + name, "system.main." + name));
			return spelled + "(" + fuzz.oneOf(arguments) + ")";
		}, () -> fuzz.oneOf(tables), () -> fuzz.oneOf(pieces)), () -> "");
	}

}
