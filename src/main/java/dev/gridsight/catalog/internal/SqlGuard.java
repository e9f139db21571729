package dev.gridsight.catalog.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.util.TablesNamesFinder;

import dev.gridsight.platform.InvalidInput;

/**
 * Accepts one read-only SELECT (WITH and UNION allowed) that reads only the datasets it
 * names and calls only allow-listed functions: table functions (read_csv, glob, …),
 * {@code getenv} and the like are refused, as are schema-qualified names. Whatever passes
 * still runs on a connection that sees only the named datasets, with a timeout and a row
 * cap.
 */
final class SqlGuard {

	/** Functions and keywords that may stand before a parenthesis. */
	private static final Set<String> ALLOWED = Set.of(
			// keywords written before "("
			"select", "from", "where", "in", "exists", "as", "values", "over", "filter", "and", "or", "not", "on",
			"using", "cast", "try_cast", "extract", "interval", "case", "when", "then", "else", "join", "union", "all",
			"intersect", "except", "with", "distinct", "within", "group", "partition", "by", "order", "having",
			"between", "like", "ilike", "is", "any", "some", "lateral", "row", "array",
			// aggregates
			"count", "sum", "avg", "min", "max", "median", "mode", "quantile_cont", "quantile_disc", "quantile",
			"percentile_cont", "percentile_disc", "stddev", "stddev_samp", "stddev_pop", "variance", "var_samp",
			"var_pop", "corr", "covar_pop", "covar_samp", "regr_slope", "regr_intercept", "regr_r2", "first", "last",
			"any_value", "arg_min", "arg_max", "bool_and", "bool_or", "string_agg", "list", "approx_count_distinct",
			"histogram",
			// window functions
			"row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value",
			"last_value", "nth_value",
			// scalar
			"abs", "ceil", "ceiling", "floor", "round", "trunc", "sqrt", "power", "pow", "exp", "ln", "log", "log10",
			"log2", "sign", "greatest", "least", "coalesce", "nullif", "ifnull", "if", "lower", "upper", "length",
			"trim", "ltrim", "rtrim", "substr", "substring", "replace", "concat", "concat_ws", "left", "right", "lpad",
			"rpad", "split_part", "starts_with", "ends_with", "contains", "strpos", "position", "regexp_matches",
			"regexp_replace", "regexp_extract", "date_trunc", "date_part", "datepart", "date_diff", "datediff",
			"date_add", "date_sub", "time_bucket", "strftime", "strptime", "to_timestamp", "epoch", "epoch_ms",
			"make_date", "make_timestamp", "year", "month", "day", "hour", "minute", "second", "week", "quarter",
			"dayofweek", "isodow", "dayofyear", "yearweek", "now", "current_date", "current_timestamp", "today",
			"to_char", "to_date", "age", "generate_series", "unnest", "nullifzero", "width_bucket", "random");

	private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

	private SqlGuard() {
	}

	/**
	 * The dataset names the query reads, after checking it; throws with the reason
	 * otherwise.
	 */
	static Set<String> check(String sql) {
		if (sql == null || sql.isBlank()) {
			throw new InvalidInput("The SQL is empty.");
		}
		if (sql.length() > 20_000) {
			throw new InvalidInput("The SQL is longer than 20,000 characters.");
		}
		Statements statements;
		try {
			statements = CCJSqlParserUtil.parseStatements(sql);
		}
		catch (JSQLParserException ex) {
			String reason = ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
					: ex.getMessage();
			throw new InvalidInput("The SQL does not parse: " + reason.lines().findFirst().orElse(""));
		}
		if (statements.size() != 1) {
			throw new InvalidInput("Only one statement is allowed; found " + statements.size() + ".");
		}
		Statement statement = statements.get(0);
		if (!(statement instanceof Select select)) {
			throw new InvalidInput("Only a SELECT is allowed; this is a " + statement.getClass()
				.getSimpleName()
				.replaceAll("([a-z])([A-Z])", "$1 $2")
				.toUpperCase(Locale.ROOT) + ".");
		}
		if (select instanceof PlainSelect plain && (plain.getIntoTables() != null || plain.getForMode() != null)) {
			throw new InvalidInput("SELECT … INTO and FOR UPDATE/SHARE are not allowed.");
		}
		Set<String> tables = new LinkedHashSet<>();
		for (String table : new TablesNamesFinder<Void>().getTables((Statement) select)) {
			// the parser splits "toast.checks" into "toast"."checks": a dotted name is
			// only a
			// dataset name when the query itself quotes it whole
			String name = table.replace("\"", "");
			if (name.contains(".") && !sql.contains("\"" + name + "\"")) {
				throw new InvalidInput("Refer to datasets by name only; '" + table + "' names a schema or catalog.");
			}
			tables.add(name);
		}
		String withoutStrings = sql.replaceAll("'([^']|'')*'", "''").replaceAll("--[^\\n]*", " ");
		Matcher call = CALL.matcher(withoutStrings);
		while (call.find()) {
			String function = call.group(1).toLowerCase(Locale.ROOT);
			if (!ALLOWED.contains(function) && !tables.contains(call.group(1))) {
				throw new InvalidInput("The function '" + call.group(1) + "' is not allowed in SQL charts.");
			}
		}
		return tables;
	}

	// TEMPORARY until the tree-rendering checker lands (replaced at merge)
	record CheckedSql(String sql, Set<String> datasets) {
	}

	static CheckedSql check(String sql, java.util.function.Predicate<String> isDataset) {
		Set<String> names = check(sql);
		for (String name : names) {
			if (!isDataset.test(name)) {
				throw new InvalidInput("There is no dataset named '" + name + "' in this workspace.");
			}
		}
		return new CheckedSql(sql, names);
	}

}
