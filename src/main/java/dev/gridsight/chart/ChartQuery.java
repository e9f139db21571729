package dev.gridsight.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.gridsight.platform.InvalidInput;

/**
 * What a chart shows: which dataset, which measures aggregated how, split by which
 * dimensions and time buckets, filtered, windowed, compared, sorted and limited. The
 * assistant, the chart builder and the API all produce this one object; its JSON form is
 * described in {@code docs/chartquery.md}.
 *
 * <p>
 * Construction checks what can be checked without the dataset (shapes, ranges, wire
 * values); the compiler checks every name against the catalog.
 *
 * @param dataset the dataset's name
 * @param measures what to compute; all with an {@code agg}, or all without (raw rows)
 * @param dimensions the columns to split by
 * @param time the time column and its grain or cyclic part; may be null
 * @param filters conditions on rows, all of which must hold
 * @param window the time window; null to inherit the tab's
 * @param compare {@code previous_period} adds {@code <measure>_previous} columns; may be
 * null
 * @param sort output columns to sort by; empty for the default order
 * @param limit at most this many rows, or with dimensions and time this many series; null
 * for no limit
 * @param others with a limit and dimensions: one more "Others" row (or series)
 * aggregating the rest; never null after construction (absent means false)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChartQuery(String dataset, List<Measure> measures, List<Dimension> dimensions, TimeSpec time,
		List<Filter> filters, TimeWindow window, Comparison compare, List<Sort> sort, Integer limit, Boolean others) {

	public static final int MAX_LIMIT = 100_000;

	public ChartQuery {
		if (dataset == null || dataset.isBlank()) {
			throw new InvalidInput("A chart query needs a dataset.");
		}
		measures = withoutNulls(measures, "measures");
		dimensions = withoutNulls(dimensions, "dimensions");
		filters = withoutNulls(filters, "filters");
		sort = withoutNulls(sort, "sort");
		others = Boolean.TRUE.equals(others);
		if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
			throw new InvalidInput("limit must be between 1 and " + MAX_LIMIT + ", not " + limit + ".");
		}
		if (others && limit == null) {
			throw new InvalidInput("others needs a limit: it aggregates the rows beyond the top 'limit'.");
		}
		if (others && dimensions.isEmpty()) {
			throw new InvalidInput("others needs a dimension whose top values are kept.");
		}
	}

	public static Builder on(String dataset) {
		return new Builder(dataset);
	}

	/** The same query over another window; null for no time bound. */
	public ChartQuery withWindow(TimeWindow other) {
		return new ChartQuery(this.dataset, this.measures, this.dimensions, this.time, this.filters, other,
				this.compare, this.sort, this.limit, this.others);
	}

	/** The same query with more filters, all of which must hold as well. */
	public ChartQuery withExtraFilters(List<Filter> extra) {
		if (extra == null || extra.isEmpty()) {
			return this;
		}
		List<Filter> all = new ArrayList<>(this.filters);
		all.addAll(extra);
		return new ChartQuery(this.dataset, this.measures, this.dimensions, this.time, all, this.window, this.compare,
				this.sort, this.limit, this.others);
	}

	private static <T> List<T> withoutNulls(List<T> items, String what) {
		if (items == null) {
			return List.of();
		}
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) == null) {
				throw new InvalidInput(what + "[" + i + "] is empty.");
			}
		}
		return List.copyOf(items);
	}

	private static <E extends Enum<E>> E byWire(Class<E> type, String text, String what, List<String> wires) {
		if (text != null) {
			String key = text.trim().toLowerCase(Locale.ROOT);
			for (E value : type.getEnumConstants()) {
				if (value.name().toLowerCase(Locale.ROOT).equals(key)) {
					return value;
				}
			}
		}
		throw new InvalidInput("Unknown " + what + " '" + text + "'. Use one of: " + String.join(", ", wires) + ".");
	}

	private static List<String> wires(Enum<?>[] values) {
		return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * A value to compute.
	 *
	 * @param column a column or calculated field; for {@code count} also {@code *} or
	 * null
	 * @param agg how rows are aggregated; null for raw values (then every measure is raw)
	 * @param as the output column's name; defaults to {@code <agg>_<column>}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Measure(String column, Aggregation agg, String as) {

		public Measure {
			as = as == null || as.isBlank() ? null : as.trim();
		}

		public static Measure of(String column, Aggregation agg) {
			return new Measure(column, agg, null);
		}

		/** Whether this counts rows rather than a column's values. */
		public boolean countsRows() {
			return agg == Aggregation.COUNT && (column == null || column.equals("*"));
		}

	}

	/** A column to split by. */
	public record Dimension(String column) {

	}

	/**
	 * The time axis: the column, truncated to a {@code grain} or reduced to a cyclic
	 * {@code part}; with neither, the raw timestamps.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TimeSpec(String column, TimeGrain grain, TimePart part) {

		public TimeSpec {
			if (column == null || column.isBlank()) {
				throw new InvalidInput("time needs a column.");
			}
			if (grain != null && part != null) {
				throw new InvalidInput(
						"time takes a grain or a part, not both ('" + grain.wire() + "' and '" + part.wire() + "').");
			}
		}

	}

	/**
	 * A condition on rows. {@code value} for single-value operators, {@code values} for
	 * {@code in}, {@code not_in} and {@code between}; values are coerced to the column's
	 * type and always bound.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Filter(String column, FilterOp op, Object value, List<Object> values) {

		public Filter {
			if (column == null || column.isBlank()) {
				throw new InvalidInput("A filter needs a column.");
			}
			if (op == null) {
				throw new InvalidInput("The filter on '" + column + "' needs an op.");
			}
			values = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
		}

		public static Filter of(String column, FilterOp op, Object value) {
			return new Filter(column, op, value, null);
		}

		public static Filter of(String column, FilterOp op, List<?> values) {
			return new Filter(column, op, null, values == null ? null : new ArrayList<>(values));
		}

	}

	/** An output column to sort by. */
	public record Sort(String by, SortDirection dir) {

		public Sort {
			if (by == null || by.isBlank()) {
				throw new InvalidInput("A sort needs 'by': the name of an output column.");
			}
			dir = dir == null ? SortDirection.ASC : dir;
		}

	}

	public enum Aggregation {

		SUM, AVG, MIN, MAX, COUNT, COUNT_DISTINCT, MEDIAN, P95;

		@JsonCreator
		public static Aggregation of(String text) {
			return byWire(Aggregation.class, text, "aggregation", wires(values()));
		}

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** Whether the aggregate of a union is the sum of the parts' aggregates. */
		public boolean additive() {
			return this == SUM || this == COUNT;
		}

	}

	/** A {@code date_trunc} unit; weeks start on Monday. */
	public enum TimeGrain {

		MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR;

		@JsonCreator
		public static TimeGrain of(String text) {
			return byWire(TimeGrain.class, text, "time grain", wires(values()));
		}

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A position in a cycle: hour of day 0..23, ISO day of week 1 (Monday)..7 (Sunday),
	 * month of year 1..12.
	 */
	public enum TimePart {

		HOUR_OF_DAY, DAY_OF_WEEK, MONTH_OF_YEAR;

		@JsonCreator
		public static TimePart of(String text) {
			return byWire(TimePart.class, text, "time part", wires(values()));
		}

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Filter operators; the symbolic spellings are accepted on input. */
	public enum FilterOp {

		EQ("="), NEQ("!="), IN, NOT_IN, BETWEEN, LT("<"), LTE("<="), GT(">"), GTE(">="), CONTAINS, IS_NULL, IS_NOT_NULL;

		private final String symbol;

		FilterOp() {
			this(null);
		}

		FilterOp(String symbol) {
			this.symbol = symbol;
		}

		@JsonCreator
		public static FilterOp of(String text) {
			if (text != null) {
				String key = text.trim();
				for (FilterOp op : values()) {
					if (key.equals(op.symbol) || (op == NEQ && key.equals("<>"))) {
						return op;
					}
				}
			}
			List<String> accepted = new ArrayList<>(wires(values()));
			accepted.addAll(Arrays.stream(values())
				.filter(op -> op.symbol != null)
				.map(op -> op.symbol)
				.collect(Collectors.toList()));
			return byWire(FilterOp.class, text, "filter op", accepted);
		}

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** Whether the op takes a list of values rather than one. */
		public boolean takesValues() {
			return this == IN || this == NOT_IN || this == BETWEEN;
		}

		/** Whether the op takes no value at all. */
		public boolean takesNoValue() {
			return this == IS_NULL || this == IS_NOT_NULL;
		}

	}

	public enum SortDirection {

		ASC, DESC;

		@JsonCreator
		public static SortDirection of(String text) {
			return byWire(SortDirection.class, text, "sort direction", wires(values()));
		}

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public enum Comparison {

		/** The same window shifted back by its own length. */
		PREVIOUS_PERIOD;

		@JsonCreator
		public static Comparison of(String text) {
			return byWire(Comparison.class, text, "compare", wires(values()));
		}

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Builds a query in code (the built-in assistant, tests). */
	public static final class Builder {

		private final String dataset;

		private final List<Measure> measures = new ArrayList<>();

		private final List<Dimension> dimensions = new ArrayList<>();

		private final List<Filter> filters = new ArrayList<>();

		private final List<Sort> sort = new ArrayList<>();

		private TimeSpec time;

		private TimeWindow window;

		private Comparison compare;

		private Integer limit;

		private boolean others;

		private Builder(String dataset) {
			this.dataset = dataset;
		}

		public Builder measure(String column, Aggregation agg) {
			return measure(column, agg, null);
		}

		public Builder measure(String column, Aggregation agg, String as) {
			this.measures.add(new Measure(column, agg, as));
			return this;
		}

		public Builder dimension(String column) {
			this.dimensions.add(new Dimension(column));
			return this;
		}

		public Builder time(String column) {
			this.time = new TimeSpec(column, null, null);
			return this;
		}

		public Builder time(String column, TimeGrain grain) {
			this.time = new TimeSpec(column, grain, null);
			return this;
		}

		public Builder time(String column, TimePart part) {
			this.time = new TimeSpec(column, null, part);
			return this;
		}

		public Builder filter(String column, FilterOp op, Object value) {
			this.filters.add(Filter.of(column, op, value));
			return this;
		}

		public Builder filter(String column, FilterOp op, List<?> values) {
			this.filters.add(Filter.of(column, op, values));
			return this;
		}

		public Builder window(TimeWindow window) {
			this.window = window;
			return this;
		}

		public Builder comparedToPreviousPeriod() {
			this.compare = Comparison.PREVIOUS_PERIOD;
			return this;
		}

		public Builder sort(String by, SortDirection dir) {
			this.sort.add(new Sort(by, dir));
			return this;
		}

		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		public Builder withOthers() {
			this.others = true;
			return this;
		}

		public ChartQuery build() {
			return new ChartQuery(this.dataset, this.measures, this.dimensions, this.time, this.filters, this.window,
					this.compare, this.sort, this.limit, this.others);
		}

	}

}
