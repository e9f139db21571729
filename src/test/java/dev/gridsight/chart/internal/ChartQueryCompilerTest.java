package dev.gridsight.chart.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.Filter;
import dev.gridsight.chart.ChartQuery.FilterOp;
import dev.gridsight.chart.ChartQuery.SortDirection;
import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.WindowAnchor;
import dev.gridsight.chart.internal.EvalData.EnergyRow;
import dev.gridsight.chart.internal.EvalData.ItemRow;
import dev.gridsight.chart.internal.EvalData.OrderRow;

import static dev.gridsight.chart.internal.EvalData.HOME_ENERGY;
import static dev.gridsight.chart.internal.Expected.near;
import static dev.gridsight.chart.internal.Expected.nearEach;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs compiled chart queries on DuckDB and, when configured, PostgreSQL over the shared
 * evaluation data, and checks every answer against one computed in Java from the CSV.
 */
class ChartQueryCompilerTest {

	private static List<TestWarehouse> opened;

	private static final LocalDateTime LATEST = LocalDateTime.of(2023, 7, 31, 22, 0);

	private final ChartQueryCompiler compiler = new ChartQueryCompiler();

	@BeforeAll
	static void loadTheEvaluationDataOncePerEngine() {
		opened = TestWarehouse.open("compiler");
		opened.forEach(EvalData::loadInto);
	}

	@AfterAll
	static void dropTheWarehouses() {
		opened.forEach(TestWarehouse::close);
	}

	static Stream<TestWarehouse> engines() {
		return opened.stream();
	}

	private Result<Record> run(TestWarehouse warehouse, ChartQuery query) {
		return run(warehouse, query, HOME_ENERGY, null);
	}

	private Result<Record> run(TestWarehouse warehouse, ChartQuery query, DatasetSchema schema, ChartWindow window) {
		return warehouse.fetch(this.compiler.compile(query, schema, window, warehouse.dialect()));
	}

	private static ChartWindow resolved(TimeWindow window) {
		return window.resolve(WindowAnchor.latestData(LATEST.toInstant(ZoneOffset.UTC))).orElseThrow();
	}

	private static <K> Map<K, Double> column(Result<Record> result, String key, Class<K> keyType, String value) {
		Map<K, Double> values = new LinkedHashMap<>();
		for (Record row : result) {
			values.put(row.get(key, keyType), row.get(value, Double.class));
		}
		return values;
	}

	private static List<EnergyRow> energy() {
		return EvalData.energy();
	}

	// aggregations

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void aggregatesEveryWayPerBuilding(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM)
			.measure("load_kwh", Aggregation.AVG)
			.measure("load_kwh", Aggregation.MIN)
			.measure("load_kwh", Aggregation.MAX)
			.measure("*", Aggregation.COUNT, "rows")
			.measure("solar_kwh", Aggregation.COUNT)
			.measure("price_usd_per_kwh", Aggregation.COUNT_DISTINCT)
			.measure("load_kwh", Aggregation.MEDIAN)
			.measure("load_kwh", Aggregation.P95)
			.build();

		Result<Record> result = run(warehouse, query);

		Map<String, List<Double>> loads = Expected.valuesBy(energy(), EnergyRow::building, EnergyRow::load);
		assertThat(result).hasSize(17);
		for (Record row : result) {
			List<Double> values = loads.get(row.get("building", String.class));
			near(row.get("sum_load_kwh", Double.class), Expected.sum(values));
			near(row.get("avg_load_kwh", Double.class), Expected.avg(values));
			near(row.get("min_load_kwh", Double.class), values.stream().min(Double::compare).orElseThrow());
			near(row.get("max_load_kwh", Double.class), values.stream().max(Double::compare).orElseThrow());
			assertThat(row.get("rows", Long.class)).isEqualTo(values.size());
			assertThat(row.get("count_solar_kwh", Long.class)).isEqualTo(values.size());
			long prices = energy().stream()
				.filter(energyRow -> energyRow.building().equals(row.get("building", String.class)))
				.map(EnergyRow::price)
				.distinct()
				.count();
			assertThat(row.get("count_distinct_price_usd_per_kwh", Long.class)).isEqualTo(prices);
			near(row.get("median_load_kwh", Double.class), Expected.percentileCont(values, 0.5), 1e-6);
			near(row.get("p95_load_kwh", Double.class), Expected.percentileCont(values, 0.95), 1e-6);
		}
		assertThat(result.getValue(0, "sum_load_kwh")).isInstanceOf(Double.class);
		assertThat(result.getValue(0, "rows")).isInstanceOf(Long.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void defaultsToTheFirstMeasureDescendingWithoutTime(TestWarehouse warehouse) {
		Result<Record> result = run(warehouse,
				ChartQuery.on("home_energy").dimension("building").measure("load_kwh", Aggregation.SUM).build());

		List<String> expected = Expected.sumBy(energy(), EnergyRow::building, EnergyRow::load)
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		assertThat(result.getValues("building", String.class)).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void countsDistinctOrdersAndSumsWholeQuantitiesOfTheRestaurant(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("restaurant_order_items")
			.dimension("location")
			.measure("order_id", Aggregation.COUNT_DISTINCT, "orders")
			.measure("quantity", Aggregation.SUM, "units")
			.measure("revenue", Aggregation.SUM, "revenue")
			.build();

		Result<Record> result = run(warehouse, query, EvalData.ORDER_ITEMS, null);

		Map<String, List<ItemRow>> byLocation = EvalData.items()
			.stream()
			.collect(Collectors.groupingBy(ItemRow::location));
		assertThat(result.getValues("location", String.class)).containsExactlyInAnyOrderElementsOf(byLocation.keySet());
		for (Record row : result) {
			List<ItemRow> items = byLocation.get(row.get("location", String.class));
			assertThat(row.get("orders", Long.class))
				.isEqualTo(items.stream().map(ItemRow::orderId).distinct().count());
			assertThat(row.get("units")).isEqualTo(items.stream().mapToLong(ItemRow::quantity).sum());
			near(row.get("revenue", Double.class), items.stream().mapToDouble(ItemRow::revenue).sum());
		}
	}

	// calculated fields

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void sumsACalculatedFieldPerBuilding(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("cost_usd", Aggregation.SUM)
			.measure("net_import_kwh", Aggregation.SUM)
			.measure("cost_cents", Aggregation.MAX)
			.build();

		Result<Record> result = run(warehouse, query);

		nearEach(column(result, "building", String.class, "sum_cost_usd"),
				Expected.sumBy(energy(), EnergyRow::building, row -> row.load() * row.price()), 1e-9);
		nearEach(column(result, "building", String.class, "sum_net_import_kwh"),
				Expected.sumBy(energy(), EnergyRow::building, row -> row.load() - row.solar()), 1e-9);
		Map<String, Double> maxCents = energy().stream()
			.collect(Collectors.groupingBy(EnergyRow::building,
					Collectors.reducing(Double.NEGATIVE_INFINITY, row -> row.load() * row.price() * 100, Math::max)));
		nearEach(column(result, "building", String.class, "max_cost_cents"), maxCents, 1e-9);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void evaluatesCalculatedFieldsAsArithmeticOnly(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.measure("scaled", Aggregation.SUM, "scaled")
			.measure("load_per_nothing", Aggregation.MAX, "divided_by_zero")
			.measure("comment", Aggregation.SUM, "not_a_comment")
			.build();

		Record row = run(warehouse, query).get(0);

		near(row.get("scaled", Double.class), energy().stream().mapToDouble(r -> r.load() * 2.5 - 0.25).sum());
		assertThat(row.get("divided_by_zero")).isNull();
		// "--" is two minus signs here, never a SQL comment
		near(row.get("not_a_comment", Double.class), energy().stream().mapToDouble(r -> r.load() + 2).sum());
	}

	// time

	static Stream<Arguments> grains() {
		return engines()
			.flatMap(warehouse -> Stream.of(TimeGrain.values()).map(grain -> Arguments.of(warehouse, grain)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("grains")
	void truncatesTimeToEveryGrain(TestWarehouse warehouse, TimeGrain grain) {
		ChartQuery query = ChartQuery.on("home_energy").time("ts", grain).measure("load_kwh", Aggregation.SUM).build();

		Result<Record> result = run(warehouse, query);

		Map<LocalDateTime, Double> expected = Expected.sumBy(energy(), row -> bucket(row.ts(), grain), EnergyRow::load);
		Map<LocalDateTime, Double> actual = column(result, "ts", LocalDateTime.class, "sum_load_kwh");
		assertThat(new ArrayList<>(actual.keySet())).containsExactlyElementsOf(expected.keySet());
		nearEach(actual, expected, 1e-9);
	}

	private static LocalDateTime bucket(LocalDateTime ts, TimeGrain grain) {
		LocalDate date = ts.toLocalDate();
		return switch (grain) {
			case MINUTE -> ts.truncatedTo(ChronoUnit.MINUTES);
			case HOUR -> ts.truncatedTo(ChronoUnit.HOURS);
			case DAY -> date.atStartOfDay();
			case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
			case MONTH -> date.withDayOfMonth(1).atStartOfDay();
			case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
			case YEAR -> date.withDayOfYear(1).atStartOfDay();
		};
	}

	static Stream<Arguments> parts() {
		return engines().flatMap(warehouse -> Stream.of(TimePart.values()).map(part -> Arguments.of(warehouse, part)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("parts")
	void groupsByCyclicTimeParts(TestWarehouse warehouse, TimePart part) {
		ChartQuery query = ChartQuery.on("home_energy").time("ts", part).measure("load_kwh", Aggregation.AVG).build();

		Result<Record> result = run(warehouse, query);

		Function<EnergyRow, Long> position = switch (part) {
			case HOUR_OF_DAY -> row -> (long) row.ts().getHour();
			case DAY_OF_WEEK -> row -> (long) row.ts().getDayOfWeek().getValue();
			case MONTH_OF_YEAR -> row -> (long) row.ts().getMonthValue();
		};
		Map<Long, Double> expected = Expected.valuesBy(energy(), position, EnergyRow::load)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Expected.avg(entry.getValue())));
		Map<Long, Double> actual = column(result, part.wire(), Long.class, "avg_load_kwh");
		assertThat(new ArrayList<>(actual.keySet())).isSorted();
		nearEach(actual, expected, 1e-9);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void numbersDaysOfTheWeekFromMondayOne(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimePart.DAY_OF_WEEK)
			.measure("*", Aggregation.COUNT)
			.filter("ts", FilterOp.BETWEEN, List.of("2022-08-01T00:00:00Z", "2022-08-01T23:00:00Z"))
			.build();

		Result<Record> result = run(warehouse, query);

		// 2022-08-01 was a Monday
		assertThat(result.getValues("day_of_week", Long.class)).containsExactly(1L);
		assertThat(result.getValues("count", Long.class)).containsExactly(24L * 17);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void bucketsADateColumnByDay(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("restaurant_orders")
			.time("business_date", TimeGrain.DAY)
			.measure("subtotal", Aggregation.SUM, "sales")
			.filter("business_date", FilterOp.NEQ, "2025-01-02")
			.build();

		Result<Record> result = run(warehouse, query, EvalData.ORDERS, null);

		Map<LocalDateTime, Double> expected = Expected.sumBy(EvalData.orders()
			.stream()
			.filter(order -> !order.businessDate().equals(LocalDate.of(2025, 1, 2)))
			.toList(), order -> order.businessDate().atStartOfDay(), OrderRow::subtotal);
		nearEach(column(result, "business_date", LocalDateTime.class, "sales"), expected, 1e-9);
	}

	// filters

	static Stream<Arguments> filters() {
		List<Arguments> cases = List.of(
				Arguments.of("eq", Filter.of("building", FilterOp.EQ, "Building 3"),
						(Predicate<EnergyRow>) row -> row.building().equals("Building 3")),
				Arguments.of("=", Filter.of("building", FilterOp.of("="), "Building 3"),
						(Predicate<EnergyRow>) row -> row.building().equals("Building 3")),
				Arguments.of("neq", Filter.of("building", FilterOp.NEQ, "Building 3"),
						(Predicate<EnergyRow>) row -> !row.building().equals("Building 3")),
				Arguments.of("!=", Filter.of("building", FilterOp.of("!="), "Building 3"),
						(Predicate<EnergyRow>) row -> !row.building().equals("Building 3")),
				Arguments.of("in", Filter.of("building", FilterOp.IN, List.of("Building 1", "Building 12")),
						(Predicate<EnergyRow>) row -> Set.of("Building 1", "Building 12").contains(row.building())),
				Arguments.of("not_in", Filter.of("building", FilterOp.NOT_IN, List.of("Building 1", "Building 12")),
						(Predicate<EnergyRow>) row -> !Set.of("Building 1", "Building 12").contains(row.building())),
				Arguments.of("between", Filter.of("load_kwh", FilterOp.BETWEEN, List.of(0.5, "1.25")),
						(Predicate<EnergyRow>) row -> row.load() >= 0.5 && row.load() <= 1.25),
				Arguments.of("lt", Filter.of("load_kwh", FilterOp.LT, 0.5),
						(Predicate<EnergyRow>) row -> row.load() < 0.5),
				Arguments.of("<", Filter.of("load_kwh", FilterOp.of("<"), "0.5"),
						(Predicate<EnergyRow>) row -> row.load() < 0.5),
				Arguments.of("lte", Filter.of("price_usd_per_kwh", FilterOp.LTE, 0.22),
						(Predicate<EnergyRow>) row -> row.price() <= 0.22),
				Arguments.of("<=", Filter.of("price_usd_per_kwh", FilterOp.of("<="), 0.22),
						(Predicate<EnergyRow>) row -> row.price() <= 0.22),
				Arguments.of("gt", Filter.of("outdoor_temp_c", FilterOp.GT, 30),
						(Predicate<EnergyRow>) row -> row.temp() > 30),
				Arguments.of(">", Filter.of("outdoor_temp_c", FilterOp.of(">"), "30"),
						(Predicate<EnergyRow>) row -> row.temp() > 30),
				Arguments.of("gte", Filter.of("ts", FilterOp.GTE, "2023-01-01T00:00:00Z"),
						(Predicate<EnergyRow>) row -> !row.ts().isBefore(LocalDateTime.of(2023, 1, 1, 0, 0))),
				Arguments.of(">=", Filter.of("ts", FilterOp.of(">="), "2023-07-01"),
						(Predicate<EnergyRow>) row -> !row.ts().isBefore(LocalDateTime.of(2023, 7, 1, 0, 0))),
				Arguments.of("contains", Filter.of("building", FilterOp.CONTAINS, "building 1"),
						(Predicate<EnergyRow>) row -> row.building().toLowerCase().contains("building 1")),
				Arguments.of("is_null", Filter.of("solar_kwh", FilterOp.IS_NULL, (Object) null),
						(Predicate<EnergyRow>) row -> false),
				Arguments.of("is_not_null", Filter.of("solar_kwh", FilterOp.IS_NOT_NULL, (Object) null),
						(Predicate<EnergyRow>) row -> true),
				Arguments.of("calculated field gt", Filter.of("cost_usd", FilterOp.GT, 0.5),
						(Predicate<EnergyRow>) row -> row.load() * row.price() > 0.5));
		return engines().flatMap(warehouse -> cases.stream()
			.map(filterCase -> Arguments.of(warehouse, filterCase.get()[0], filterCase.get()[1], filterCase.get()[2])));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("filters")
	void filtersWithEveryOperator(TestWarehouse warehouse, String op, Filter filter, Predicate<EnergyRow> expected) {
		ChartQuery query = new ChartQuery("home_energy",
				List.of(ChartQuery.Measure.of("*", Aggregation.COUNT),
						ChartQuery.Measure.of("load_kwh", Aggregation.SUM)),
				null, null, List.of(filter), null, null, null, null, false);

		Result<Record> result = run(warehouse, query);

		List<EnergyRow> matching = energy().stream().filter(expected).toList();
		assertThat(result).hasSize(1);
		assertThat(result.get(0).get("count", Long.class)).isEqualTo(matching.size());
		if (matching.isEmpty()) {
			assertThat(result.get(0).get("sum_load_kwh")).isNull();
		}
		else {
			near(result.get(0).get("sum_load_kwh", Double.class), matching.stream().mapToDouble(EnergyRow::load).sum());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void treatsAnInjectionAttemptAsAPlainValue(TestWarehouse warehouse) {
		warehouse.ctx()
			.createTableIfNotExists(DSL.name("x"))
			.column(DSL.name("id"), org.jooq.impl.SQLDataType.INTEGER)
			.execute();
		ChartQuery query = ChartQuery.on("home_energy")
			.measure("*", Aggregation.COUNT)
			.filter("building", FilterOp.EQ, "'; drop table x; --")
			.filter("building", FilterOp.IN, List.of("Building 1", "x\"); drop table home_energy; --"))
			.build();

		Result<Record> result = run(warehouse, query);

		assertThat(result.get(0).get("count", Long.class)).isZero();
		assertThat(warehouse.ctx().fetchCount(DSL.table(DSL.name("x")))).isZero();
		assertThat(warehouse.ctx().fetchCount(DSL.table(DSL.name("home_energy")))).isEqualTo(148_920);
	}

	// windows

	static Stream<Arguments> relativeWindows() {
		return engines()
			.flatMap(warehouse -> Stream.of(Arguments.of(warehouse, "P7D", LocalDateTime.of(2023, 7, 24, 23, 0)),
					Arguments.of(warehouse, "PT24H", LocalDateTime.of(2023, 7, 30, 23, 0)),
					Arguments.of(warehouse, "P1M", LocalDateTime.of(2023, 6, 30, 23, 0))));
	}

	@ParameterizedTest(name = "{0} last {1}")
	@MethodSource("relativeWindows")
	void anchorsRelativeWindowsAtTheLatestTimestampIncludingItsHour(TestWarehouse warehouse, String last,
			LocalDateTime firstHour) {
		TimeWindow window = TimeWindow.last(last);
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimeGrain.HOUR)
			.measure("load_kwh", Aggregation.SUM)
			.window(window)
			.build();

		Result<Record> result = run(warehouse, query, HOME_ENERGY, resolved(window));

		Map<LocalDateTime, Double> expected = Expected.sumBy(
				energy().stream().filter(row -> !row.ts().isBefore(firstHour)).toList(), EnergyRow::ts,
				EnergyRow::load);
		List<LocalDateTime> hours = result.getValues("ts", LocalDateTime.class);
		assertThat(hours.get(0)).isEqualTo(firstHour);
		assertThat(hours.get(hours.size() - 1)).isEqualTo(LATEST);
		assertThat(hours).hasSize(expected.size());
		nearEach(column(result, "ts", LocalDateTime.class, "sum_load_kwh"), expected, 1e-9);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void appliesAnAbsoluteWindowOfDates(TestWarehouse warehouse) {
		TimeWindow window = new TimeWindow.Absolute(Instant.parse("2023-01-01T00:00:00Z"),
				Instant.parse("2023-02-01T00:00:00Z"));
		ChartQuery query = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM)
			.window(window)
			.build();

		Result<Record> result = run(warehouse, query, HOME_ENERGY, resolved(window));

		List<EnergyRow> january = energy().stream()
			.filter(row -> row.ts().getYear() == 2023 && row.ts().getMonthValue() == 1)
			.toList();
		nearEach(column(result, "building", String.class, "sum_load_kwh"),
				Expected.sumBy(january, EnergyRow::building, EnergyRow::load), 1e-9);
	}

	static Stream<Arguments> periods() {
		Map<String, Predicate<LocalDate>> periods = new LinkedHashMap<>();
		periods.put("today", date -> date.equals(LocalDate.of(2023, 7, 31)));
		periods.put("yesterday", date -> date.equals(LocalDate.of(2023, 7, 30)));
		periods.put("this_week", date -> !date.isBefore(LocalDate.of(2023, 7, 31)));
		periods.put("last_week",
				date -> !date.isBefore(LocalDate.of(2023, 7, 24)) && date.isBefore(LocalDate.of(2023, 7, 31)));
		periods.put("this_month", date -> date.getYear() == 2023 && date.getMonthValue() == 7);
		periods.put("last_month", date -> date.getYear() == 2023 && date.getMonthValue() == 6);
		periods.put("this_year", date -> date.getYear() == 2023);
		periods.put("last_year", date -> date.getYear() == 2022);
		return engines().flatMap(warehouse -> periods.entrySet()
			.stream()
			.map(period -> Arguments.of(warehouse, period.getKey(), period.getValue())));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("periods")
	void appliesCalendarPeriodsInUtc(TestWarehouse warehouse, String period, Predicate<LocalDate> inPeriod) {
		TimeWindow window = TimeWindow.period(TimeWindow.CalendarPeriod.of(period));
		ChartQuery query = ChartQuery.on("home_energy")
			.measure("*", Aggregation.COUNT)
			.measure("load_kwh", Aggregation.SUM)
			.window(window)
			.build();

		Result<Record> result = run(warehouse, query, HOME_ENERGY, resolved(window));

		List<EnergyRow> expected = energy().stream().filter(row -> inPeriod.test(row.ts().toLocalDate())).toList();
		assertThat(expected).isNotEmpty();
		assertThat(result.get(0).get("count", Long.class)).isEqualTo(expected.size());
		near(result.get(0).get("sum_load_kwh", Double.class), expected.stream().mapToDouble(EnergyRow::load).sum());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void keepsTheLastPointsInAscendingOrder(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimeGrain.DAY)
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM)
			.filter("building", FilterOp.IN, List.of("Building 1", "Building 2"))
			.window(TimeWindow.points(3))
			.build();

		Result<Record> result = run(warehouse, query);

		TreeMap<LocalDateTime, Double> daily = new TreeMap<>(
				Expected.sumBy(energy().stream().filter(row -> row.building().equals("Building 2")).toList(),
						row -> row.ts().toLocalDate().atStartOfDay(), EnergyRow::load));
		List<LocalDateTime> lastThree = new ArrayList<>(daily.descendingKeySet()).subList(0, 3);
		lastThree.sort(Comparator.naturalOrder());
		assertThat(result).hasSize(6);
		assertThat(result.getValues("ts", LocalDateTime.class)).isSorted();
		assertThat(result.getValues("ts", LocalDateTime.class).stream().distinct().toList())
			.containsExactlyElementsOf(lastThree);
		for (Record row : result) {
			if (row.get("building").equals("Building 2")) {
				near(row.get("sum_load_kwh", Double.class), daily.get(row.get("ts", LocalDateTime.class)));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void keepsTheLastRawRowsWithoutAggregation(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts")
			.measure("load_kwh", null)
			.measure("cost_usd", null, "cost")
			.filter("building", FilterOp.EQ, "Building 5")
			.window(TimeWindow.points(5))
			.build();

		Result<Record> result = run(warehouse, query);

		List<EnergyRow> building = energy().stream()
			.filter(row -> row.building().equals("Building 5"))
			.sorted(Comparator.comparing(EnergyRow::ts))
			.toList();
		List<EnergyRow> expected = building.subList(building.size() - 5, building.size());
		assertThat(result.getValues("ts", LocalDateTime.class))
			.containsExactlyElementsOf(expected.stream().map(EnergyRow::ts).toList());
		for (int i = 0; i < 5; i++) {
			near(result.get(i).get("load_kwh", Double.class), expected.get(i).load());
			near(result.get(i).get("cost", Double.class), expected.get(i).load() * expected.get(i).price());
		}
	}

	// compare

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void comparesDailyTotalsWithThePreviousPeriod(TestWarehouse warehouse) {
		TimeWindow window = TimeWindow.last("P7D");
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimeGrain.DAY)
			.measure("load_kwh", Aggregation.SUM, "load")
			.window(window)
			.comparedToPreviousPeriod()
			.build();

		Result<Record> result = run(warehouse, query, HOME_ENERGY, resolved(window));

		LocalDateTime from = LocalDateTime.of(2023, 7, 24, 23, 0);
		LocalDateTime previousFrom = from.minusDays(7);
		Map<LocalDateTime, Double> current = Expected.sumBy(
				energy().stream().filter(row -> !row.ts().isBefore(from)).toList(),
				row -> row.ts().toLocalDate().atStartOfDay(), EnergyRow::load);
		Map<LocalDateTime, Double> previous = Expected.sumBy(
				energy().stream().filter(row -> !row.ts().isBefore(previousFrom) && row.ts().isBefore(from)).toList(),
				row -> row.ts().plusDays(7).toLocalDate().atStartOfDay(), EnergyRow::load);
		assertThat(result.getValues("ts", LocalDateTime.class)).containsExactlyElementsOf(current.keySet());
		nearEach(column(result, "ts", LocalDateTime.class, "load"), current, 1e-9);
		nearEach(column(result, "ts", LocalDateTime.class, "load_previous"), previous, 1e-9);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void comparesTotalsWithThePreviousPeriodWithoutTime(TestWarehouse warehouse) {
		TimeWindow window = TimeWindow.period(TimeWindow.CalendarPeriod.LAST_MONTH);
		ChartQuery query = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM, "load")
			.measure("*", Aggregation.COUNT, "hours")
			.window(window)
			.comparedToPreviousPeriod()
			.build();

		Result<Record> result = run(warehouse, query, HOME_ENERGY, resolved(window));

		// June has 30 days: the previous period is the 30 days before,
		// 2023-05-02..2023-05-31
		LocalDateTime june = LocalDateTime.of(2023, 6, 1, 0, 0);
		LocalDateTime july = LocalDateTime.of(2023, 7, 1, 0, 0);
		LocalDateTime may2 = LocalDateTime.of(2023, 5, 2, 0, 0);
		nearEach(column(result, "building", String.class, "load"),
				Expected.sumBy(
						energy().stream().filter(row -> !row.ts().isBefore(june) && row.ts().isBefore(july)).toList(),
						EnergyRow::building, EnergyRow::load),
				1e-9);
		nearEach(column(result, "building", String.class, "load_previous"),
				Expected.sumBy(
						energy().stream().filter(row -> !row.ts().isBefore(may2) && row.ts().isBefore(june)).toList(),
						EnergyRow::building, EnergyRow::load),
				1e-9);
		assertThat(result.getValues("hours_previous", Long.class)).containsOnly(30L * 24);

		Result<Record> total = run(warehouse,
				ChartQuery.on("home_energy")
					.measure("*", Aggregation.COUNT, "hours")
					.window(window)
					.comparedToPreviousPeriod()
					.build(),
				HOME_ENERGY, resolved(window));
		assertThat(total).hasSize(1);
		assertThat(total.get(0).get("hours", Long.class)).isEqualTo(17L * 30 * 24);
		assertThat(total.get(0).get("hours_previous", Long.class)).isEqualTo(17L * 30 * 24);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void comparesTheTopBuildingsAndOthersWithThePreviousPeriod(TestWarehouse warehouse) {
		TimeWindow window = TimeWindow.period(TimeWindow.CalendarPeriod.LAST_MONTH);
		ChartQuery query = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM, "load")
			.window(window)
			.comparedToPreviousPeriod()
			.limit(3)
			.withOthers()
			.build();

		Result<Record> result = run(warehouse, query, HOME_ENERGY, resolved(window));

		LocalDateTime june = LocalDateTime.of(2023, 6, 1, 0, 0);
		LocalDateTime may2 = LocalDateTime.of(2023, 5, 2, 0, 0);
		List<EnergyRow> current = energy().stream()
			.filter(row -> !row.ts().isBefore(june) && row.ts().isBefore(june.plusMonths(1)))
			.toList();
		List<EnergyRow> previous = energy().stream()
			.filter(row -> !row.ts().isBefore(may2) && row.ts().isBefore(june))
			.toList();
		List<String> top = Expected.sumBy(current, EnergyRow::building, EnergyRow::load)
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(3)
			.map(Map.Entry::getKey)
			.toList();
		Function<EnergyRow, String> label = row -> top.contains(row.building()) ? row.building() : "Others";
		assertThat(result.getValues("building", String.class)).containsExactly(top.get(0), top.get(1), top.get(2),
				"Others");
		nearEach(column(result, "building", String.class, "load"), Expected.sumBy(current, label, EnergyRow::load),
				1e-9);
		nearEach(column(result, "building", String.class, "load_previous"),
				Expected.sumBy(previous, label, EnergyRow::load), 1e-9);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void comparesHoursOfTheDayWithTheSameHoursOfThePreviousPeriod(TestWarehouse warehouse) {
		TimeWindow window = TimeWindow.last("P7D");
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimePart.HOUR_OF_DAY)
			.measure("load_kwh", Aggregation.AVG, "load")
			.window(window)
			.comparedToPreviousPeriod()
			.build();

		Result<Record> result = run(warehouse, query, HOME_ENERGY, resolved(window));

		LocalDateTime from = LocalDateTime.of(2023, 7, 24, 23, 0);
		Map<Long, Double> current = averageByHour(energy().stream().filter(row -> !row.ts().isBefore(from)).toList());
		Map<Long, Double> previous = averageByHour(energy().stream()
			.filter(row -> !row.ts().isBefore(from.minusDays(7)) && row.ts().isBefore(from))
			.toList());
		assertThat(result).hasSize(24);
		nearEach(column(result, "hour_of_day", Long.class, "load"), current, 1e-9);
		nearEach(column(result, "hour_of_day", Long.class, "load_previous"), previous, 1e-9);
	}

	private static Map<Long, Double> averageByHour(List<EnergyRow> rows) {
		return Expected.valuesBy(rows, row -> (long) row.ts().getHour(), EnergyRow::load)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Expected.avg(entry.getValue())));
	}

	// sort, limit, top N and others

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void sortsByAnOutputColumnAndLimits(TestWarehouse warehouse) {
		ChartQuery byLoad = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM, "load")
			.sort("load", SortDirection.ASC)
			.limit(3)
			.build();
		ChartQuery byName = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM, "load")
			.sort("building", SortDirection.DESC)
			.limit(4)
			.build();

		Map<String, Double> totals = Expected.sumBy(energy(), EnergyRow::building, EnergyRow::load);
		assertThat(run(warehouse, byLoad).getValues("building", String.class))
			.containsExactlyElementsOf(totals.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.limit(3)
				.map(Map.Entry::getKey)
				.toList());
		assertThat(run(warehouse, byName).getValues("building", String.class))
			.containsExactlyElementsOf(totals.keySet().stream().sorted(Comparator.reverseOrder()).limit(4).toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void keepsTheTopBuildingsAndAddsTheRestAsOthers(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.dimension("building")
			.measure("load_kwh", Aggregation.SUM, "load")
			.measure("*", Aggregation.COUNT, "hours")
			.limit(5)
			.withOthers()
			.build();

		Result<Record> result = run(warehouse, query);

		List<Map.Entry<String, Double>> ranked = Expected.sumBy(energy(), EnergyRow::building, EnergyRow::load)
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.toList();
		List<String> expectedNames = new ArrayList<>(ranked.subList(0, 5).stream().map(Map.Entry::getKey).toList());
		expectedNames.add("Others");
		assertThat(result.getValues("building", String.class)).containsExactlyElementsOf(expectedNames);
		double rest = ranked.subList(5, ranked.size()).stream().mapToDouble(Map.Entry::getValue).sum();
		near(result.get(5).get("load", Double.class), rest);
		assertThat(result.get(5).get("hours", Long.class)).isEqualTo(12L * 8760);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void keepsTheTopSeriesPerMonthAndAddsAnOthersSeries(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimeGrain.MONTH)
			.dimension("building")
			.measure("solar_kwh", Aggregation.SUM, "solar")
			.limit(3)
			.withOthers()
			.build();

		Result<Record> result = run(warehouse, query);

		List<String> top = Expected.sumBy(energy(), EnergyRow::building, EnergyRow::solar)
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(3)
			.map(Map.Entry::getKey)
			.toList();
		Map<String, Double> expected = Expected.sumBy(energy(), row -> row.ts().toLocalDate().withDayOfMonth(1) + " "
				+ (top.contains(row.building()) ? row.building() : "Others"), EnergyRow::solar);
		Map<String, Double> actual = new HashMap<>();
		for (Record row : result) {
			actual.put(row.get("ts", LocalDateTime.class).toLocalDate() + " " + row.get("building", String.class),
					row.get("solar", Double.class));
		}
		nearEach(actual, expected, 1e-9);
		assertThat(result.getValues("ts", LocalDateTime.class)).isSorted();
		assertThat(result.get(3).get("building")).isEqualTo("Others");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void limitsTheSeriesOfATimeSeriesWithoutOthers(TestWarehouse warehouse) {
		ChartQuery query = ChartQuery.on("home_energy")
			.time("ts", TimeGrain.QUARTER)
			.dimension("building")
			.measure("load_kwh", Aggregation.AVG, "load")
			.sort("load", SortDirection.ASC)
			.limit(2)
			.build();

		Result<Record> result = run(warehouse, query);

		List<String> lowest = Expected.valuesBy(energy(), EnergyRow::building, EnergyRow::load)
			.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble(entry -> Expected.avg(entry.getValue())))
			.limit(2)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(result.getValues("building", String.class)).containsOnlyElementsOf(lowest);
		assertThat(result).hasSize(2 * 5);
	}

}
