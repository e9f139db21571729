package dev.gridsight.catalog.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.*;
import net.sf.jsqlparser.expression.operators.arithmetic.*;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.*;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.imprt.Import;
import net.sf.jsqlparser.statement.piped.FromQuery;
import net.sf.jsqlparser.statement.select.*;

import dev.gridsight.platform.InvalidInput;

/**
 * Accepts one read-only SELECT and returns the SQL that will run, rendered from the tree
 * that was checked: what DuckDB executes is what was walked here, never the user's text
 * (which a second lexer may read differently, as E-strings showed). The walk is an
 * allow-list: every node type of the parser's visitors is decided below, and every field
 * of an accepted node that is not handled must be empty, so a parser upgrade that adds
 * syntax is refused until someone decides it. Whatever passes still runs on a connection
 * that sees only the named datasets, with a timeout and a row cap.
 */
final class SqlGuard {

	/**
	 * The SQL that will run: rendered from the checked tree, with the datasets it reads.
	 */
	record CheckedSql(String sql, Set<String> datasets) {
	}

	static final int MAX_LENGTH = 20_000;

	/** Scalar, aggregate and window functions that read only their arguments. */
	static final Set<String> FUNCTIONS = Set.of(
			// aggregates
			"count", "count_if", "sum", "avg", "mean", "min", "max", "median", "mode", "product", "quantile_cont",
			"quantile_disc", "quantile", "percentile_cont", "percentile_disc", "stddev", "stddev_samp", "stddev_pop",
			"variance", "var_samp", "var_pop", "corr", "covar_pop", "covar_samp", "regr_slope", "regr_intercept",
			"regr_r2", "first", "last", "any_value", "arg_min", "arg_max", "argmin", "argmax", "bool_and", "bool_or",
			"string_agg", "list", "approx_count_distinct", "histogram", "grouping",
			// window functions
			"row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value",
			"last_value", "nth_value",
			// math
			"abs", "ceil", "ceiling", "floor", "round", "trunc", "sqrt", "cbrt", "power", "pow", "exp", "ln", "log",
			"log10", "log2", "sign", "mod", "greatest", "least", "pi", "degrees", "radians", "sin", "cos", "tan",
			"asin", "acos", "atan", "atan2", "isnan", "isinf", "isfinite", "width_bucket", "random",
			// conditional
			"coalesce", "nullif", "ifnull", "if", "nullifzero",
			// strings
			"lower", "upper", "length", "char_length", "trim", "ltrim", "rtrim", "substr", "substring", "replace",
			"concat", "concat_ws", "left", "right", "lpad", "rpad", "repeat", "reverse", "split_part", "starts_with",
			"ends_with", "contains", "strpos", "instr", "position", "regexp_matches", "regexp_full_match",
			"regexp_replace", "regexp_extract", "chr", "ascii",
			// dates and times
			"date_trunc", "date_part", "datepart", "date_diff", "datediff", "date_sub", "date_add", "time_bucket",
			"strftime", "strptime", "to_timestamp", "epoch", "epoch_ms", "make_date", "make_time", "make_timestamp",
			"year", "month", "day", "hour", "minute", "second", "week", "quarter", "dayofweek", "isodow", "dayofyear",
			"yearweek", "dayname", "monthname", "last_day", "now", "current_date", "current_timestamp", "today",
			"to_char", "to_date", "age",
			// lists made from numbers
			"generate_series", "range", "unnest");

	/** Table functions that make rows from their arguments alone. */
	static final Set<String> TABLE_FUNCTIONS = Set.of("range", "generate_series", "unnest");

	/** Only inside GROUP BY, where they group rather than call. */
	private static final Set<String> GROUPING = Set.of("rollup", "cube");

	/**
	 * Functions whose count or length argument (by position) is capped: a size bomb
	 * otherwise.
	 */
	private static final Map<String, Integer> CAPPED = Map.of("repeat", 1, "lpad", 1, "rpad", 1);

	static final long CAP = 100_000;

	/** Bare words that DuckDB reads as a value of the session, not a column. */
	private static final Set<String> SESSION_WORDS = Set.of("current_user", "session_user", "user", "current_role",
			"current_catalog", "current_schema", "current_database");

	private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern TYPE_NAME = Pattern
		.compile("[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*( ?\\( ?[0-9]+( ?, ?[0-9]+)* ?\\))?");

	private static final Pattern INTEGER = Pattern.compile("[0-9]+");

	private static final Pattern DECIMAL = Pattern.compile("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

	private static final Pattern TEMPORAL_TEXT = Pattern.compile("'[0-9A-Za-z :.+\\-/]*'");

	private SqlGuard() {
	}

	/**
	 * Checks one SELECT and renders it from its tree; throws {@link InvalidInput} with
	 * what to change otherwise.
	 */
	static CheckedSql check(String sql, Predicate<String> isDataset) {
		if (sql == null || sql.isBlank()) {
			throw new InvalidInput("The SQL is empty.");
		}
		if (sql.length() > MAX_LENGTH) {
			throw new InvalidInput("The SQL is longer than 20,000 characters.");
		}
		try {
			Walk first = new Walk(isDataset);
			String rendered = first.render(parse(sql));
			// the rendering must read back as itself: otherwise the parser and the
			// renderer disagree about some token, and what runs is not what was checked
			String again;
			try {
				again = new Walk(isDataset).render(parse(rendered));
			}
			catch (InvalidInput ex) {
				throw new InvalidInput("This SQL could not be checked (" + ex.getMessage()
						+ "); write it more plainly, e.g. without unusual quoting.");
			}
			if (!again.equals(rendered)) {
				throw new InvalidInput(
						"This SQL could not be checked: it does not read back the same; write it more plainly, e.g. without unusual quoting.");
			}
			return new CheckedSql(rendered, Collections.unmodifiableSet(first.datasets));
		}
		catch (StackOverflowError ex) {
			throw new InvalidInput("The SQL is nested too deeply; use a WITH clause for the inner parts.");
		}
	}

	private static Select parse(String sql) {
		Statements statements;
		try {
			statements = CCJSqlParserUtil.parseStatements(sql);
		}
		catch (JSQLParserException | RuntimeException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
			throw new InvalidInput("The SQL does not parse: " + reason.lines().findFirst().orElse(""));
		}
		if (statements == null || statements.size() != 1) {
			throw new InvalidInput("Only one statement is allowed; found "
					+ (statements == null ? 0 : statements.size()) + ". Remove the extra ';' and what follows.");
		}
		Statement statement = statements.get(0);
		if (!(statement instanceof Select select)) {
			throw new InvalidInput("Only a SELECT is allowed; this is a " + statement.getClass()
				.getSimpleName()
				.replaceAll("([a-z])([A-Z])", "$1 $2")
				.toUpperCase(Locale.ROOT) + ".");
		}
		return select;
	}

	private static InvalidInput refused(String what) {
		return new InvalidInput(what + " is not allowed in SQL charts.");
	}

	/** The name an identifier stands for: quotes removed, doubled quotes undone. */
	static String unquote(String raw) {
		if (raw.length() >= 2) {
			char first = raw.charAt(0);
			char last = raw.charAt(raw.length() - 1);
			if (first == '"' && last == '"') {
				return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
			}
			if (first == '`' && last == '`') {
				return raw.substring(1, raw.length() - 1).replace("``", "`");
			}
			if (first == '[' && last == ']') {
				return raw.substring(1, raw.length() - 1);
			}
		}
		return raw;
	}

	static String quote(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	/**
	 * A bare word stays bare (it cannot hide anything); everything else is quoted anew.
	 */
	static String identifier(String raw) {
		if (raw == null) {
			return null;
		}
		String name = unquote(raw);
		if (name.isEmpty()) {
			throw new InvalidInput("An empty name (\"\") is not allowed; give the column or alias a name.");
		}
		if (name.indexOf('\0') >= 0) {
			throw new InvalidInput("A name with a NUL character is not allowed.");
		}
		return name.equals(raw) && BARE.matcher(raw).matches() ? raw : quote(name);
	}

	/**
	 * Every field of the node that is set must be one of the handled ones: an allow-list
	 * by field, so syntax this class never decided about is refused, not passed through.
	 */
	private static void only(Object node, String... handled) {
		Set<String> allowed = Set.of(handled);
		for (Class<?> type = node.getClass(); type != null
				&& type.getName().startsWith("net.sf.jsqlparser."); type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || allowed.contains(field.getName())
						|| field.getType().getName().startsWith("net.sf.jsqlparser.parser.")) {
					continue;
				}
				Object value;
				try {
					field.setAccessible(true);
					value = field.get(node);
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					throw new InvalidInput("This SQL could not be checked (" + type.getSimpleName() + ").");
				}
				if (!unset(value)) {
					throw refused(words(node.getClass().getSimpleName()) + " with " + words(field.getName()));
				}
			}
		}
	}

	private static boolean unset(Object value) {
		return value == null || Boolean.FALSE.equals(value)
				|| (value instanceof Number number && number.longValue() == 0)
				|| (value instanceof Character c && c == 0)
				|| (value instanceof Collection<?> collection && collection.isEmpty())
				|| (value instanceof Enum<?> constant && constant.name().equals("NONE"));
	}

	private static String words(String camel) {
		String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** One walk over one tree: checks every node, makes names and literals canonical. */
	private static final class Walk implements SelectVisitor<Void>, FromItemVisitor<Void>, ExpressionVisitor<Void>,
			SelectItemVisitor<Void>, PivotVisitor<Void> {

		private final Predicate<String> isDataset;

		private final Set<String> datasets = new LinkedHashSet<>();

		/** CTE names in scope, lower-cased: DuckDB matches names case-insensitively. */
		private final Deque<Set<String>> ctes = new ArrayDeque<>();

		private boolean inGroupBy;

		Walk(Predicate<String> isDataset) {
			this.isDataset = isDataset;
		}

		String render(Select select) {
			select.accept((SelectVisitor<Void>) this, null);
			return select.toString();
		}

		// ---- statements

		/** WITH, ORDER BY, LIMIT and OFFSET, which every kind of SELECT may carry. */
		private void withItems(Select select, Runnable body) {
			if (select.getForMode() != null) {
				throw new InvalidInput("FOR UPDATE/SHARE is not allowed in SQL charts; remove it.");
			}
			List<WithItem<?>> items = select.getWithItemsList();
			Set<String> scope = new HashSet<>();
			ctes.push(scope);
			try {
				if (items != null) {
					for (WithItem<?> item : items) {
						item.accept((SelectVisitor<Void>) this, null);
						scope.add(unquote(item.getAlias().getName()).toLowerCase(Locale.ROOT));
					}
				}
				body.run();
				orderBy(select.getOrderByElements());
				limit(select.getLimit());
				offset(select.getOffset());
			}
			finally {
				ctes.pop();
			}
		}

		private static final String[] SELECT_FIELDS = { "withItemsList", "orderByElements", "limit", "offset" };

		private static String[] with(String[] base, String... more) {
			String[] all = new String[base.length + more.length];
			System.arraycopy(base, 0, all, 0, base.length);
			System.arraycopy(more, 0, all, base.length, more.length);
			return all;
		}

		@Override
		public <S> Void visit(PlainSelect select, S context) {
			if (select.getIntoTables() != null && !select.getIntoTables().isEmpty() || select.getIntoTempTable() != null
					|| select.getMySqlSelectIntoClause() != null) {
				throw new InvalidInput("SELECT … INTO is not allowed in SQL charts; remove the INTO part.");
			}
			if (select.getOracleHierarchical() != null) {
				throw refused("CONNECT BY");
			}
			if (select.getForMode() != null) {
				throw new InvalidInput("FOR UPDATE/SHARE is not allowed in SQL charts; remove it.");
			}
			only(select, with(SELECT_FIELDS, "distinct", "selectItems", "fromItem", "joins", "where", "groupBy",
					"having", "qualify", "windowDefinitions"));
			withItems(select, () -> {
				// FROM first, so a column qualified by a dataset's name renders like the
				// table
				if (select.getFromItem() != null) {
					select.getFromItem().accept((FromItemVisitor<Void>) this, null);
				}
				if (select.getJoins() != null) {
					select.getJoins().forEach(this::join);
				}
				if (select.getDistinct() != null) {
					Distinct distinct = select.getDistinct();
					only(distinct, "onSelectItems");
					selectItems(distinct.getOnSelectItems());
				}
				selectItems(select.getSelectItems());
				expression(select.getWhere());
				groupBy(select.getGroupBy());
				expression(select.getHaving());
				expression(select.getQualify());
				if (select.getWindowDefinitions() != null) {
					for (WindowDefinition window : select.getWindowDefinitions()) {
						window(window);
					}
				}
			});
			return null;
		}

		@Override
		public <S> Void visit(SetOperationList list, S context) {
			only(list, with(SELECT_FIELDS, "selects", "operations"));
			withItems(list, () -> {
				for (Select select : list.getSelects()) {
					select.accept((SelectVisitor<Void>) this, null);
				}
				List<SetOperation> operations = list.getOperations();
				for (int i = 0; i < operations.size(); i++) {
					SetOperation operation = operations.get(i);
					only(operation, "type", "modifier");
					String modifier = operation.getModifier() == null || operation.getModifier().isBlank() ? null
							: operation.getModifier().strip().toUpperCase(Locale.ROOT);
					if (modifier != null && !Set.of("ALL", "DISTINCT").contains(modifier)) {
						throw refused(operation + " " + modifier);
					}
					// the modifier is kept as written; it is rendered from the known
					// words only
					if (operation instanceof UnionOp) {
						operations.set(i, new UnionOp(modifier));
					}
					else if (operation instanceof IntersectOp) {
						operations.set(i, new IntersectOp(modifier));
					}
					else if (operation instanceof ExceptOp) {
						operations.set(i, new ExceptOp(modifier));
					}
					else {
						throw refused(operation.toString());
					}
				}
			});
			return null;
		}

		@Override
		public <S> Void visit(ParenthesedSelect select, S context) {
			only(select, with(SELECT_FIELDS, "select", "alias", "pivot", "unPivot"));
			withItems(select, () -> select.getSelect().accept((SelectVisitor<Void>) this, null));
			alias(select.getAlias());
			pivots(select.getPivot(), select.getUnPivot());
			return null;
		}

		@Override
		public <S> Void visit(LateralSubSelect select, S context) {
			only(select, with(SELECT_FIELDS, "select", "alias", "pivot", "unPivot", "prefix"));
			if (!"LATERAL".equalsIgnoreCase(select.getPrefix())) {
				throw refused(select.getPrefix());
			}
			withItems(select, () -> select.getSelect().accept((SelectVisitor<Void>) this, null));
			alias(select.getAlias());
			pivots(select.getPivot(), select.getUnPivot());
			return null;
		}

		@Override
		public <S> Void visit(WithItem<?> item, S context) {
			if (item.isRecursive()) {
				throw new InvalidInput(
						"WITH RECURSIVE is not allowed in SQL charts; write the query without recursion.");
			}
			only(item, "statement", "alias", "withItemList", "materialized");
			ParenthesedSelect body = item.getSelect();
			if (body == null) {
				throw refused("A WITH item that is not a SELECT");
			}
			body.accept((SelectVisitor<Void>) this, null);
			Alias name = item.getAlias();
			only(name, "name", "useAs");
			name.setName(identifier(name.getName()));
			if (item.getWithItemList() != null) {
				for (SelectItem<?> column : item.getWithItemList()) {
					only(column, "expression");
					if (!(column.getExpression() instanceof Column named) || named.getTable() != null) {
						throw refused("A WITH column list with expressions");
					}
					column(named);
				}
			}
			return null;
		}

		@Override
		public <S> Void visit(Values values, S context) {
			only(values, with(SELECT_FIELDS, "expressions", "alias"));
			withItems(values, () -> values.getExpressions().accept((ExpressionVisitor<Void>) this, null));
			alias(values.getAlias());
			return null;
		}

		@Override
		public <S> Void visit(FromQuery query, S context) {
			throw refused("FROM-first (piped) syntax");
		}

		@Override
		public <S> Void visit(TableStatement table, S context) {
			throw refused("TABLE t");
		}

		@Override
		public <S> Void visit(PivotQuery pivot, S context) {
			throw new InvalidInput(
					"The PIVOT statement is not allowed in SQL charts; write SELECT * FROM t PIVOT (…).");
		}

		@Override
		public <S> Void visit(Import importing, S context) {
			throw refused("IMPORT");
		}

		// the visitor interfaces each give these a default; one answer serves both

		@Override
		public void visit(ParenthesedSelect select) {
			visit(select, null);
		}

		@Override
		public void visit(PlainSelect select) {
			visit(select, null);
		}

		@Override
		public void visit(SetOperationList list) {
			visit(list, null);
		}

		@Override
		public void visit(Values values) {
			visit(values, null);
		}

		@Override
		public void visit(LateralSubSelect select) {
			visit(select, null);
		}

		@Override
		public void visit(TableStatement table) {
			visit(table, null);
		}

		@Override
		public void visit(PivotQuery pivot) {
			visit(pivot, null);
		}

		// ---- FROM

		@Override
		public <S> Void visit(Table table, S context) {
			only(table, "partItems", "partDelimiters", "alias", "pivot", "unpivot");
			List<String> parts = new ArrayList<>(table.getNameParts());
			// the parser keeps the parts last-first
			Collections.reverse(parts);
			if (parts.isEmpty() || parts.stream().anyMatch(part -> part == null || part.isEmpty())) {
				throw refused("A table without a name");
			}
			String first = unquote(parts.get(0));
			if (parts.size() == 1 && ctes.stream().anyMatch(scope -> scope.contains(first.toLowerCase(Locale.ROOT)))) {
				table.setNameParts(new ArrayList<>(List.of(identifier(parts.get(0)))));
			}
			else {
				String dataset = String.join(".", parts.stream().map(SqlGuard::unquote).toList());
				if (!isDataset.test(dataset)) {
					throw new InvalidInput("There is no dataset named '" + dataset + "' in this workspace.");
				}
				datasets.add(dataset);
				table.setNameParts(new ArrayList<>(List.of(quote(dataset))));
			}
			alias(table.getAlias());
			pivots(table.getPivot(), table.getUnPivot());
			return null;
		}

		@Override
		public <S> Void visit(TableFunction table, S context) {
			only(table, "function", "alias", "pivot", "unPivot");
			Function function = table.getFunction();
			String name = functionName(function.getMultipartName());
			if (!TABLE_FUNCTIONS.contains(name)) {
				throw new InvalidInput("The table function '" + name
						+ "' is not allowed in SQL charts; only range, generate_series and unnest, besides the datasets.");
			}
			call(function, name);
			alias(table.getAlias());
			pivots(table.getPivot(), table.getUnPivot());
			return null;
		}

		@Override
		public <S> Void visit(ParenthesedFromItem item, S context) {
			only(item, "fromItem", "joins", "alias", "pivot", "unPivot");
			item.getFromItem().accept((FromItemVisitor<Void>) this, null);
			if (item.getJoins() != null) {
				item.getJoins().forEach(this::join);
			}
			alias(item.getAlias());
			pivots(item.getPivot(), item.getUnPivot());
			return null;
		}

		private void join(Join join) {
			only(join, "onExpressions", "usingColumns", "outer", "right", "left", "natural", "full", "inner", "simple",
					"cross", "fromItem");
			join.getFromItem().accept((FromItemVisitor<Void>) this, null);
			for (Expression on : join.getOnExpressions()) {
				expression(on);
			}
			for (Column using : join.getUsingColumns()) {
				column(using);
			}
		}

		private void alias(Alias alias) {
			if (alias == null) {
				return;
			}
			only(alias, "name", "useAs", "aliasColumns");
			alias.setName(aliasName(alias.getName()));
			if (alias.getAliasColumns() != null) {
				List<Alias.AliasColumn> columns = new ArrayList<>();
				for (Alias.AliasColumn column : alias.getAliasColumns()) {
					if (column.colDataType != null) {
						throw refused("A type in an alias column list");
					}
					columns.add(new Alias.AliasColumn(identifier(column.name)));
				}
				alias.setAliasColumns(columns);
			}
		}

		/** DuckDB also takes 'text' as an alias; it is rendered as a quoted name. */
		private static String aliasName(String raw) {
			if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
				return quote(raw.substring(1, raw.length() - 1).replace("''", "'"));
			}
			return identifier(raw);
		}

		private void pivots(Pivot pivot, UnPivot unPivot) {
			if (pivot != null) {
				pivot.accept(this, null);
			}
			if (unPivot != null) {
				unPivot.accept(this, null);
			}
		}

		@Override
		public <S> Void visit(Pivot pivot, S context) {
			only(pivot, "functionItems", "forColumns", "singleInItems", "multiInItems", "alias");
			for (SelectItem<Function> item : pivot.getFunctionItems()) {
				item.accept((SelectItemVisitor<Void>) this, null);
			}
			for (Column column : pivot.getForColumns()) {
				column(column);
			}
			selectItems(pivot.getSingleInItems());
			if (pivot.getMultiInItems() != null) {
				for (SelectItem<ExpressionList<?>> item : pivot.getMultiInItems()) {
					item.accept((SelectItemVisitor<Void>) this, null);
				}
			}
			alias(pivot.getAlias());
			return null;
		}

		@Override
		public <S> Void visit(PivotXml pivot, S context) {
			throw refused("PIVOT XML");
		}

		@Override
		public <S> Void visit(UnPivot unPivot, S context) {
			only(unPivot, "includeNulls", "includeNullsSpecified", "unpivotClause", "unpivotForClause",
					"unpivotInClause", "alias");
			for (Column column : unPivot.getUnPivotClause()) {
				column(column);
			}
			for (Column column : unPivot.getUnPivotForClause()) {
				column(column);
			}
			selectItems(unPivot.getUnPivotInClause());
			alias(unPivot.getAlias());
			return null;
		}

		// ---- select list, grouping, ordering

		private void selectItems(List<? extends SelectItem<?>> items) {
			if (items != null) {
				for (SelectItem<?> item : items) {
					item.accept((SelectItemVisitor<Void>) this, null);
				}
			}
		}

		@Override
		public <S> Void visit(SelectItem<? extends Expression> item, S context) {
			only(item, "expression", "alias");
			expression(item.getExpression());
			alias(item.getAlias());
			return null;
		}

		private void groupBy(GroupByElement groupBy) {
			if (groupBy == null) {
				return;
			}
			only(groupBy, "groupByExpressions", "groupingSets");
			inGroupBy = true;
			try {
				expression(groupBy.getGroupByExpressionList());
			}
			finally {
				inGroupBy = false;
			}
			if (groupBy.getGroupingSets() != null) {
				for (ExpressionList<?> set : groupBy.getGroupingSets()) {
					expression(set);
				}
			}
		}

		private void orderBy(List<OrderByElement> elements) {
			if (elements != null) {
				for (OrderByElement element : elements) {
					only(element, "expression", "asc", "ascDescPresent", "nullOrdering");
					expression(element.getExpression());
				}
			}
		}

		private void limit(Limit limit) {
			if (limit != null) {
				only(limit, "rowCount", "offset");
				expression(limit.getRowCount());
				expression(limit.getOffset());
			}
		}

		private void offset(Offset offset) {
			if (offset != null) {
				only(offset, "offsetExpression", "offset", "offsetParam");
				if (offset.getOffsetParam() != null
						&& !Set.of("ROWS", "ROW").contains(offset.getOffsetParam().toUpperCase(Locale.ROOT))) {
					throw refused("OFFSET … " + offset.getOffsetParam());
				}
				expression(offset.getOffset());
			}
		}

		private void window(WindowDefinition window) {
			only(window, "orderBy", "partitionBy", "windowElement", "windowName");
			if (window.getWindowName() != null) {
				window.setWindowName(identifier(window.getWindowName()));
			}
			PartitionByClause partition = window.getPartitionBy();
			only(partition, "brackets");
			for (Expression expression : partition) {
				expression(expression);
			}
			only(window.getOrderBy(), "orderByElements");
			orderBy(window.getOrderByElements());
			WindowElement frame = window.getWindowElement();
			if (frame != null) {
				only(frame, "type", "offset", "range");
				frameBound(frame.getOffset());
				if (frame.getRange() != null) {
					only(frame.getRange(), "start", "end");
					frameBound(frame.getRange().getStart());
					frameBound(frame.getRange().getEnd());
				}
			}
		}

		private void frameBound(WindowOffset bound) {
			if (bound != null) {
				only(bound, "expression", "type");
				expression(bound.getExpression());
			}
		}

		// ---- expressions

		private void expression(Expression expression) {
			if (expression != null) {
				expression.accept((ExpressionVisitor<Void>) this, null);
			}
		}

		private void binary(BinaryExpression expression, String... more) {
			only(expression, with(new String[] { "leftExpression", "rightExpression", "operator" }, more));
			expression(expression.getLeftExpression());
			expression(expression.getRightExpression());
		}

		/** The allow-listed, lower-case name a call stands for, or a refusal. */
		private static String functionName(List<String> parts) {
			if (parts == null || parts.size() != 1) {
				throw new InvalidInput("The function '" + (parts == null ? "" : String.join(".", parts))
						+ "' names a schema or catalog; call allowed functions by their plain name.");
			}
			return unquote(parts.get(0)).toLowerCase(Locale.ROOT);
		}

		private void call(Function function, String name) {
			only(function, "nameparts", "parameters", "allColumns", "distinct", "orderByElements", "nullHandling",
					"ignoreNullsOutside");
			function.setName(name);
			ExpressionList<?> parameters = function.getParameters();
			if (parameters != null) {
				if (parameters.getClass() != ExpressionList.class
						&& parameters.getClass() != ParenthesedExpressionList.class) {
					throw refused("Arguments of the form " + words(parameters.getClass().getSimpleName()));
				}
				for (Expression parameter : parameters) {
					expression(parameter);
				}
				Integer capped = CAPPED.get(name);
				if (capped != null && parameters.size() > capped && !isCap(parameters.get(capped))) {
					@SuppressWarnings("unchecked")
					ExpressionList<Expression> values = (ExpressionList<Expression>) parameters;
					values.set(capped, new Function("least", values.get(capped), new LongValue(CAP)));
				}
			}
			orderBy(function.getOrderByElements());
		}

		private static boolean isCap(Expression expression) {
			return expression instanceof Function least && "least".equals(least.getName())
					&& least.getParameters() != null && least.getParameters().size() == 2
					&& least.getParameters().get(1) instanceof LongValue cap && cap.getValue() == CAP;
		}

		@Override
		public <S> Void visit(Function function, S context) {
			String name = functionName(function.getMultipartName());
			if (!FUNCTIONS.contains(name) && !(inGroupBy && GROUPING.contains(name))) {
				throw new InvalidInput("The function '" + name + "' is not allowed in SQL charts.");
			}
			boolean grouping = inGroupBy;
			inGroupBy = false;
			try {
				call(function, name);
			}
			finally {
				inGroupBy = grouping;
			}
			return null;
		}

		@Override
		public <S> Void visit(AnalyticExpression analytic, S context) {
			only(analytic, "name", "expression", "offset", "defaultValue", "allColumns", "type", "distinct",
					"ignoreNullsOutside", "filterExpression", "funcOrderBy", "windowName", "windowDef", "nullHandling");
			String name = functionName(List.of(analytic.getName()));
			if (!FUNCTIONS.contains(name)) {
				throw new InvalidInput("The function '" + name + "' is not allowed in SQL charts.");
			}
			analytic.setName(name);
			expression(analytic.getExpression());
			expression(analytic.getOffset());
			expression(analytic.getDefaultValue());
			expression(analytic.getFilterExpression());
			orderBy(analytic.getFuncOrderBy());
			if (analytic.getWindowName() != null) {
				analytic.setWindowName(identifier(analytic.getWindowName()));
			}
			if (analytic.getWindowDefinition() != null) {
				window(analytic.getWindowDefinition());
			}
			return null;
		}

		@Override
		public <S> Void visit(Column column, S context) {
			column(column);
			return null;
		}

		private void column(Column column) {
			only(column, "table", "columnName", "tableDelimiter", "arrayConstructor");
			if (!".".equals(column.getTableDelimiter())) {
				throw refused("The name separator '" + column.getTableDelimiter() + "'");
			}
			Table table = column.getTable();
			if (table != null) {
				only(table, "partItems", "partDelimiters");
				List<String> parts = new ArrayList<>(table.getNameParts());
				Collections.reverse(parts);
				String joined = String.join(".", parts.stream().map(SqlGuard::unquote).toList());
				if (parts.size() > 1 && datasets.contains(joined)) {
					table.setNameParts(new ArrayList<>(List.of(quote(joined))));
				}
				else {
					List<String> canonical = new ArrayList<>(parts.stream().map(SqlGuard::identifier).toList());
					Collections.reverse(canonical);
					table.setNameParts(canonical);
				}
			}
			else if (SESSION_WORDS.contains(column.getColumnName().toLowerCase(Locale.ROOT))) {
				throw refused("'" + column.getColumnName() + "'");
			}
			column.setColumnName(identifier(column.getColumnName()));
			if (column.getArrayConstructor() != null) {
				column.getArrayConstructor().accept((ExpressionVisitor<Void>) this, null);
			}
		}

		@Override
		public <S> Void visit(StringValue value, S context) {
			only(value, "value", "quoteStr", "prefix");
			if (value.getPrefix() != null) {
				throw new InvalidInput("Strings with a prefix (" + value.getPrefix()
						+ "'…') are not allowed in SQL charts; write a plain '…' string.");
			}
			if (!"'".equals(value.getQuoteStr())) {
				throw new InvalidInput("Strings quoted with " + value.getQuoteStr()
						+ " are not allowed in SQL charts; write a plain '…' string.");
			}
			// the parser keeps the text between the quotes as written; DuckDB reads a
			// backslash literally, so only the doubled quote is an escape
			String text = value.getValue().replace("''", "'");
			value.setValue(text.replace("'", "''"));
			return null;
		}

		@Override
		public <S> Void visit(LongValue value, S context) {
			only(value, "stringValue");
			if (!INTEGER.matcher(value.getStringValue()).matches()) {
				throw refused("The number " + value.getStringValue());
			}
			return null;
		}

		@Override
		public <S> Void visit(DoubleValue value, S context) {
			only(value, "value", "stringValue");
			if (!DECIMAL.matcher(value.toString()).matches()) {
				throw refused("The number " + value);
			}
			return null;
		}

		@Override
		public <S> Void visit(BooleanValue value, S context) {
			only(value, "value");
			return null;
		}

		@Override
		public <S> Void visit(NullValue value, S context) {
			return null;
		}

		@Override
		public <S> Void visit(DateTimeLiteralExpression literal, S context) {
			only(literal, "value", "type");
			if (!TEMPORAL_TEXT.matcher(literal.getValue()).matches()) {
				throw new InvalidInput(
						"A " + literal.getType() + " literal takes a plain date or time such as '2024-01-31'.");
			}
			return null;
		}

		@Override
		public <S> Void visit(IntervalExpression interval, S context) {
			only(interval, "intervalKeyword", "parameter", "intervalType", "expression", "intervalQualifier");
			IntervalQualifier qualifier = interval.getIntervalQualifier();
			if (qualifier != null) {
				only(qualifier, "leadingField", "trailingField");
				for (String field : new String[] { qualifier.getLeadingField(), qualifier.getTrailingField() }) {
					if (field != null && !BARE.matcher(field).matches()) {
						throw refused("The interval unit " + field);
					}
				}
			}
			String parameter = interval.getParameter();
			if (parameter != null && !INTEGER.matcher(parameter).matches()
					&& !TEMPORAL_TEXT.matcher(parameter).matches()) {
				throw new InvalidInput("An INTERVAL takes a number or a plain text such as '1 day'.");
			}
			if (interval.getIntervalType() != null && !BARE.matcher(interval.getIntervalType()).matches()) {
				throw refused("The interval unit " + interval.getIntervalType());
			}
			expression(interval.getExpression());
			return null;
		}

		@Override
		public <S> Void visit(ExtractExpression extract, S context) {
			only(extract, "name", "expression");
			if (!BARE.matcher(extract.getName()).matches()) {
				throw refused("EXTRACT of " + extract.getName());
			}
			expression(extract.getExpression());
			return null;
		}

		@Override
		public <S> Void visit(CastExpression cast, S context) {
			only(cast, "keyword", "leftExpression", "colDataType", "isImplicitCast");
			if (cast.keyword != null && !Set.of("CAST", "TRY_CAST").contains(cast.keyword.toUpperCase(Locale.ROOT))) {
				throw refused(cast.keyword);
			}
			expression(cast.getLeftExpression());
			ColDataType type = cast.getColDataType();
			only(type, "dataType", "argumentsStringList", "arrayData", "precision", "scale");
			if (!TYPE_NAME.matcher(type.getDataType()).matches()) {
				throw new InvalidInput("The type '" + type.getDataType()
						+ "' is not allowed in SQL charts; use a built-in type such as double or varchar.");
			}
			if (type.getArgumentsStringList() != null) {
				for (String argument : type.getArgumentsStringList()) {
					if (!INTEGER.matcher(argument.strip()).matches()) {
						throw refused("The type argument " + argument);
					}
				}
			}
			return null;
		}

		@Override
		public <S> Void visit(CaseExpression expression, S context) {
			only(expression, "switchExpression", "whenClauses", "elseExpression");
			expression(expression.getSwitchExpression());
			for (WhenClause when : expression.getWhenClauses()) {
				when.accept((ExpressionVisitor<Void>) this, null);
			}
			expression(expression.getElseExpression());
			return null;
		}

		@Override
		public <S> Void visit(WhenClause when, S context) {
			only(when, "whenExpression", "thenExpression");
			expression(when.getWhenExpression());
			expression(when.getThenExpression());
			return null;
		}

		@Override
		public <S> Void visit(InExpression in, S context) {
			only(in, "leftExpression", "not", "rightExpression");
			expression(in.getLeftExpression());
			expression(in.getRightExpression());
			return null;
		}

		@Override
		public <S> Void visit(ExistsExpression exists, S context) {
			only(exists, "rightExpression", "not");
			expression(exists.getRightExpression());
			return null;
		}

		@Override
		public <S> Void visit(AnyComparisonExpression any, S context) {
			only(any, "select", "anyType");
			any.getSelect().accept((SelectVisitor<Void>) this, null);
			return null;
		}

		@Override
		public <S> Void visit(LikeExpression like, S context) {
			binary(like, "not", "escapeExpression", "likeKeyWord");
			if (!Set.of("LIKE", "ILIKE").contains(like.getLikeKeyWord().name())) {
				throw refused(like.getLikeKeyWord().name());
			}
			expression(like.getEscape());
			return null;
		}

		@Override
		public <S> Void visit(SimilarToExpression similar, S context) {
			binary(similar, "not");
			return null;
		}

		@Override
		public <S> Void visit(Between between, S context) {
			only(between, "leftExpression", "not", "betweenExpressionStart", "betweenExpressionEnd");
			expression(between.getLeftExpression());
			expression(between.getBetweenExpressionStart());
			expression(between.getBetweenExpressionEnd());
			return null;
		}

		@Override
		public <S> Void visit(IsNullExpression isNull, S context) {
			only(isNull, "leftExpression", "not");
			expression(isNull.getLeftExpression());
			return null;
		}

		@Override
		public <S> Void visit(IsBooleanExpression isBoolean, S context) {
			only(isBoolean, "leftExpression", "not", "isTrue");
			expression(isBoolean.getLeftExpression());
			return null;
		}

		@Override
		public <S> Void visit(IsDistinctExpression distinct, S context) {
			binary(distinct, "not");
			return null;
		}

		@Override
		public <S> Void visit(NotExpression not, S context) {
			only(not, "expression");
			expression(not.getExpression());
			return null;
		}

		@Override
		public <S> Void visit(SignedExpression signed, S context) {
			only(signed, "sign", "expression");
			if (signed.getSign() != '-' && signed.getSign() != '+') {
				throw refused("The sign " + signed.getSign());
			}
			if (signed.getExpression() instanceof SignedExpression) {
				// two signs in a row would render as "--", a comment to DuckDB
				throw new InvalidInput("Two signs in a row are not allowed; write -(-x).");
			}
			expression(signed.getExpression());
			return null;
		}

		@Override
		public <S> Void visit(Addition expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(Subtraction expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(Multiplication expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(Division expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(IntegerDivision expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(Modulo expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(Concat expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(AndExpression expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(OrExpression expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(EqualsTo expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(NotEqualsTo expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(GreaterThan expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(GreaterThanEquals expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(MinorThan expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(MinorThanEquals expression, S context) {
			binary(expression);
			return null;
		}

		@Override
		public <S> Void visit(ExpressionList<? extends Expression> list, S context) {
			if (list.getClass() != ExpressionList.class && list.getClass() != ParenthesedExpressionList.class) {
				throw refused(words(list.getClass().getSimpleName()));
			}
			for (Expression expression : list) {
				expression(expression);
			}
			return null;
		}

		@Override
		public <S> Void visit(RowConstructor<? extends Expression> row, S context) {
			only(row, "name");
			if (row.getName() != null && !"ROW".equalsIgnoreCase(row.getName())) {
				throw refused("The constructor " + row.getName());
			}
			for (Expression expression : row) {
				expression(expression);
			}
			return null;
		}

		@Override
		public <S> Void visit(ArrayConstructor array, S context) {
			only(array, "expressions", "arrayKeyword");
			expression(array.getExpressions());
			return null;
		}

		@Override
		public <S> Void visit(ArrayExpression array, S context) {
			only(array, "objExpression", "indexExpression", "startIndexExpression", "stopIndexExpression");
			expression(array.getObjExpression());
			expression(array.getIndexExpression());
			expression(array.getStartIndexExpression());
			expression(array.getStopIndexExpression());
			return null;
		}

		@Override
		public <S> Void visit(TimezoneExpression timezone, S context) {
			only(timezone, "timezoneExpressions", "leftExpression");
			expression(timezone.getLeftExpression());
			for (Expression zone : timezone.getTimezoneExpressions()) {
				expression(zone);
			}
			return null;
		}

		@Override
		public <S> Void visit(TrimFunction trim, S context) {
			only(trim, "trimSpecification", "expression", "fromExpression", "isUsingFromKeyword");
			expression(trim.getExpression());
			expression(trim.getFromExpression());
			return null;
		}

		@Override
		public <S> Void visit(AllColumns all, S context) {
			only(all, "exceptColumns", "replaceExpressions", "exceptKeyword");
			allColumns(all);
			return null;
		}

		private void allColumns(AllColumns all) {
			if (all.getExceptKeyword() != null
					&& !Set.of("EXCLUDE", "EXCEPT").contains(all.getExceptKeyword().toUpperCase(Locale.ROOT))) {
				throw refused(all.getExceptKeyword());
			}
			if (all.getExceptColumns() != null) {
				for (Column column : all.getExceptColumns()) {
					column(column);
				}
			}
			selectItems(all.getReplaceExpressions());
		}

		@Override
		public <S> Void visit(AllTableColumns all, S context) {
			only(all, "exceptColumns", "replaceExpressions", "exceptKeyword", "table");
			Column holder = new Column(all.getTable(), "x");
			column(holder);
			allColumns(all);
			return null;
		}

		@Override
		public <S> Void visit(Select select, S context) {
			select.accept((SelectVisitor<Void>) this, null);
			return null;
		}

		@Override
		public <S> Void visit(GroupByElement groupBy, S context) {
			throw refused("GROUP BY here");
		}

		@Override
		public <S> Void visit(AliasedExpression expression, S context) {
			throw refused("An aliased expression here");
		}

		@Override
		public <S> Void visit(MethodCallExpression expression, S context) {
			throw refused("Method call syntax (x.f())");
		}

		@Override
		public <S> Void visit(MapExpression expression, S context) {
			throw refused("A MAP literal");
		}

		@Override
		public <S> Void visit(JsonTableFunction expression, S context) {
			throw refused("JSON_TABLE");
		}

		@Override
		public <S> Void visit(XmlTableFunction expression, S context) {
			throw refused("XMLTABLE");
		}

		@Override
		public <S> Void visit(net.sf.jsqlparser.statement.execute.ExecuteArgument argument, S context) {
			throw refused("EXECUTE");
		}

		// ---- everything below is refused by type

		@Override
		public <S> Void visit(BitwiseRightShift node, S context) {
			throw refused("Bitwise Right Shift");
		}

		@Override
		public <S> Void visit(BitwiseLeftShift node, S context) {
			throw refused("Bitwise Left Shift");
		}

		@Override
		public <S> Void visit(JdbcParameter node, S context) {
			throw refused("Parameters (?)");
		}

		@Override
		public <S> Void visit(JdbcNamedParameter node, S context) {
			throw refused("Named parameters (:name)");
		}

		@Override
		public <S> Void visit(HexValue node, S context) {
			throw refused("Hex literals (X'…')");
		}

		@Override
		public <S> Void visit(DateValue node, S context) {
			throw refused("Date Value");
		}

		@Override
		public <S> Void visit(TimeValue node, S context) {
			throw refused("Time Value");
		}

		@Override
		public <S> Void visit(TimestampValue node, S context) {
			throw refused("Timestamp Value");
		}

		@Override
		public <S> Void visit(XorExpression node, S context) {
			throw refused("Xor Expression");
		}

		@Override
		public <S> Void visit(OverlapsCondition node, S context) {
			throw refused("Overlaps Condition");
		}

		@Override
		public <S> Void visit(IncludesExpression node, S context) {
			throw refused("Includes Expression");
		}

		@Override
		public <S> Void visit(ExcludesExpression node, S context) {
			throw refused("Excludes Expression");
		}

		@Override
		public <S> Void visit(FullTextSearch node, S context) {
			throw refused("Full-text search (MATCH … AGAINST)");
		}

		@Override
		public <S> Void visit(IsUnknownExpression node, S context) {
			throw refused("Is Unknown Expression");
		}

		@Override
		public <S> Void visit(DoubleAnd node, S context) {
			throw refused("Double And");
		}

		@Override
		public <S> Void visit(Contains node, S context) {
			throw refused("Contains");
		}

		@Override
		public <S> Void visit(ContainedBy node, S context) {
			throw refused("Contained By");
		}

		@Override
		public <S> Void visit(MemberOfExpression node, S context) {
			throw refused("Member Of Expression");
		}

		@Override
		public <S> Void visit(Matches node, S context) {
			throw refused("Matches");
		}

		@Override
		public <S> Void visit(BitwiseAnd node, S context) {
			throw refused("Bitwise And");
		}

		@Override
		public <S> Void visit(BitwiseOr node, S context) {
			throw refused("Bitwise Or");
		}

		@Override
		public <S> Void visit(BitwiseXor node, S context) {
			throw refused("Bitwise Xor");
		}

		@Override
		public <S> Void visit(OracleHierarchicalExpression node, S context) {
			throw refused("CONNECT BY");
		}

		@Override
		public <S> Void visit(RegExpMatchOperator node, S context) {
			throw refused("Reg Exp Match Operator");
		}

		@Override
		public <S> Void visit(JsonExpression node, S context) {
			throw refused("JSON paths");
		}

		@Override
		public <S> Void visit(JsonOperator node, S context) {
			throw refused("JSON operators (->, ->>)");
		}

		@Override
		public <S> Void visit(UserVariable node, S context) {
			throw refused("Variables (@name)");
		}

		@Override
		public <S> Void visit(NumericBind node, S context) {
			throw refused("Numbered parameters ($1)");
		}

		@Override
		public <S> Void visit(KeepExpression node, S context) {
			throw refused("Keep Expression");
		}

		@Override
		public <S> Void visit(MySQLGroupConcat node, S context) {
			throw refused("My SQLGroup Concat");
		}

		@Override
		public <S> Void visit(RowGetExpression node, S context) {
			throw refused("Row Get Expression");
		}

		@Override
		public <S> Void visit(OracleHint node, S context) {
			throw refused("Oracle Hint");
		}

		@Override
		public <S> Void visit(TimeKeyExpression node, S context) {
			throw refused("Time Key Expression");
		}

		@Override
		public <S> Void visit(NextValExpression node, S context) {
			throw refused("Sequences (NEXTVAL)");
		}

		@Override
		public <S> Void visit(CollateExpression node, S context) {
			throw refused("Collate Expression");
		}

		@Override
		public <S> Void visit(VariableAssignment node, S context) {
			throw refused("Variable Assignment");
		}

		@Override
		public <S> Void visit(XMLSerializeExpr node, S context) {
			throw refused("XMLSerialize Expr");
		}

		@Override
		public <S> Void visit(JsonAggregateFunction node, S context) {
			throw refused("JSON aggregates");
		}

		@Override
		public <S> Void visit(JsonFunction node, S context) {
			throw refused("JSON functions");
		}

		@Override
		public <S> Void visit(ConnectByRootOperator node, S context) {
			throw refused("Connect By Root Operator");
		}

		@Override
		public <S> Void visit(ConnectByPriorOperator node, S context) {
			throw refused("Connect By Prior Operator");
		}

		@Override
		public <S> Void visit(OracleNamedFunctionParameter node, S context) {
			throw refused("Oracle Named Function Parameter");
		}

		@Override
		public <S> Void visit(FunctionAllColumns node, S context) {
			throw refused("Function All Columns");
		}

		@Override
		public <S> Void visit(AllValue node, S context) {
			throw refused("All Value");
		}

		@Override
		public <S> Void visit(GeometryDistance node, S context) {
			throw refused("Geometry Distance");
		}

		@Override
		public <S> Void visit(Intersects node, S context) {
			throw refused("Intersects");
		}

		@Override
		public <S> Void visit(TranscodingFunction node, S context) {
			throw refused("Transcoding Function");
		}

		@Override
		public <S> Void visit(RangeExpression node, S context) {
			throw refused("Range Expression");
		}

		@Override
		public <S> Void visit(TernaryExpression node, S context) {
			throw refused("Ternary Expression");
		}

		@Override
		public <S> Void visit(TSQLLeftJoin node, S context) {
			throw refused("TSQLLeft Join");
		}

		@Override
		public <S> Void visit(TSQLRightJoin node, S context) {
			throw refused("TSQLRight Join");
		}

		@Override
		public <S> Void visit(StructType node, S context) {
			throw refused("Struct literals ({…})");
		}

		@Override
		public <S> Void visit(LambdaExpression node, S context) {
			throw refused("Lambdas (x -> …)");
		}

		@Override
		public <S> Void visit(HighExpression node, S context) {
			throw refused("High Expression");
		}

		@Override
		public <S> Void visit(LowExpression node, S context) {
			throw refused("Low Expression");
		}

		@Override
		public <S> Void visit(Plus node, S context) {
			throw refused("Plus");
		}

		@Override
		public <S> Void visit(PriorTo node, S context) {
			throw refused("Prior To");
		}

		@Override
		public <S> Void visit(Inverse node, S context) {
			throw refused("Inverse");
		}

		@Override
		public <S> Void visit(CosineSimilarity node, S context) {
			throw refused("Cosine Similarity");
		}

		@Override
		public <S> Void visit(DateUnitExpression node, S context) {
			throw refused("Date Unit Expression");
		}

		@Override
		public <S> Void visit(KeyExpression node, S context) {
			throw refused("Key Expression");
		}

		@Override
		public <S> Void visit(PostgresNamedFunctionParameter node, S context) {
			throw refused("Postgres Named Function Parameter");
		}

	}

}
