package dev.gridsight.chart.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;

/**
 * The shared evaluation data ({@code ../shared/eval/data}), read twice: into the
 * warehouses by their own loaders, and here into Java rows from which the tests compute
 * every expected result independently of SQL.
 */
final class EvalData {

	static final Path DIR = Path.of("..", "shared", "eval", "data");

	static final DatasetSchema HOME_ENERGY = new DatasetSchema(UUID.randomUUID(), UUID.randomUUID(), "home_energy",
			"home_energy",
			List.of(DatasetColumn.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIME),
					DatasetColumn.of("building", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					new DatasetColumn("load_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE, "kWh", null,
							List.of("consumption", "demand")),
					DatasetColumn.of("solar_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE),
					DatasetColumn.of("price_usd_per_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE),
					DatasetColumn.of("carbon_kg_per_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE),
					DatasetColumn.of("outdoor_temp_c", ColumnType.DOUBLE, ColumnRole.MEASURE)),
			List.of(new CalculatedField("cost_usd", "load_kwh * price_usd_per_kwh"),
					new CalculatedField("net_import_kwh", "-(solar_kwh - load_kwh)"),
					new CalculatedField("cost_cents", "cost_usd * 100"),
					new CalculatedField("scaled", "\"load_kwh\" * 2.5e0 - .5 / (4 - 2)"),
					new CalculatedField("load_per_nothing", "load_kwh / (price_usd_per_kwh - price_usd_per_kwh)"),
					new CalculatedField("unbalanced", "(load_kwh * 2"),
					new CalculatedField("text_in_math", "building * 2"),
					new CalculatedField("string_literal", "load_kwh * '2'"),
					new CalculatedField("misspelt", "lod_kwh * 2"), new CalculatedField("comment", "load_kwh -- 2"),
					new CalculatedField("bad_call", "abs(load_kwh)"),
					new CalculatedField("bad_semicolon", "load_kwh; drop table x"),
					new CalculatedField("loop_a", "loop_b + 1"), new CalculatedField("loop_b", "loop_a * 2")),
			false, 1);

	static final DatasetSchema ORDERS = new DatasetSchema(UUID.randomUUID(), UUID.randomUUID(), "restaurant_orders",
			"restaurant_orders",
			List.of(DatasetColumn.of("order_id", ColumnType.VARCHAR, ColumnRole.ID),
					DatasetColumn.of("source", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("location", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("channel", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("ordered_at", ColumnType.TIMESTAMP, ColumnRole.TIME),
					DatasetColumn.of("business_date", ColumnType.DATE, ColumnRole.DIMENSION),
					new DatasetColumn("subtotal", ColumnType.DOUBLE, ColumnRole.MEASURE, "USD", null, List.of("sales")),
					DatasetColumn.of("tax", ColumnType.DOUBLE, ColumnRole.MEASURE),
					DatasetColumn.of("tip", ColumnType.DOUBLE, ColumnRole.MEASURE),
					DatasetColumn.of("total", ColumnType.DOUBLE, ColumnRole.MEASURE),
					DatasetColumn.of("payment_method", ColumnType.VARCHAR, ColumnRole.DIMENSION)),
			List.of(), false, 1);

	static final DatasetSchema ORDER_ITEMS = new DatasetSchema(UUID.randomUUID(), UUID.randomUUID(),
			"restaurant_order_items", "restaurant_order_items",
			List.of(DatasetColumn.of("order_id", ColumnType.VARCHAR, ColumnRole.ID),
					DatasetColumn.of("source", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("location", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("channel", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("ordered_at", ColumnType.TIMESTAMP, ColumnRole.TIME),
					DatasetColumn.of("business_date", ColumnType.DATE, ColumnRole.DIMENSION),
					DatasetColumn.of("item", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("category", ColumnType.VARCHAR, ColumnRole.DIMENSION),
					DatasetColumn.of("quantity", ColumnType.BIGINT, ColumnRole.MEASURE),
					DatasetColumn.of("revenue", ColumnType.DOUBLE, ColumnRole.MEASURE)),
			List.of(), false, 1);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static List<EnergyRow> energy;

	private static List<OrderRow> orders;

	private static List<ItemRow> items;

	private EvalData() {
	}

	static void loadInto(TestWarehouse warehouse) {
		warehouse.loadCsv("home_energy", DIR.resolve("home_energy.csv"), HOME_ENERGY.columns());
		warehouse.loadCsv("restaurant_orders", DIR.resolve("restaurant_orders.csv"), ORDERS.columns());
		warehouse.loadCsv("restaurant_order_items", DIR.resolve("restaurant_order_items.csv"), ORDER_ITEMS.columns());
	}

	static synchronized List<EnergyRow> energy() {
		if (energy == null) {
			energy = read("home_energy.csv",
					f -> new EnergyRow(LocalDateTime.parse(f[0], TIMESTAMP), f[1], Double.parseDouble(f[2]),
							Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
							Double.parseDouble(f[6])));
		}
		return energy;
	}

	static synchronized List<OrderRow> orders() {
		if (orders == null) {
			orders = read("restaurant_orders.csv",
					f -> new OrderRow(f[0], f[1], f[2], f[3], LocalDateTime.parse(f[4], TIMESTAMP),
							LocalDate.parse(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
							Double.parseDouble(f[8]), Double.parseDouble(f[9]), f[10]));
		}
		return orders;
	}

	static synchronized List<ItemRow> items() {
		if (items == null) {
			items = read("restaurant_order_items.csv",
					f -> new ItemRow(f[0], f[1], f[2], f[3], LocalDateTime.parse(f[4], TIMESTAMP),
							LocalDate.parse(f[5]), f[6], f[7], Long.parseLong(f[8]), Double.parseDouble(f[9])));
		}
		return items;
	}

	private static <T> List<T> read(String file, Function<String[], T> row) {
		try {
			// the files have no quoted fields; the first line is the header
			List<String> lines = Files.readAllLines(DIR.resolve(file));
			return lines.subList(1, lines.size())
				.stream()
				.filter(line -> !line.isBlank())
				.map(line -> row.apply(line.split(",", -1)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the shared evaluation data is missing: " + DIR.toAbsolutePath(), ex);
		}
	}

	record EnergyRow(LocalDateTime ts, String building, double load, double solar, double price, double carbon,
			double temp) {
	}

	record OrderRow(String orderId, String source, String location, String channel, LocalDateTime orderedAt,
			LocalDate businessDate, double subtotal, double tax, double tip, double total, String paymentMethod) {
	}

	record ItemRow(String orderId, String source, String location, String channel, LocalDateTime orderedAt,
			LocalDate businessDate, String item, String category, long quantity, double revenue) {
	}

}
