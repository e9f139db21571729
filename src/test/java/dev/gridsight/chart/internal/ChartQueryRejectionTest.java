package dev.gridsight.chart.internal;

import java.time.Instant;
import java.util.List;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.FilterOp;
import dev.gridsight.chart.ChartQuery.SortDirection;
import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.platform.InvalidInput;

import static dev.gridsight.chart.internal.EvalData.HOME_ENERGY;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** Every invalid query is an InvalidInput whose message names the bad part. */
class ChartQueryRejectionTest {

	private static final ChartWindow JANUARY = new ChartWindow(Instant.parse("2023-01-01T00:00:00Z"),
			Instant.parse("2023-02-01T00:00:00Z"));

	private final ChartQueryCompiler compiler = new ChartQueryCompiler();

	private CompiledQuery compile(ChartQuery.Builder query) {
		return compile(query, null);
	}

	private CompiledQuery compile(ChartQuery.Builder query, ChartWindow window) {
		return this.compiler.compile(query.build(), HOME_ENERGY, window, SQLDialect.DUCKDB);
	}

	private static ChartQuery.Builder energy() {
		return ChartQuery.on("home_energy");
	}

	@Test
	void rejectsAnUnknownColumnSuggestingTheClosestOne() {
		assertThatThrownBy(() -> compile(energy().measure("lod_kwh", Aggregation.SUM))).isInstanceOf(InvalidInput.class)
			.hasMessage("Unknown column 'lod_kwh' in dataset home_energy. Did you mean 'load_kwh'?");
		assertThatThrownBy(() -> compile(energy().dimension("buildng").measure("*", Aggregation.COUNT)))
			.hasMessage("Unknown column 'buildng' in dataset home_energy. Did you mean 'building'?");
		assertThatThrownBy(() -> compile(energy().measure("*", Aggregation.COUNT).filter("tz", FilterOp.EQ, "x")))
			.hasMessage("Unknown column 'tz' in dataset home_energy. Did you mean 'ts'?");
		assertThatThrownBy(() -> compile(energy().measure("wind_speed", Aggregation.AVG)))
			.hasMessage("Unknown column 'wind_speed' in dataset home_energy.");
	}

	@Test
	void suggestsTheColumnOfAKnownSynonym() {
		assertThatThrownBy(() -> compile(energy().measure("consumption", Aggregation.SUM)))
			.hasMessage("Unknown column 'consumption' in dataset home_energy. Did you mean 'load_kwh'?");
	}

	@Test
	void rejectsAnUnknownAggregation() {
		assertThatThrownBy(() -> Aggregation.of("mode")).isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("Unknown aggregation 'mode'. Use one of: sum, avg");
	}

	@Test
	void rejectsAnAggregationThatDoesNotFitTheColumnsType() {
		assertThatThrownBy(() -> compile(energy().measure("building", Aggregation.SUM)))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("Measure 1 (sum of 'building') needs a numeric column; 'building' is varchar.");
		assertThatThrownBy(() -> compile(energy().measure(null, Aggregation.AVG)))
			.hasMessage("Measure 1 (avg) needs a column; only count takes '*'.");
	}

	@Test
	void rejectsAFilterValueThatIsNotOfTheColumnsType() {
		assertThatThrownBy(
				() -> compile(energy().measure("*", Aggregation.COUNT).filter("load_kwh", FilterOp.GT, "abc")))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("The filter on 'load_kwh' has the value 'abc', which is not a number.");
		assertThatThrownBy(
				() -> compile(energy().measure("*", Aggregation.COUNT).filter("ts", FilterOp.GTE, "last tuesday")))
			.hasMessage("The filter on 'ts' has the value 'last tuesday', which is not an ISO timestamp or date.");
		assertThatThrownBy(
				() -> compile(energy().measure("*", Aggregation.COUNT).filter("load_kwh", FilterOp.EQ, "NaN")))
			.hasMessageContaining("'NaN'");
		assertThatThrownBy(() -> compile(
				energy().measure("*", Aggregation.COUNT).filter("load_kwh", FilterOp.BETWEEN, List.of(1))))
			.hasMessage("The filter on 'load_kwh' with op between needs two values [low, high], not 1.");
		assertThatThrownBy(
				() -> compile(energy().measure("*", Aggregation.COUNT).filter("load_kwh", FilterOp.CONTAINS, "1")))
			.hasMessageContaining("contains, which needs a text column");
		assertThatThrownBy(
				() -> compile(energy().measure("*", Aggregation.COUNT).filter("building", FilterOp.EQ, null)))
			.hasMessageContaining("needs a value (to match missing values use is_null)");
	}

	@Test
	void rejectsASortKeyThatIsNotAnOutputColumn() {
		assertThatThrownBy(() -> compile(energy().dimension("building")
			.measure("load_kwh", Aggregation.SUM)
			.sort("sum_lod_kwh", SortDirection.DESC))).isInstanceOf(InvalidInput.class)
			.hasMessage(
					"Cannot sort by 'sum_lod_kwh': it is not an output column of this chart (building, sum_load_kwh)."
							+ " Did you mean 'sum_load_kwh'?");
		assertThatThrownBy(() -> compile(energy().dimension("building")
			.measure("load_kwh", Aggregation.SUM)
			.sort("load_kwh", SortDirection.DESC))).hasMessageStartingWith("Cannot sort by 'load_kwh'");
	}

	@Test
	void rejectsWindowThatEndsBeforeItStarts() {
		assertThatThrownBy(
				() -> new ChartWindow(Instant.parse("2023-02-01T00:00:00Z"), Instant.parse("2023-01-01T00:00:00Z")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("window must end after it starts");
	}

	@Test
	void rejectsACalculatedFieldWithAFunctionCall() {
		assertThatThrownBy(() -> compile(energy().measure("bad_call", Aggregation.SUM)))
			.isInstanceOf(InvalidInput.class)
			.hasMessage(
					"Calculated field 'bad_call' cannot be used: function calls are not allowed ('abs(' at position 1)."
							+ " Use numbers, numeric columns, + - * / and parentheses.");
	}

	@Test
	void rejectsACalculatedFieldWithASemicolon() {
		assertThatThrownBy(() -> compile(energy().measure("bad_semicolon", Aggregation.SUM)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith(
					"Calculated field 'bad_semicolon' cannot be used: ';' at position 9 is not allowed.");
	}

	@Test
	void rejectsCalculatedFieldsThatAreNotArithmeticOnNumericColumns() {
		assertThatThrownBy(() -> compile(energy().measure("unbalanced", Aggregation.SUM)))
			.hasMessageStartingWith("Calculated field 'unbalanced' cannot be used: a ')' is missing.");
		assertThatThrownBy(() -> compile(energy().measure("text_in_math", Aggregation.SUM)))
			.hasMessageStartingWith("Column 'building' is varchar, not a number");
		assertThatThrownBy(() -> compile(energy().measure("string_literal", Aggregation.SUM))).hasMessageStartingWith(
				"Calculated field 'string_literal' cannot be used: ''' at position 12 is not allowed.");
		assertThatThrownBy(() -> compile(energy().measure("misspelt", Aggregation.SUM))).hasMessageStartingWith(
				"Calculated field 'misspelt' cannot be used: unknown column 'lod_kwh' (did you mean 'load_kwh'?).");
	}

	@Test
	void rejectsCalculatedFieldsThatReferToEachOther() {
		assertThatThrownBy(() -> compile(energy().measure("loop_a", Aggregation.SUM))).isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("Calculated field 'loop_a' refers to itself");
	}

	@Test
	void rejectsOthersForAggregationsThatDoNotAddUp() {
		assertThatThrownBy(() -> compile(
				energy().dimension("building").measure("load_kwh", Aggregation.AVG).limit(5).withOthers()))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("others adds up everything beyond the top 5, which only works for sum and count;"
					+ " measure 'avg_load_kwh' uses avg. Drop others or use sum or count.");
	}

	@Test
	void rejectsAComparisonWithoutATimeWindow() {
		assertThatThrownBy(() -> compile(energy().measure("load_kwh", Aggregation.SUM).comparedToPreviousPeriod()))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("compare previous_period needs a time window (last, period or from/to).");
		assertThatThrownBy(() -> compile(energy().time("ts", TimeGrain.DAY)
			.measure("load_kwh", Aggregation.SUM)
			.window(TimeWindow.points(10))
			.comparedToPreviousPeriod(), JANUARY)).hasMessageContaining("not a points window");
	}

	@Test
	void rejectsShapesThatCannotBeDrawn() {
		assertThatThrownBy(() -> compile(energy().measure("load_kwh", Aggregation.SUM).window(TimeWindow.points(10))))
			.hasMessageStartingWith("A points window needs 'time' in the query");
		assertThatThrownBy(() -> compile(energy().time("ts", TimeGrain.DAY).measure("load_kwh", null)))
			.hasMessageStartingWith("A time grain or part groups rows, so it needs aggregated measures");
		assertThatThrownBy(() -> compile(energy().measure("load_kwh", null).measure("load_kwh", Aggregation.SUM)))
			.hasMessageContaining("mixes both");
		assertThatThrownBy(() -> compile(energy().time("building", TimeGrain.DAY).measure("load_kwh", Aggregation.SUM)))
			.hasMessageContaining("'building' is varchar, not a timestamp or date");
		assertThatThrownBy(
				() -> compile(energy().measure("load_kwh", Aggregation.SUM).measure("load_kwh", Aggregation.SUM)))
			.hasMessage("Two output columns are named 'sum_load_kwh'; give a measure another 'as'.");
		assertThatThrownBy(() -> compile(energy().measure("load_kwh", Aggregation.SUM, "__rank")))
			.hasMessageContaining("reserved");
		assertThatThrownBy(() -> compile(energy().dimension("cost_usd").measure("load_kwh", Aggregation.SUM)))
			.hasMessageContaining("use it as a measure, not a dimension");
	}

	@Test
	void bindsEveryValueAndQuotesEveryName() {
		CompiledQuery compiled = compile(energy().dimension("building")
			.measure("cost_usd", Aggregation.SUM)
			.filter("building", FilterOp.EQ, "'; drop table x; --")
			.limit(7), JANUARY);

		assertThat(compiled.sql()).doesNotContain("drop table").contains("\"src\".\"load_kwh\"", "?");
		assertThat(compiled.bindValues()).contains("'; drop table x; --");
		assertThat(compiled.columns()).containsExactly(
				new OutputColumn("building", dev.gridsight.catalog.ColumnType.VARCHAR, OutputColumn.Kind.DIMENSION,
						null),
				new OutputColumn("sum_cost_usd", dev.gridsight.catalog.ColumnType.DOUBLE, OutputColumn.Kind.MEASURE,
						null));
	}

	@Test
	void measuresKeepTheirColumnsUnitButACountHasNone() {
		CompiledQuery compiled = compile(energy().time("ts", TimeGrain.DAY)
			.measure("load_kwh", Aggregation.SUM)
			.measure("load_kwh", Aggregation.COUNT), JANUARY);

		assertThat(compiled.columns()).extracting(OutputColumn::name, OutputColumn::unit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ts", null),
					org.assertj.core.groups.Tuple.tuple("sum_load_kwh", "kWh"),
					org.assertj.core.groups.Tuple.tuple("count_load_kwh", null));
	}

	@Test
	void compilesOnlyForTheWarehouseDialects() {
		assertThatThrownBy(() -> this.compiler.compile(energy().measure("*", Aggregation.COUNT).build(), HOME_ENERGY,
				null, SQLDialect.SQLITE))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
