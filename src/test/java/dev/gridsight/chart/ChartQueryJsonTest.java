package dev.gridsight.chart;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.FilterOp;
import dev.gridsight.chart.ChartQuery.SortDirection;
import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire format that the API, the chart builder and the assistant send. */
class ChartQueryJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private ChartQuery read(String body) {
		return this.json.readValue(body, ChartQuery.class);
	}

	@Test
	void readsTheDesignExample() {
		ChartQuery query = read("""
				{ "dataset": "plant_hourly",
				  "measures":   [{"column": "grid_import_mw", "agg": "avg", "as": "grid_mw"}],
				  "dimensions": [{"column": "site"}],
				  "time":       {"column": "ts", "grain": "hour"},
				  "filters":    [{"column": "site", "op": "in", "values": ["North"]}],
				  "window":     {"last": "P7D"},
				  "compare":    "previous_period",
				  "sort":       [{"by": "grid_mw", "dir": "desc"}],
				  "limit": 10 }
				""");

		assertThat(query.measures())
			.containsExactly(new ChartQuery.Measure("grid_import_mw", Aggregation.AVG, "grid_mw"));
		assertThat(query.dimensions()).containsExactly(new ChartQuery.Dimension("site"));
		assertThat(query.time()).isEqualTo(new ChartQuery.TimeSpec("ts", TimeGrain.HOUR, null));
		assertThat(query.filters()).containsExactly(new ChartQuery.Filter("site", FilterOp.IN, null, List.of("North")));
		assertThat(query.window()).isEqualTo(TimeWindow.last("P7D"));
		assertThat(query.compare()).isEqualTo(ChartQuery.Comparison.PREVIOUS_PERIOD);
		assertThat(query.sort()).containsExactly(new ChartQuery.Sort("grid_mw", SortDirection.DESC));
		assertThat(query.limit()).isEqualTo(10);
		assertThat(query.others()).isFalse();
	}

	@Test
	void readsEveryKindOfWindow() {
		assertThat(read("{\"dataset\":\"d\",\"window\":{\"period\":\"this_month\"}}").window())
			.isEqualTo(TimeWindow.period(TimeWindow.CalendarPeriod.THIS_MONTH));
		assertThat(read("{\"dataset\":\"d\",\"window\":{\"from\":\"2023-01-01\",\"to\":\"2023-02-01T00:00:00Z\"}}")
			.window()).isEqualTo(
					TimeWindow.between(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2023-02-01T00:00:00Z")));
		assertThat(read("{\"dataset\":\"d\",\"window\":{\"points\":500}}").window()).isEqualTo(TimeWindow.points(500));
	}

	@Test
	void readsSymbolicFilterOpsPartsAndOthers() {
		ChartQuery query = read("""
				{"dataset": "home_energy",
				 "measures": [{"column": "*", "agg": "count"}],
				 "dimensions": [{"column": "building"}],
				 "time": {"column": "ts", "part": "day_of_week"},
				 "filters": [{"column": "load_kwh", "op": ">=", "value": 1.5},
				             {"column": "building", "op": "!=", "value": "Building 1"},
				             {"column": "ts", "op": "between", "values": ["2023-01-01", "2023-02-01"]}],
				 "limit": 5, "others": true}
				""");

		assertThat(query.filters()).extracting(ChartQuery.Filter::op)
			.containsExactly(FilterOp.GTE, FilterOp.NEQ, FilterOp.BETWEEN);
		assertThat(query.filters().get(0).value()).isEqualTo(1.5);
		assertThat(query.time().part()).isEqualTo(TimePart.DAY_OF_WEEK);
		assertThat(query.measures().get(0).countsRows()).isTrue();
		assertThat(query.others()).isTrue();
	}

	@Test
	void writesWhatItReads() {
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimeGrain.DAY)
			.dimension("building")
			.measure("load_kwh", Aggregation.P95, "p95_load")
			.filter("building", FilterOp.IN, List.of("Building 1", "Building 2"))
			.window(TimeWindow.between(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2023-02-01T00:00:00Z")))
			.comparedToPreviousPeriod()
			.sort("p95_load", SortDirection.DESC)
			.limit(3)
			.withOthers()
			.build();

		String written = this.json.writeValueAsString(query);

		assertThat(written).contains("\"agg\":\"p95\"", "\"grain\":\"day\"", "\"op\":\"in\"",
				"\"compare\":\"previous_period\"", "\"dir\":\"desc\"", "\"from\":\"2023-01-01T00:00:00Z\"");
		assertThat(read(written)).isEqualTo(query);
	}

	@Test
	void rejectsAnUnknownAggregationNamingIt() {
		assertThatThrownBy(() -> read("{\"dataset\":\"d\",\"measures\":[{\"column\":\"x\",\"agg\":\"mode\"}]}"))
			.rootCause()
			.isInstanceOf(InvalidInput.class)
			.hasMessage(
					"Unknown aggregation 'mode'. Use one of: sum, avg, min, max, count, count_distinct, median, p95.");
		assertThatThrownBy(() -> Aggregation.of("average")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("'average'");
	}

	@Test
	void rejectsAQueryWithoutDatasetOrWithAnOutOfRangeLimit() {
		assertThatThrownBy(() -> read("{\"measures\":[]}")).rootCause().isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> read("{\"dataset\":\"d\",\"limit\":0}")).rootCause()
			.hasMessageContaining("limit must be between 1 and 100000");
		assertThatThrownBy(() -> read(
				"{\"dataset\":\"d\",\"time\":{\"column\":\"ts\",\"grain\":\"hour\",\"part\":\"hour_of_day\"}}"))
			.rootCause()
			.hasMessageContaining("a grain or a part, not both");
		assertThatThrownBy(() -> read("{\"dataset\":\"d\",\"dimensions\":[{\"column\":\"b\"}],\"others\":true}"))
			.rootCause()
			.hasMessageContaining("others needs a limit");
	}

}
