package dev.gridsight.chart.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectField;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectHavingStep;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSeekStepN;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.Dimension;
import dev.gridsight.chart.ChartQuery.Measure;
import dev.gridsight.chart.ChartQuery.Sort;
import dev.gridsight.chart.ChartQuery.SortDirection;
import dev.gridsight.chart.ChartQuery.TimeSpec;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.platform.InvalidInput;

/**
 * One compilation of a chart query. The SQL it builds, from the inside out:
 * <ol>
 * <li>{@code r}: the dataset's rows inside the filters and the window, reduced to the
 * time bucket {@code b}, the dimensions {@code d0..} and the measure inputs {@code v0..}
 * (joined to the top-N series when the query keeps a top N);</li>
 * <li>{@code cur} (and {@code prev} for {@code previous_period}): {@code r} aggregated
 * per bucket and dimensions, with the output names;</li>
 * <li>{@code res}: {@code cur} left-joined to {@code prev} on the bucket and the
 * dimensions, plus the bucket rank for a {@code points} window;</li>
 * <li>the outer select: the output columns of {@code res}, sorted and limited.</li>
 * </ol>
 * Raw queries (measures without {@code agg}) select the rows directly.
 */
final class QueryCompilation {

	static final String OTHERS = "Others";

	private static final String OTHERS_FLAG = "__others";

	private static final String IN_TOP = "__in_top";

	private static final String RANK = "__rank";

	private static final int MAX_NAME_BYTES = 63;

	private final ChartQuery query;

	private final DatasetFields fields;

	private final ChartWindow window;

	private final DSLContext ctx;

	private final WarehouseFunctions functions;

	private final FilterConditions filters;

	private TimeAxis time;

	private final List<DimensionPlan> dimensions = new ArrayList<>();

	private final List<MeasurePlan> measures = new ArrayList<>();

	private final List<OutputColumn> outputs = new ArrayList<>();

	private boolean aggregated;

	private Integer points;

	QueryCompilation(ChartQuery query, DatasetSchema schema, ChartWindow window, SQLDialect dialect) {
		this.query = query;
		this.fields = new DatasetFields(schema);
		this.window = window;
		this.ctx = WarehouseFunctions.context(dialect);
		this.functions = WarehouseFunctions.of(dialect);
		this.filters = new FilterConditions(this.fields);
	}

	CompiledQuery compile() {
		plan();
		Condition rows = this.filters.all(this.query.filters());
		Select<Record> select = this.aggregated ? aggregatedSelect(rows) : rawSelect(rows);
		return new CompiledQuery(select, this.outputs, this.ctx.dialect());
	}

	// planning: every name checked, every combination validated, output columns known

	private void plan() {
		List<Measure> requested = this.query.measures();
		long withAgg = requested.stream().filter(measure -> measure.agg() != null).count();
		if (withAgg != 0 && withAgg != requested.size()) {
			throw new InvalidInput("Either every measure has an agg or none has (raw rows); this query mixes both.");
		}
		this.aggregated = withAgg > 0;
		if (requested.isEmpty() && this.query.dimensions().isEmpty() && this.query.time() == null) {
			throw new InvalidInput("A chart query needs at least a measure, a dimension or a time column.");
		}
		if (this.query.time() != null) {
			this.time = planTime(this.query.time());
		}
		for (Dimension dimension : this.query.dimensions()) {
			this.dimensions.add(planDimension(dimension));
		}
		for (int i = 0; i < requested.size(); i++) {
			this.measures.add(planMeasure(requested.get(i), i));
		}
		if (this.query.window() instanceof TimeWindow.Points windowPoints) {
			if (this.time == null) {
				throw new InvalidInput(
						"A points window needs 'time' in the query: the last N points are the last N time buckets (or rows).");
			}
			this.points = windowPoints.points();
		}
		checkOthers();
		checkCompare();
		describeOutputs();
	}

	private TimeAxis planTime(TimeSpec spec) {
		if (this.fields.isCalculated(spec.column())) {
			throw new InvalidInput("'" + spec.column() + "' is a calculated field; the time axis must be a column.");
		}
		DatasetColumn column = this.fields.column(spec.column());
		Field<LocalDateTime> timestamp = this.fields.timestamp(column);
		if (spec.grain() != null) {
			return new TimeAxis(column.name(), column, timestamp, spec, ColumnType.TIMESTAMP, OutputColumn.Kind.TIME);
		}
		if (spec.part() != null) {
			return new TimeAxis(spec.part().wire(), column, timestamp, spec, ColumnType.BIGINT,
					OutputColumn.Kind.CYCLE);
		}
		return new TimeAxis(column.name(), column, timestamp, spec, column.type(), OutputColumn.Kind.TIME);
	}

	private DimensionPlan planDimension(Dimension dimension) {
		if (dimension.column() != null && this.fields.isCalculated(dimension.column())) {
			throw new InvalidInput("'" + dimension.column()
					+ "' is a calculated field (a number); use it as a measure, not a dimension.");
		}
		DatasetColumn column = this.fields.column(dimension.column());
		return new DimensionPlan(column.name(), this.fields.field(column), column.type(), column.unit());
	}

	private MeasurePlan planMeasure(Measure measure, int index) {
		Aggregation agg = measure.agg();
		String label = "Measure " + (index + 1);
		if (measure.countsRows()) {
			return new MeasurePlan(nameOr(measure, "count"), agg, null, ColumnType.BIGINT, null);
		}
		String column = measure.column();
		if (column == null || column.isBlank() || column.equals("*")) {
			throw new InvalidInput(label + (agg == null ? " needs a column."
					: " (" + agg.wire() + ") needs a column; only count takes '*'."));
		}
		Field<?> input;
		ColumnType inputType;
		String unit;
		if (this.fields.isCalculated(column)) {
			input = this.fields.numeric(column, "a measure");
			inputType = ColumnType.DOUBLE;
			unit = this.fields.schema().calculatedField(column).map(field -> field.unit()).orElse(null);
		}
		else {
			DatasetColumn catalogColumn = this.fields.column(column);
			input = this.fields.field(catalogColumn);
			inputType = catalogColumn.type();
			unit = catalogColumn.unit();
		}
		if (agg == null) {
			return new MeasurePlan(nameOr(measure, column), null, input, inputType, unit);
		}
		ColumnType outputType = switch (agg) {
			case SUM, AVG, MEDIAN, P95 -> {
				if (!inputType.isNumeric()) {
					throw new InvalidInput(label + " (" + agg.wire() + " of '" + column + "') needs a numeric column; '"
							+ column + "' is " + inputType.wire() + ".");
				}
				yield agg == Aggregation.SUM ? inputType : ColumnType.DOUBLE;
			}
			case MIN, MAX -> {
				if (inputType == ColumnType.BOOLEAN) {
					throw new InvalidInput(label + " (" + agg.wire() + " of '" + column
							+ "') does not apply to a boolean column; count it instead.");
				}
				yield inputType;
			}
			case COUNT, COUNT_DISTINCT -> ColumnType.BIGINT;
		};
		// a count has no unit of its column; the other aggregates keep it
		boolean counted = agg == Aggregation.COUNT || agg == Aggregation.COUNT_DISTINCT;
		return new MeasurePlan(nameOr(measure, agg.wire() + "_" + column), agg, input, outputType,
				counted ? null : unit);
	}

	private static String nameOr(Measure measure, String generated) {
		return measure.as() != null ? measure.as() : generated;
	}

	private void checkOthers() {
		if (!this.query.others()) {
			return;
		}
		if (!this.aggregated) {
			throw new InvalidInput("others needs aggregated measures (give each measure an agg).");
		}
		for (MeasurePlan measure : this.measures) {
			if (!measure.agg().additive()) {
				throw new InvalidInput("others adds up everything beyond the top " + this.query.limit()
						+ ", which only works for sum and count; measure '" + measure.name() + "' uses "
						+ measure.agg().wire() + ". Drop others or use sum or count.");
			}
		}
	}

	private void checkCompare() {
		if (this.query.compare() == null) {
			return;
		}
		if (!this.aggregated) {
			throw new InvalidInput("compare previous_period needs aggregated measures (give each measure an agg).");
		}
		if (this.points != null) {
			throw new InvalidInput(
					"compare previous_period needs a time window (last, period or from/to), not a points window.");
		}
		if (this.window == null) {
			throw new InvalidInput("compare previous_period needs a time window (last, period or from/to).");
		}
	}

	private void describeOutputs() {
		if (this.time != null) {
			this.outputs.add(new OutputColumn(this.time.name(), this.time.type(), this.time.kind(), null));
		}
		for (DimensionPlan dimension : this.dimensions) {
			ColumnType type = this.query.others() ? ColumnType.VARCHAR : dimension.type();
			this.outputs.add(new OutputColumn(dimension.name(), type, OutputColumn.Kind.DIMENSION, dimension.unit()));
		}
		for (MeasurePlan measure : this.measures) {
			this.outputs
				.add(new OutputColumn(measure.name(), measure.type(), OutputColumn.Kind.MEASURE, measure.unit()));
		}
		if (this.query.compare() != null) {
			for (MeasurePlan measure : this.measures) {
				this.outputs.add(new OutputColumn(measure.name() + "_previous", measure.type(),
						OutputColumn.Kind.PREVIOUS_MEASURE, measure.unit()));
			}
		}
		Set<String> seen = new HashSet<>();
		for (OutputColumn output : this.outputs) {
			String name = output.name();
			if (!seen.add(name)) {
				throw new InvalidInput("Two output columns are named '" + name + "'; give a measure another 'as'.");
			}
			if (name.startsWith("__")) {
				throw new InvalidInput("Output column names starting with '__' are reserved: '" + name + "'.");
			}
			if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
				throw new InvalidInput("Output column name '" + name + "' is longer than " + MAX_NAME_BYTES
						+ " bytes; give the measure a shorter 'as'.");
			}
		}
	}

	// aggregated queries

	private Select<Record> aggregatedSelect(Condition rows) {
		Condition current = rows.and(windowCondition(this.window));
		boolean keepsTop = this.query.limit() != null && !this.dimensions.isEmpty()
				&& (this.query.others() || this.time != null);
		Table<?> top = keepsTop ? topSeries(current) : null;
		Table<?> cur = aggregate(current, 0, top, "cur");
		if (this.query.compare() == null && this.points == null) {
			// nothing to join or rank: one subquery less to plan on every request
			return outer(cur, !keepsTop);
		}
		List<SelectFieldOrAsterisk> selected = new ArrayList<>();
		for (OutputColumn output : this.outputs) {
			if (output.kind() != OutputColumn.Kind.PREVIOUS_MEASURE) {
				selected.add(cur.field(output.name()));
			}
		}
		if (this.query.others()) {
			selected.add(cur.field(OTHERS_FLAG));
		}
		TableLike<?> source = cur;
		if (this.query.compare() != null) {
			ChartWindow previousWindow = this.window.previous();
			Table<?> prev = aggregate(rows.and(windowCondition(previousWindow)), micros(this.window.length()), top,
					"prev");
			Condition on = DSL.noCondition();
			if (this.time != null) {
				on = on.and(same(cur.field(this.time.name()), prev.field(this.time.name())));
			}
			for (DimensionPlan dimension : this.dimensions) {
				on = on.and(same(cur.field(dimension.name()), prev.field(dimension.name())));
			}
			if (this.query.others()) {
				on = on.and(same(cur.field(OTHERS_FLAG), prev.field(OTHERS_FLAG)));
			}
			for (MeasurePlan measure : this.measures) {
				selected.add(prev.field(measure.name()).as(measure.name() + "_previous"));
			}
			source = cur.leftJoin(prev).on(on);
		}
		if (this.points != null) {
			selected.add(DSL.denseRank().over(DSL.orderBy(cur.field(this.time.name()).desc())).as(RANK));
		}
		Table<?> res = this.ctx.select(selected).from(source).asTable("res");
		return outer(res, !keepsTop);
	}

	/**
	 * The rows inside the condition, reduced to bucket, dimensions and measure inputs.
	 */
	private Table<?> prepared(Condition where, long shiftMicros, Table<?> top, String alias) {
		List<SelectFieldOrAsterisk> selected = new ArrayList<>();
		if (this.time != null) {
			selected.add(bucket(shiftMicros).as("b"));
		}
		Field<Integer> inTop = top == null ? null : top.field(IN_TOP, Integer.class);
		boolean others = top != null && this.query.others();
		for (int i = 0; i < this.dimensions.size(); i++) {
			Field<?> input = this.dimensions.get(i).input();
			if (others) {
				input = DSL.when(inTop.isNull(), DSL.inline(OTHERS)).otherwise(input.cast(SQLDataType.VARCHAR));
			}
			selected.add(input.as("d" + i));
		}
		if (others) {
			selected.add(DSL.when(inTop.isNull(), DSL.inline(1)).otherwise(DSL.inline(0)).as(OTHERS_FLAG));
		}
		for (int j = 0; j < this.measures.size(); j++) {
			Field<?> input = this.measures.get(j).input();
			if (input != null) {
				selected.add(input.as("v" + j));
			}
		}
		if (selected.isEmpty()) {
			selected.add(DSL.inline(1).as("row_marker"));
		}
		SelectJoinStep<Record> from = this.ctx.select(selected).from(this.fields.table());
		if (top != null) {
			Condition on = DSL.noCondition();
			for (int i = 0; i < this.dimensions.size(); i++) {
				on = on.and(same(this.dimensions.get(i).input(), top.field("d" + i)));
			}
			from = others ? this.ctx.select(selected).from(this.fields.table().leftJoin(top).on(on))
					: this.ctx.select(selected).from(this.fields.table().join(top).on(on));
		}
		return from.where(where).asTable(alias);
	}

	private Field<?> bucket(long shiftMicros) {
		Field<LocalDateTime> timestamp = this.time.timestamp();
		TimeSpec spec = this.time.spec();
		if (spec.part() != null) {
			// a cycle position compares like with like (Monday with Monday), so it is
			// never
			// shifted
			return this.functions.part(timestamp, spec.part());
		}
		Field<LocalDateTime> shifted = shiftMicros == 0 ? timestamp : this.functions.plusMicros(timestamp, shiftMicros);
		if (spec.grain() != null) {
			return this.functions.truncate(shifted, spec.grain());
		}
		if (this.time.column().type() == ColumnType.DATE) {
			return shiftMicros == 0 ? this.fields.field(this.time.column()) : shifted.cast(SQLDataType.LOCALDATE);
		}
		return shifted;
	}

	/**
	 * The prepared rows aggregated per bucket and dimensions; previous-period rows are
	 * shifted forward by the window's length so that they land in the buckets they
	 * compare with.
	 */
	private Table<?> aggregate(Condition where, long shiftMicros, Table<?> top, String alias) {
		Table<?> r = prepared(where, shiftMicros, top, "r");
		List<SelectFieldOrAsterisk> selected = new ArrayList<>();
		List<GroupField> groups = new ArrayList<>();
		if (this.time != null) {
			selected.add(r.field("b").as(this.time.name()));
			groups.add(r.field("b"));
		}
		for (int i = 0; i < this.dimensions.size(); i++) {
			selected.add(r.field("d" + i).as(this.dimensions.get(i).name()));
			groups.add(r.field("d" + i));
		}
		if (top != null && this.query.others()) {
			selected.add(r.field(OTHERS_FLAG));
			groups.add(r.field(OTHERS_FLAG));
		}
		for (int j = 0; j < this.measures.size(); j++) {
			MeasurePlan measure = this.measures.get(j);
			selected.add(aggregateOf(measure, measure.input() == null ? null : r.field("v" + j)).as(measure.name()));
		}
		SelectJoinStep<Record> from = this.ctx.select(selected).from(r);
		SelectHavingStep<Record> grouped = groups.isEmpty() ? from : from.groupBy(groups);
		return grouped.asTable(alias);
	}

	@SuppressWarnings("unchecked")
	private Field<?> aggregateOf(MeasurePlan measure, Field<?> input) {
		Field<? extends Number> number = (Field<? extends Number>) input;
		DataType<?> type = DatasetFields.dataType(measure.type());
		return switch (measure.agg()) {
			case SUM -> DSL.sum(number).cast(type);
			case AVG -> DSL.avg(number).cast(type);
			case MIN -> DSL.min(input);
			case MAX -> DSL.max(input);
			case COUNT -> (input == null ? DSL.count() : DSL.count(input)).cast(type);
			case COUNT_DISTINCT -> DSL.countDistinct(input).cast(type);
			case MEDIAN -> this.functions.percentile(input, new BigDecimal("0.5"));
			case P95 -> this.functions.percentile(input, new BigDecimal("0.95"));
		};
	}

	/**
	 * The top {@code limit} dimension values over the current window, ranked by the sort
	 * keys that name measures or dimensions, else by the first measure, descending.
	 */
	private Table<?> topSeries(Condition current) {
		Table<?> r = prepared(current, 0, null, "r");
		List<SelectFieldOrAsterisk> selected = new ArrayList<>();
		List<GroupField> groups = new ArrayList<>();
		for (int i = 0; i < this.dimensions.size(); i++) {
			selected.add(r.field("d" + i));
			groups.add(r.field("d" + i));
		}
		selected.add(DSL.inline(1).as(IN_TOP));
		List<SortField<?>> ranking = new ArrayList<>();
		for (Sort sort : this.query.sort()) {
			Field<?> key = null;
			for (int j = 0; j < this.measures.size(); j++) {
				MeasurePlan measure = this.measures.get(j);
				if (measure.name().equals(sort.by())) {
					key = aggregateOf(measure, measure.input() == null ? null : r.field("v" + j));
				}
			}
			for (int i = 0; i < this.dimensions.size(); i++) {
				if (this.dimensions.get(i).name().equals(sort.by())) {
					key = r.field("d" + i);
				}
			}
			if (key != null) {
				ranking.add(sorted(key, sort.dir()));
			}
		}
		if (ranking.isEmpty()) {
			MeasurePlan first = this.measures.get(0);
			ranking.add(sorted(aggregateOf(first, first.input() == null ? null : r.field("v0")), SortDirection.DESC));
		}
		for (int i = 0; i < this.dimensions.size(); i++) {
			ranking.add(r.field("d" + i).asc().nullsLast());
		}
		return this.ctx.select(selected)
			.from(r)
			.groupBy(groups)
			.orderBy(ranking)
			.limit(this.query.limit())
			.asTable("top_n");
	}

	// raw queries

	private Select<Record> rawSelect(Condition rows) {
		if (this.time != null && (this.time.spec().grain() != null || this.time.spec().part() != null)) {
			throw new InvalidInput(
					"A time grain or part groups rows, so it needs aggregated measures: give each measure an agg.");
		}
		Condition where = rows.and(windowCondition(this.window));
		List<SelectFieldOrAsterisk> selected = new ArrayList<>();
		Field<?> timeField = null;
		if (this.time != null) {
			timeField = this.fields.field(this.time.column());
			selected.add(timeField.as(this.time.name()));
		}
		for (DimensionPlan dimension : this.dimensions) {
			selected.add(dimension.input().as(dimension.name()));
		}
		for (MeasurePlan measure : this.measures) {
			selected.add(measure.input().as(measure.name()));
		}
		Table<?> res;
		if (this.points != null) {
			res = this.ctx.select(selected)
				.from(this.fields.table())
				.where(where)
				.orderBy(timeField.desc().nullsLast())
				.limit(this.points)
				.asTable("res");
		}
		else {
			res = this.ctx.select(selected).from(this.fields.table()).where(where).asTable("res");
		}
		return outer(res, true);
	}

	// the outer select, shared

	private Select<Record> outer(Table<?> res, boolean limitsRows) {
		List<SelectField<?>> selected = new ArrayList<>();
		for (OutputColumn output : this.outputs) {
			selected.add(typed(res, output));
		}
		Condition where = this.points != null && this.aggregated ? res.field(RANK, Long.class).le((long) this.points)
				: DSL.noCondition();
		SelectSeekStepN<Record> ordered = this.ctx.select(selected).from(res).where(where).orderBy(order(res));
		if (limitsRows && this.query.limit() != null) {
			return ordered.limit(this.query.limit());
		}
		return ordered;
	}

	private static Field<?> typed(Table<?> res, OutputColumn output) {
		return DSL.field(DSL.name(res.getName(), output.name()), DatasetFields.dataType(output.type()));
	}

	private List<SortField<?>> order(Table<?> res) {
		List<SortField<?>> order = new ArrayList<>();
		Set<String> used = new LinkedHashSet<>();
		boolean othersLast = this.query.others();
		if (othersLast && this.time == null) {
			order.add(res.field(OTHERS_FLAG).asc());
			othersLast = false;
		}
		List<String> names = this.outputs.stream().map(OutputColumn::name).toList();
		for (Sort sort : this.query.sort()) {
			if (!names.contains(sort.by())) {
				throw new InvalidInput("Cannot sort by '" + sort.by() + "': it is not an output column of this chart ("
						+ String.join(", ", names) + ")." + ClosestName.hint(sort.by(), names));
			}
			if (used.add(sort.by())) {
				order.add(sorted(res.field(sort.by()), sort.dir()));
			}
		}
		if (this.query.sort().isEmpty() && this.time == null && !this.measures.isEmpty()) {
			String first = this.measures.get(0).name();
			used.add(first);
			order.add(sorted(res.field(first), SortDirection.DESC));
		}
		if (this.time != null && used.add(this.time.name())) {
			order.add(res.field(this.time.name()).asc().nullsLast());
		}
		if (othersLast) {
			order.add(res.field(OTHERS_FLAG).asc());
		}
		for (DimensionPlan dimension : this.dimensions) {
			if (used.add(dimension.name())) {
				order.add(res.field(dimension.name()).asc().nullsLast());
			}
		}
		return order;
	}

	private static SortField<?> sorted(Field<?> field, SortDirection direction) {
		return direction == SortDirection.DESC ? field.desc().nullsLast() : field.asc().nullsLast();
	}

	// helpers

	private Condition windowCondition(ChartWindow bounds) {
		if (bounds == null) {
			return DSL.noCondition();
		}
		DatasetColumn column = windowColumn();
		Field<LocalDateTime> timestamp = this.fields.timestamp(column);
		return timestamp.ge(DSL.val(LocalDateTime.ofInstant(bounds.from(), ZoneOffset.UTC)))
			.and(timestamp.lt(DSL.val(LocalDateTime.ofInstant(bounds.to(), ZoneOffset.UTC))));
	}

	private DatasetColumn windowColumn() {
		if (this.time != null) {
			return this.time.column();
		}
		return this.fields.schema()
			.timeColumn()
			.orElseThrow(() -> new InvalidInput("Dataset " + this.fields.schema().name()
					+ " has no time column, so a time window cannot apply to it."));
	}

	@SuppressWarnings("unchecked")
	private static Condition same(Field<?> left, Field<?> right) {
		return ((Field<Object>) left).isNotDistinctFrom((Field<Object>) right);
	}

	private static long micros(Duration duration) {
		return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000L);
	}

	private record TimeAxis(String name, DatasetColumn column, Field<LocalDateTime> timestamp, TimeSpec spec,
			ColumnType type, OutputColumn.Kind kind) {
	}

	private record DimensionPlan(String name, Field<?> input, ColumnType type, String unit) {
	}

	/**
	 * @param input the value aggregated (or selected when raw); null to count rows
	 */
	private record MeasurePlan(String name, Aggregation agg, Field<?> input, ColumnType type, String unit) {
	}

}
