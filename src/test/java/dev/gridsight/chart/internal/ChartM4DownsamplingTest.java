package dev.gridsight.chart.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of one-minute readings from two sensors (1,051,200 rows), downsampled to 2,000
 * pixel columns per series on each engine and checked against M4 computed in Java.
 */
class ChartM4DownsamplingTest {

	private static final int MINUTES = 525_600;

	private static final int BUDGET = M4Downsampler.DEFAULT_BUDGET;

	private static final LocalDateTime START = LocalDateTime.of(2023, 1, 1, 0, 0);

	private static final ChartWindow YEAR = new ChartWindow(Instant.parse("2023-01-01T00:00:00Z"),
			Instant.parse("2024-01-01T00:00:00Z"));

	private static final DatasetSchema READINGS = new DatasetSchema(UUID.randomUUID(), UUID.randomUUID(), "readings",
			"minute_readings",
			List.of(DatasetColumn.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIME),
					DatasetColumn.of("sensor", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("reading", ColumnType.DOUBLE, ColumnRole.MEASURE)),
			List.of(), false, 1);

	private static List<TestWarehouse> opened;

	private final ChartQueryCompiler compiler = new ChartQueryCompiler();

	private final M4Downsampler m4 = new M4Downsampler();

	@BeforeAll
	static void generateAYearOfMinutesPerEngine() {
		opened = TestWarehouse.open("m4");
		for (TestWarehouse warehouse : opened) {
			warehouse.createTable(READINGS.table(), READINGS.columns());
			// the same integer formula as reading(sensor, i) below, so Java knows every
			// value
			String minute = warehouse.dialect() == SQLDialect.DUCKDB ? "timestamp '2023-01-01 00:00:00' + to_minutes(i)"
					: "timestamp '2023-01-01 00:00:00' + i * interval '1 minute'";
			String series = warehouse.dialect() == SQLDialect.DUCKDB ? "range(0, " + MINUTES + ") as t(i)"
					: "(select cast(g as bigint) as i from generate_series(0, " + (MINUTES - 1) + ") as g) as t";
			warehouse.ctx()
				.execute("insert into minute_readings select " + minute + ", s.sensor, "
						+ "case when s.sensor = 'a' and i = 123457 then 5000 when s.sensor = 'a' and i = 400000 then -5000 "
						+ "when s.sensor = 'b' and i = 7 then -9000 when s.sensor = 'b' and i = " + (MINUTES - 1)
						+ " then 9000 when s.sensor = 'a' then (i * 7919) % 1000 else (i * 104729) % 1000 - 500 end "
						+ "from " + series + " cross join (values ('a'), ('b')) as s(sensor)");
		}
	}

	@AfterAll
	static void dropTheWarehouses() {
		opened.forEach(TestWarehouse::close);
	}

	static Stream<TestWarehouse> engines() {
		return opened.stream();
	}

	private static double reading(String sensor, long i) {
		if (sensor.equals("a")) {
			return i == 123457 ? 5000 : (i == 400000) ? -5000 : (i * 7919) % 1000;
		}
		return i == 7 ? -9000 : (i == MINUTES - 1) ? 9000 : (i * 104729) % 1000 - 500;
	}

	/** The minutes M4 keeps for a sensor: first, last, lowest and highest per column. */
	private static Set<Long> m4InJava(String sensor) {
		double width = (double) ChronoUnit.SECONDS.between(START, START.plusYears(1)) / BUDGET;
		Map<Long, long[]> columns = new HashMap<>();
		for (long i = 0; i < MINUTES; i++) {
			long column = (long) Math.floor(60.0 * i / width);
			long[] kept = columns.get(column);
			if (kept == null) {
				columns.put(column, new long[] { i, i, i, i });
				continue;
			}
			kept[1] = i;
			if (reading(sensor, i) < reading(sensor, kept[2])) {
				kept[2] = i;
			}
			if (reading(sensor, i) > reading(sensor, kept[3])) {
				kept[3] = i;
			}
		}
		Set<Long> minutes = new HashSet<>();
		columns.values().forEach(kept -> {
			for (long i : kept) {
				minutes.add(i);
			}
		});
		return minutes;
	}

	private CompiledQuery minuteSeries(TestWarehouse warehouse, ChartWindow window) {
		ChartQuery query = ChartQuery.on("readings")
			.time("ts", TimeGrain.MINUTE)
			.dimension("sensor")
			.measure("reading", Aggregation.AVG, "reading")
			.window(TimeWindow.between(window.from(), window.to()))
			.build();
		return this.compiler.compile(query, READINGS, window, warehouse.dialect());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void keepsFirstLastMinimumAndMaximumOfEveryPixelColumn(TestWarehouse warehouse) {
		DownsampledQuery downsampled = this.m4.downsample(minuteSeries(warehouse, YEAR), YEAR, BUDGET);

		Result<Record> rows = warehouse.fetch(downsampled.select());

		assertThat(downsampled.downsampled(rows)).isTrue();
		for (String sensor : List.of("a", "b")) {
			Map<Long, Double> kept = new HashMap<>();
			for (Record row : rows) {
				if (row.get("sensor").equals(sensor)) {
					long minute = ChronoUnit.MINUTES.between(START, row.get("ts", LocalDateTime.class));
					kept.put(minute, row.get("reading", Double.class));
				}
			}
			assertThat(kept.size()).isLessThanOrEqualTo(4 * BUDGET);
			assertThat(kept.keySet()).isEqualTo(m4InJava(sensor));
			kept.forEach((minute, value) -> assertThat(value).isEqualTo(reading(sensor, minute)));
		}
		assertThat(rows.getValues("reading", Double.class)).contains(5000.0, -5000.0, 9000.0, -9000.0);
		assertThat(rows.getValues(M4Downsampler.SERIES_POINTS, Long.class)).containsOnly((long) MINUTES);
		assertThat(rows.get(0).get("ts", LocalDateTime.class)).isEqualTo(START);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void returnsASeriesShorterThanTheBudgetWhole(TestWarehouse warehouse) {
		ChartWindow day = new ChartWindow(Instant.parse("2023-05-01T00:00:00Z"), Instant.parse("2023-05-02T00:00:00Z"));
		CompiledQuery series = minuteSeries(warehouse, day);

		Result<Record> rows = warehouse.fetch(this.m4.downsample(series, day, BUDGET).select());

		assertThat(this.m4.downsample(series, day, BUDGET).downsampled(rows)).isFalse();
		assertThat(rows).hasSize(2 * 1440);
		Result<Record> original = warehouse.fetch(series);
		assertThat(rows.map(row -> List.of(row.get("ts"), row.get("sensor"), row.get("reading"))))
			.containsExactlyInAnyOrderElementsOf(
					original.map(row -> List.of(row.get("ts"), row.get("sensor"), row.get("reading"))));
		assertThat(LocalDateTime.ofInstant(day.from(), ZoneOffset.UTC))
			.isEqualTo(rows.get(0).get("ts", LocalDateTime.class));
	}

}
