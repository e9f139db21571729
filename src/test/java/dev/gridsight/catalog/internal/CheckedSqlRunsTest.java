package dev.gridsight.catalog.internal;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.GridsightProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Valid analytical SQL that the old regex refused runs, once rendered from its checked
 * tree, in the sandbox with the answer DuckDB gives the original text: the rendering
 * changes nothing a user meant.
 */
class CheckedSqlRunsTest {

	@TempDir
	static Path dataDir;

	static Warehouse warehouse;

	static SqlSandbox sandbox;

	static final List<SqlSandbox.SandboxTable> TABLES = List.of(new SqlSandbox.SandboxTable("sales", "ds_sales", 1),
			new SqlSandbox.SandboxTable("toast.checks", "ds_checks", 1));

	@BeforeAll
	static void openWarehouse() throws Exception {
		warehouse = new Warehouse(new GridsightProperties(dataDir, false, null, null, null, null, null),
				WarehouseLimits.defaults());
		warehouse.write(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("""
						CREATE TABLE ds_sales AS SELECT * FROM (VALUES
						  (TIMESTAMP '2026-01-01 10:00', 'North', 'tea', 3.0),
						  (TIMESTAMP '2026-01-01 11:00', 'North', 'coffee', 5.0),
						  (TIMESTAMP '2026-01-02 10:00', 'South', 'tea', 4.0),
						  (TIMESTAMP '2026-01-02 12:00', 'South', 'coffee', 7.0),
						  (TIMESTAMP '2026-01-03 09:00', 'North', 'tea', 1.0)) t(ts, site, item, amount)""");
				statement.execute("CREATE TABLE ds_checks AS SELECT range AS id, range * 10 AS total FROM range(4)");
			}
			return null;
		});
		sandbox = new SqlSandbox(warehouse, WarehouseLimits.defaults());
	}

	@AfterAll
	static void closeWarehouse() throws Exception {
		warehouse.destroy();
	}

	static List<Arguments> queries() {
		return List.of(Arguments.of("alias with a column list", "select sum(x) from sales s(a, b, c, x)", List
			.of(List.of(20.0))), Arguments.of("QUALIFY",
					"select site, item from sales qualify row_number() over (partition by site order by amount desc) = 1 order by site",
					List.of(List.of("North", "coffee"), List.of("South", "coffee"))),
				Arguments.of("FILTER (WHERE …)",
						"select sum(amount) filter (where item = 'tea') as tea, count(*) filter (where site = 'South') as south from sales",
						List.of(List.of(8.0, 2L))),
				Arguments.of("window frame",
						"select amount, sum(amount) over (order by ts rows between 1 preceding and current row) as pair from sales order by ts limit 2",
						List.of(List.of(3.0, 3.0), List.of(5.0, 8.0))),
				Arguments.of("PIVOT",
						"select * from (select site, item, amount from sales) pivot (sum(amount) for item in ('tea', 'coffee')) order by site",
						List.of(List.of("North", 4.0, 5.0), List.of("South", 4.0, 7.0))),
				Arguments.of("CTE and a join of two datasets", """
						with days as (select date_trunc('day', ts) as day, sum(amount) as total from sales group by 1)
						select count(*), max(c.total) from days d join "toast.checks" c on c.id = 1""",
						List.of(List.of(3L, 10L))),
				Arguments.of("dotted dataset name in parts", "select max(total) from toast.checks",
						List.of(List.of(30L))),
				Arguments.of("strings with quotes and backslashes",
						"select 'it''s' as a, regexp_matches('a1', '\\d') as b", List.of(List.of("it's", true))),
				Arguments.of("cast and ::",
						"select cast(amount as integer) + amount::integer from sales where item = 'coffee' and site = 'South'",
						List.of(List.of(14))),
				Arguments.of("lpad keeps its meaning under its cap", "select lpad('7', 3, '0') as padded",
						List.of(List.of("007"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void runsAsRenderedWithTheAnswerTheTextMeant(String what, String sql, List<List<Object>> expected) {
		SqlGuard.CheckedSql checked = SqlGuard.check(sql, name -> name.equals("sales") || name.equals("toast.checks"));
		TabularData answer = sandbox.run(checked.sql(), TABLES, 100);
		assertThat(answer.rows()).as(checked.sql()).isEqualTo(expected);
	}

}
