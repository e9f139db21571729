package dev.gridsight.chart.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.chart.ChartQuery.Filter;
import dev.gridsight.chart.ChartQuery.FilterOp;
import dev.gridsight.platform.InvalidInput;

/**
 * Turns a query's filters into jOOQ conditions with bound values coerced to the column's
 * type. {@code neq} and {@code not_in} keep rows whose value is null ("everything
 * except"); the other comparisons, as in SQL, never match null.
 */
final class FilterConditions {

	static final int MAX_VALUES = 1_000;

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	private final DatasetFields fields;

	FilterConditions(DatasetFields fields) {
		this.fields = fields;
	}

	Condition all(List<Filter> filters) {
		Condition all = DSL.noCondition();
		for (Filter filter : filters) {
			all = all.and(condition(filter));
		}
		return all;
	}

	@SuppressWarnings("unchecked")
	Condition condition(Filter filter) {
		String name = filter.column();
		Field<Object> field;
		ColumnType type;
		if (this.fields.isCalculated(name)) {
			field = (Field<Object>) (Field<?>) this.fields.numeric(name, "a filter");
			type = ColumnType.DOUBLE;
		}
		else {
			DatasetColumn column = this.fields.column(name);
			field = (Field<Object>) this.fields.field(column);
			type = column.type();
		}
		FilterOp op = filter.op();
		if (op.takesNoValue()) {
			return op == FilterOp.IS_NULL ? field.isNull() : field.isNotNull();
		}
		if (op.takesValues()) {
			List<Object> values = values(filter);
			if (op == FilterOp.BETWEEN) {
				if (values.size() != 2) {
					throw new InvalidInput("The filter on '" + name
							+ "' with op between needs two values [low, high], not " + values.size() + ".");
				}
				checkOrdered(filter, type);
				return field.between(bind(values.get(0), type, field, name), bind(values.get(1), type, field, name));
			}
			List<Field<Object>> bound = new ArrayList<>();
			for (Object value : values) {
				bound.add(bind(value, type, field, name));
			}
			return op == FilterOp.IN ? field.in(bound) : field.notIn(bound).or(field.isNull());
		}
		Object value = single(filter);
		if (op == FilterOp.CONTAINS && type != ColumnType.VARCHAR) {
			throw new InvalidInput("The filter on '" + name + "' uses contains, which needs a text column; '" + name
					+ "' is " + type.wire() + ".");
		}
		if (op != FilterOp.EQ && op != FilterOp.NEQ && op != FilterOp.CONTAINS) {
			checkOrdered(filter, type);
		}
		Field<Object> bound = bind(value, type, field, name);
		return switch (op) {
			case EQ -> field.eq(bound);
			case NEQ -> field.isDistinctFrom(bound);
			case CONTAINS -> field.containsIgnoreCase(bound);
			case LT -> field.lt(bound);
			case LTE -> field.le(bound);
			case GT -> field.gt(bound);
			case GTE -> field.ge(bound);
			case IN, NOT_IN, BETWEEN, IS_NULL, IS_NOT_NULL -> throw new IllegalStateException("handled above: " + op);
		};
	}

	private static void checkOrdered(Filter filter, ColumnType type) {
		if (type == ColumnType.BOOLEAN) {
			throw new InvalidInput("The filter on '" + filter.column() + "' uses " + filter.op().wire()
					+ ", which does not apply to a boolean column; use eq.");
		}
	}

	private static List<Object> values(Filter filter) {
		List<Object> values = filter.values();
		if (values == null && filter.value() instanceof Collection<?> collection) {
			values = new ArrayList<>(collection);
		}
		if (values == null || values.isEmpty()) {
			throw new InvalidInput("The filter on '" + filter.column() + "' with op " + filter.op().wire()
					+ " needs a non-empty 'values' list.");
		}
		if (values.size() > MAX_VALUES) {
			throw new InvalidInput("The filter on '" + filter.column() + "' has " + values.size() + " values; at most "
					+ MAX_VALUES + " are allowed.");
		}
		return values;
	}

	private static Object single(Filter filter) {
		Object value = filter.value();
		if (value == null && filter.values() != null && filter.values().size() == 1) {
			value = filter.values().get(0);
		}
		if (value == null) {
			throw new InvalidInput("The filter on '" + filter.column() + "' with op " + filter.op().wire()
					+ " needs a value (to match missing values use is_null).");
		}
		return value;
	}

	private static Field<Object> bind(Object value, ColumnType type, Field<Object> field, String column) {
		return DSL.val(coerce(value, type, column), field);
	}

	/** The value as the Java type jOOQ binds for the column's type. */
	static Object coerce(Object value, ColumnType type, String column) {
		if (value == null) {
			throw new InvalidInput("The filter on '" + column + "' has a null value; use is_null or is_not_null.");
		}
		if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
			throw bad(column, value, "a single value");
		}
		return switch (type) {
			case DOUBLE -> toDouble(value, column);
			case BIGINT -> toLong(value, column);
			case BOOLEAN -> toBoolean(value, column);
			case TIMESTAMP -> toTimestamp(value, column);
			case DATE -> toDate(value, column);
			case VARCHAR -> value instanceof String text ? text : String.valueOf(value);
		};
	}

	private static Double toDouble(Object value, String column) {
		double number;
		if (value instanceof Number n) {
			number = n.doubleValue();
		}
		else if (value instanceof String text && DECIMAL.matcher(text.trim()).matches()) {
			number = Double.parseDouble(text.trim());
		}
		else {
			throw bad(column, value, "a number");
		}
		if (!Double.isFinite(number)) {
			throw bad(column, value, "a finite number");
		}
		return number;
	}

	private static Long toLong(Object value, String column) {
		BigDecimal number;
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof BigInteger big) {
			number = new BigDecimal(big);
		}
		else if (value instanceof BigDecimal decimal) {
			number = decimal;
		}
		else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
			number = BigDecimal.valueOf(n.doubleValue());
		}
		else if (value instanceof String text && DECIMAL.matcher(text.trim()).matches()) {
			number = new BigDecimal(text.trim());
		}
		else {
			throw bad(column, value, "a whole number");
		}
		try {
			return number.longValueExact();
		}
		catch (ArithmeticException ex) {
			throw bad(column, value, "a whole number");
		}
	}

	private static Boolean toBoolean(Object value, String column) {
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof String text) {
			String key = text.trim().toLowerCase(Locale.ROOT);
			if (key.equals("true") || key.equals("false")) {
				return Boolean.valueOf(key);
			}
		}
		throw bad(column, value, "true or false");
	}

	private static LocalDateTime toTimestamp(Object value, String column) {
		if (value instanceof String text) {
			Instant instant = IsoInstants.parse(text).orElseThrow(() -> bad(column, value, "an ISO timestamp or date"));
			return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		}
		throw bad(column, value, "an ISO timestamp or date");
	}

	private static LocalDate toDate(Object value, String column) {
		if (value instanceof String text) {
			Instant instant = IsoInstants.parse(text).orElseThrow(() -> bad(column, value, "an ISO date"));
			LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
			if (!local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
				throw bad(column, value, "a date without a time of day");
			}
			return local.toLocalDate();
		}
		throw bad(column, value, "an ISO date");
	}

	private static InvalidInput bad(String column, Object value, String expected) {
		String shown = value instanceof String ? "'" + value + "'" : String.valueOf(value);
		if (shown.length() > 80) {
			shown = shown.substring(0, 80) + "…";
		}
		return new InvalidInput(
				"The filter on '" + column + "' has the value " + shown + ", which is not " + expected + ".");
	}

}
