package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class SqlGuardTest {

	static final Set<String> DATASETS = Set.of("home_energy", "toast.checks", "ds_a1", "ds_b2");

	static final Predicate<String> IS_DATASET = DATASETS::contains;

	static SqlGuard.CheckedSql check(String sql) {
		return SqlGuard.check(sql, IS_DATASET);
	}

	// ---- accepted analytical SQL

	@Test
	void acceptsCtesUnionsAndWindowsAndNamesOnlyTheDatasets() {
		SqlGuard.CheckedSql checked = check(
				"""
						with daily as (select date_trunc('day', ts) as d, sum(load_kwh) as kwh from home_energy group by 1),
						 weekly as (select d, avg(kwh) over (order by d rows between 6 preceding and current row) as w from daily)
						select d, w from weekly
						union all select ts, load_kwh from "toast.checks" where building in ('a', 'b')""");
		assertThat(checked.datasets()).containsExactly("home_energy", "toast.checks");
		assertThat(checked.sql()).contains("FROM \"home_energy\"", "FROM daily", "FROM weekly", "UNION ALL",
				"FROM \"toast.checks\"", "ROWS BETWEEN 6 PRECEDING AND CURRENT ROW");
		assertReadsOnlyAllowed(checked.sql());
	}

	@Test
	void aDottedDatasetNameMeansTheSameQuotedWholeOrInParts() {
		for (String name : List.of("toast.checks", "\"toast.checks\"", "\"toast\".\"checks\"", "TOAST.checks")) {
			SqlGuard.CheckedSql checked = SqlGuard.check("select * from " + name,
					candidate -> candidate.equalsIgnoreCase("toast.checks"));
			assertThat(checked.sql()).as(name).isIn("SELECT * FROM \"toast.checks\"", "SELECT * FROM \"TOAST.checks\"");
		}
	}

	@Test
	void joinsTwoDatasetsAndKeepsTheirAliases() {
		SqlGuard.CheckedSql checked = check(
				"select a.ts, b.x from ds_a1 a join ds_b2 as b on a.ts = b.ts left join ds_a1 c using (ts)");
		assertThat(checked.datasets()).containsExactly("ds_a1", "ds_b2");
		assertThat(checked.sql()).contains("FROM \"ds_a1\" a JOIN \"ds_b2\" AS b ON a.ts = b.ts",
				"LEFT JOIN \"ds_a1\" c USING (ts)");
	}

	@Test
	void acceptsAliasColumnListsQualifyFilterAndDistinctAggregates() {
		SqlGuard.CheckedSql checked = check("""
				select t.x, count(distinct x) as n, sum(y) filter (where y > 0) as pos,
				 case when x > 1 then 'big' else 'small' end as size, x::double as d, strftime(ts, '%Y') as y
				from ds_a1 t(x, y, ts)
				qualify row_number() over (partition by x order by ts desc) = 1""");
		assertThat(checked.sql()).contains("\"ds_a1\" t(x, y, ts)", "count(DISTINCT x)", "sum(y) FILTER (WHERE y > 0)",
				"CASE WHEN x > 1 THEN 'big' ELSE 'small' END", "x::double", "strftime(ts, '%Y')",
				"QUALIFY row_number() OVER (PARTITION BY x ORDER BY ts DESC) = 1");
	}

	@Test
	void rendersStringsCanonicallyKeepingQuotesAndBackslashes() {
		SqlGuard.CheckedSql checked = check("select 'it''s' as a, regexp_matches(x, '\\d+') as b from ds_a1");
		assertThat(checked.sql()).contains("'it''s' AS a", "regexp_matches(x, '\\d+')");
	}

	@Test
	void rendersQuotedIdentifiersAnewAndBareWordsAsTheyAre() {
		SqlGuard.CheckedSql checked = check("select \"a'b\", \"x\"\"y\" as \"q\"\"r\", plain from ds_a1 as \"T\"");
		assertThat(checked.sql()).isEqualTo("SELECT \"a'b\", \"x\"\"y\" AS \"q\"\"r\", plain FROM \"ds_a1\" AS \"T\"");
	}

	@Test
	void capsTheLengthOfPaddingAndRepeating() {
		assertThat(check("select lpad(x, 5, '0'), rpad(x, 5), repeat('ab', 3) from ds_a1").sql())
			.contains("lpad(x, least(5, 100000), '0')", "rpad(x, least(5, 100000))", "repeat('ab', least(3, 100000))");
		assertThat(check("select length(lpad('x', 2000000000, 'x'))").sql())
			.isEqualTo("SELECT length(lpad('x', least(2000000000, 100000), 'x'))");
	}

	@Test
	void acceptsPivotAndUnpivotInFrom() {
		assertThat(check("select * from ds_a1 pivot (sum(x) for y in ('a', 'b'))").sql())
			.isEqualTo("SELECT * FROM \"ds_a1\" PIVOT (sum(x) FOR y IN ('a', 'b'))");
		assertThat(check("select * from ds_a1 unpivot (v for k in (a, b))").sql()).contains("UNPIVOT");
	}

	@Test
	void refusesThePivotStatementWithAHint() {
		assertThatThrownBy(() -> check("pivot ds_a1 on y using sum(x)")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("SELECT * FROM t PIVOT");
	}

	@Test
	void acceptsNamedWindowsGroupingSetsValuesLateralAndStarModifiers() {
		assertThat(check("select sum(x) over w from ds_a1 window w as (partition by a order by b)").sql())
			.contains("WINDOW w AS (PARTITION BY a ORDER BY b)");
		assertThat(check("select a, b, sum(x) from ds_a1 group by grouping sets ((a), (b), ())").sql())
			.contains("GROUPING SETS ((a), (b), ())");
		assertThat(check("select a, sum(x) from ds_a1 group by rollup(a, b)").sql()).contains("rollup(a, b)");
		assertThat(check("select * from (values (1, 2), (3, 4)) v(a, b)").datasets()).isEmpty();
		assertThat(check("select * from ds_a1 a, lateral (select * from ds_b2 b where b.x = a.x) l").datasets())
			.containsExactly("ds_a1", "ds_b2");
		assertThat(check("select distinct on (a) * exclude (b) from ds_a1").sql()).contains("DISTINCT ON (a)");
		assertThat(check("select * replace (a + 1 as a) from ds_a1").sql()).contains("REPLACE");
	}

	@Test
	void acceptsTemporalLiteralsCastsAndTableFunctionsThatOnlyMakeRows() {
		SqlGuard.CheckedSql checked = check("""
				select try_cast(x as integer), cast(x as decimal(10, 2)), extract(year from ts), interval '1 day',
				 interval 2 hour, date '2024-01-31', timestamp '2024-01-31 10:00:00', ts at time zone 'UTC'
				from ds_a1, range(10) r(i), generate_series(1, 3) g(j) limit 10 offset 5""");
		assertThat(checked.datasets()).containsExactly("ds_a1");
		assertThat(checked.sql()).contains("range(10) r(i)", "LIMIT 10 OFFSET 5", "DATE '2024-01-31'");
	}

	@Test
	void aFunctionNameInsideAStringIsJustText() {
		assertThat(check("select * from home_energy where building = 'read_csv(x)'").sql())
			.isEqualTo("SELECT * FROM \"home_energy\" WHERE building = 'read_csv(x)'");
	}

	@Test
	void commentsDoNotSurvive() {
		assertThat(check("select /* hi */ x -- there\n from ds_a1").sql()).isEqualTo("SELECT x FROM \"ds_a1\"");
	}

	@Test
	void namesTheDatasetsItReads() {
		Set<String> names = SqlGuard.check("select * from home_energy, \"toast.checks\"", name -> true).datasets();
		assertThat(names).containsExactly("home_energy", "toast.checks");
	}

	// ---- refused

	@Test
	void refusesAnythingButOneSelect() {
		assertThatThrownBy(() -> check("")).isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
		assertThatThrownBy(() -> check("select 1" + " ".repeat(20_000))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("20,000");
		assertThatThrownBy(() -> check("delete from home_energy")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("Only a SELECT");
		assertThatThrownBy(() -> check("select 1; drop table home_energy")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("one statement");
		assertThatThrownBy(() -> check("select * into copy from home_energy")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("INTO");
		assertThatThrownBy(() -> check("select * from home_energy for update")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("FOR UPDATE");
		assertThatThrownBy(() -> check("selec * form x")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("does not parse");
	}

	@Test
	void refusesFunctionsThatReachOutsideTheDatasetsByName() {
		assertThatThrownBy(() -> check("select * from read_csv('/etc/passwd')")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("read_csv");
		assertThatThrownBy(() -> check("select getenv('GRIDSIGHT_SECRET_KEY')")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("getenv");
		assertThatThrownBy(() -> check("select * from \"duckdb_settings\"()")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("duckdb_settings");
		assertThatThrownBy(() -> check("select main.abs(1)")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("schema or catalog");
	}

	@Test
	void refusesTablesThatAreNotDatasets() {
		assertThatThrownBy(() -> check("select * from information_schema.tables")).isInstanceOf(InvalidInput.class)
			.hasMessage("There is no dataset named 'information_schema.tables' in this workspace.");
		assertThatThrownBy(() -> check("select * from main.ds_a1")).isInstanceOf(InvalidInput.class)
			.hasMessage("There is no dataset named 'main.ds_a1' in this workspace.");
	}

	@Test
	void refusesPrefixedAndDollarQuotedStringsWithAHint() {
		for (String sql : List.of("select E'x'", "select N'x'", "select B'01'", "select R'x'", "select $$x$$")) {
			assertThatThrownBy(() -> check(sql)).as(sql)
				.isInstanceOf(InvalidInput.class)
				.hasMessageContaining("plain '…' string");
		}
	}

	@Test
	void refusesRecursionWithAClearMessage() {
		assertThatThrownBy(() -> check("with recursive r as (select 1) select * from r"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("WITH RECURSIVE");
	}

	// ---- fuzzing: SQL made from the pieces attacks are made of

	/** About 20 s on two cores; -Dgridsight.fuzz.tries=N for a longer run. */
	static final int DEFAULT_TRIES = 3_000;

	@Test
	void fuzzedSqlIsRefusedOrRendersOnlyAllowedReads() {
		int tries = SqlFuzz.cases("gridsight.fuzz.tries", DEFAULT_TRIES);
		SqlFuzz fuzz = SqlFuzz.seeded("SqlGuard fuzz");
		long start = System.nanoTime();
		int[] accepted = { 0 };
		for (int i = 0; i < tries; i++) {
			String sql = fuzzedSql(fuzz);
			SqlGuard.CheckedSql checked;
			try {
				checked = check(sql);
			}
			catch (InvalidInput refused) {
				continue;
			}
			catch (RuntimeException | Error bug) {
				throw new AssertionError("check threw " + bug + " for: " + sql + " (seed " + fuzz.seed + ")", bug);
			}
			accepted[0]++;
			assertReadsOnlyAllowed(checked.sql());
		}
		System.out.printf("SqlGuard fuzz: %d tries, %d accepted, %d ms%n", tries, accepted[0],
				(System.nanoTime() - start) / 1_000_000);
	}

	static String fuzzedSql(SqlFuzz fuzz) {
		String body = fuzz.joined(1, 24,
				() -> fuzz.anyOf(() -> fuzz.oneOf(PIECES), () -> "ds_" + fuzz.chars("0123456789abcdef", 4, 4),
						() -> fuzz.oneOf(PIECES).toUpperCase(Locale.ROOT),
						() -> fuzz.chars("'\"$;\\-/*\n eE&U\u200b\u0435(),:", 0, 4)),
				() -> fuzz.oneOf(List.of(" ", " ", " ", "", "/**/", "--x\n", "\n", "\t")));
		return fuzz.anyOf(() -> "select " + body, () -> "select * from ds_a1 where " + body, () -> body);
	}

	static final List<String> PIECES = List.of("select", "from", "where", "join", "on", "union all", "with", "as",
			"group by", "order by", "limit", "1", "x", ",", "(", ")", "*", "=", "||", "::double", "over ()", "sum(x)",
			"count(*)", "lpad('x', 9999999999, 'x')", "read_csv", "\"read_csv\"", "ReAd_CsV",
			"read_text('/etc/passwd')", "read_text/**/('/etc/passwd')", "glob('/*')", "getenv('HOME')",
			"duckdb_tables()", "query_table('other_ws')", "duckdb_settings()", "current_setting('x')", "main.ds_a1",
			"other_ws", "\"other\".\"main\".\"x\"", "ds_a1", "\"ds_a1\"", "ds_b2", "\"toast.checks\"", "toast.checks",
			"information_schema.tables", "'it''s'", "'a\\b'", "'", "\"", "$$", "$$x$$", "E'", "E'\\'", "U&'", "N'x'",
			"X'41'", "\\", ";", "--", "/*", "*/", "\"a'b\"", "r\u0435ad_csv", "read\u200b_csv", "\u0440", "copy",
			"attach", "pragma", "?", ":x", "$1", "@a", "nextval('s')", "x -> x", "[1, 2]", "{'a': 1}",
			"interval '1 day'", "date '2024-01-01'", "case when x then 1 else 2 end", "exists (select 1)",
			"in (select 1)", "lateral", "range(3)", "unnest([1])");

	// ---- the corpus of known bypass attempts

	@TestFactory
	Stream<DynamicTest> everyKnownBypassIsRefusedOrRendersOnlyAllowedReads() throws IOException {
		return corpus().stream().map(entry -> DynamicTest.dynamicTest(entry.why(), () -> {
			SqlGuard.CheckedSql checked;
			try {
				checked = check(entry.sql());
			}
			catch (InvalidInput refused) {
				assertThat(refused.getMessage()).isNotBlank();
				return;
			}
			assertReadsOnlyAllowed(checked.sql());
		}));
	}

	record Entry(String why, String sql) {
	}

	static List<Entry> corpus() throws IOException {
		String text;
		try (InputStream in = SqlGuardTest.class.getResourceAsStream("/sql-guard/bypass-corpus.sql")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Entry> entries = new ArrayList<>();
		for (String block : text.split("\n-- ----\n")) {
			String why = block.lines().findFirst().orElseThrow();
			assertThat(why).startsWith("-- why:");
			entries.add(new Entry(why.substring("-- why:".length()).strip(), block.substring(why.length()).strip()));
		}
		assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
		return entries;
	}

	// ---- an oracle independent of the guard: JSqlParser's own finder over the rendered
	// SQL

	static void assertReadsOnlyAllowed(String rendered) {
		assertThat(outsideLiterals(rendered)).as(rendered).doesNotContain("--", "/*", ";");
		Statements statements;
		try {
			statements = CCJSqlParserUtil.parseStatements(rendered);
		}
		catch (Exception ex) {
			fail("the rendered SQL does not parse: " + rendered, ex);
			return;
		}
		assertThat(statements).as(rendered).hasSize(1);
		Statement statement = statements.get(0);
		assertThat(statement).as(rendered).isInstanceOf(Select.class);
		Calls calls = new Calls();
		Set<String> tables = calls.getTables(statement);
		for (String table : tables) {
			// the parser splits "toast.checks" at the dot, so the text says whether it
			// was one name
			String dataset = table.replace("\"", "");
			assertThat(DATASETS).as(rendered).contains(dataset);
			assertThat(rendered).contains("\"" + dataset + "\"");
		}
		for (String function : calls.names) {
			assertThat(function).as(rendered).isIn(ALLOWED_CALLS);
		}
	}

	/** What the oracle accepts as a call; written out here, not taken from the guard. */
	static final Set<String> ALLOWED_CALLS = Set.of("count", "sum", "avg", "min", "max", "least", "lpad", "rpad",
			"repeat", "length", "row_number", "rank", "date_trunc", "strftime", "regexp_matches", "abs", "lower",
			"upper", "coalesce", "range", "generate_series", "unnest", "rollup", "cube", "round", "now", "median",
			"string_agg", "first_value", "lag", "lead", "concat", "substr", "replace", "trim", "if", "year");

	static final class Calls extends TablesNamesFinder<Void> {

		final Set<String> names = new HashSet<>();

		@Override
		public <S> Void visit(Function function, S context) {
			names.add(SqlGuard.unquote(function.getName()).toLowerCase(Locale.ROOT));
			if (function.getMultipartName().size() != 1) {
				names.add(function.getName());
			}
			return super.visit(function, context);
		}

		@Override
		public <S> Void visit(AnalyticExpression function, S context) {
			names.add(SqlGuard.unquote(function.getName()).toLowerCase(Locale.ROOT));
			return super.visit(function, context);
		}

		@Override
		public <S> Void visit(TableFunction function, S context) {
			names.add(SqlGuard.unquote(function.getFunction().getName()).toLowerCase(Locale.ROOT));
			return super.visit(function, context);
		}

	}

	/** The rendered text with '…' strings and "…" names blanked, as DuckDB lexes them. */
	static String outsideLiterals(String sql) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"') {
				if (c == '\'' && i > 0 && Character.isLetterOrDigit(sql.charAt(i - 1))) {
					// a prefix such as E'…' reads differently in DuckDB
					out.append("--prefixed string--");
				}
				int j = i + 1;
				while (j < sql.length()) {
					if (sql.charAt(j) == c) {
						if (j + 1 < sql.length() && sql.charAt(j + 1) == c) {
							j += 2;
							continue;
						}
						break;
					}
					j++;
				}
				out.append(c).append(c);
				i = j;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
