package dev.gridsight.assistant.internal.builtin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;

/**
 * Catalog vocabularies for the matcher's tests: the shared evaluation datasets with their
 * real headers and the distinct values of their text columns, and a made-up sensor
 * dataset with names of another trade.
 */
final class Vocabularies {

	private static final Path DATA = Path.of("..", "shared", "eval", "data");

	private static final UUID WORKSPACE = UUID.randomUUID();

	private Vocabularies() {
	}

	static DatasetVocabulary homeEnergy() {
		List<DatasetColumn> columns = List.of(column("ts", ColumnType.TIMESTAMP, ColumnRole.TIME, null),
				column("building", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
				column("load_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE, "kWh"),
				column("solar_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE, "kWh"),
				column("price_usd_per_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE, "USD/kWh"),
				column("carbon_kg_per_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE, "kg/kWh"),
				column("outdoor_temp_c", ColumnType.DOUBLE, ColumnRole.MEASURE, "°C"));
		return fromCsv("home_energy", columns,
				List.of(new CalculatedField("cost_usd", "load_kwh * price_usd_per_kwh", "USD", null)));
	}

	static DatasetVocabulary orders() {
		return orders(List.of(), List.of());
	}

	/** The orders with synonyms a catalog editor gave two money columns. */
	static DatasetVocabulary orders(List<String> subtotalSynonyms, List<String> totalSynonyms) {
		List<DatasetColumn> columns = withOrderColumns(
				new DatasetColumn("subtotal", ColumnType.DOUBLE, ColumnRole.MEASURE, "USD", null, subtotalSynonyms),
				column("tax", ColumnType.DOUBLE, ColumnRole.MEASURE, "USD"),
				column("tip", ColumnType.DOUBLE, ColumnRole.MEASURE, "USD"),
				new DatasetColumn("total", ColumnType.DOUBLE, ColumnRole.MEASURE, "USD", null, totalSynonyms),
				column("payment_method", ColumnType.VARCHAR, ColumnRole.DIMENSION, null));
		return fromCsv("restaurant_orders", columns, List.of());
	}

	static DatasetVocabulary orderItems() {
		List<DatasetColumn> columns = withOrderColumns(column("item", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
				column("category", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
				column("quantity", ColumnType.BIGINT, ColumnRole.MEASURE, null),
				column("revenue", ColumnType.DOUBLE, ColumnRole.MEASURE, "USD"));
		return fromCsv("restaurant_order_items", columns, List.of());
	}

	/**
	 * Not from the evaluation: other names, other units, a synonym and a typo-prone site.
	 */
	static DatasetVocabulary sensors() {
		DatasetSchema schema = new DatasetSchema(UUID.randomUUID(), WORKSPACE, "plant_sensors", "plant_sensors",
				List.of(column("reading_time", ColumnType.TIMESTAMP, ColumnRole.TIME, null),
						column("sensor_id", ColumnType.VARCHAR, ColumnRole.ID, null),
						column("site", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
						column("line", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
						new DatasetColumn("throughput_tph", ColumnType.DOUBLE, ColumnRole.MEASURE, "t/h", null,
								List.of("production rate")),
						column("bearing_temperature_c", ColumnType.DOUBLE, ColumnRole.MEASURE, "°C"),
						column("vibration_mm_s", ColumnType.DOUBLE, ColumnRole.MEASURE, "mm/s")),
				List.of(new CalculatedField("energy_per_tonne", "1 / throughput_tph", "kWh/t", null)), true, 1);
		return new DatasetVocabulary(schema, Map.of("site", List.of("Rotterdam North", "Rotterdam South", "Gent"),
				"line", List.of("Line 1", "Line 2", "Line 12", "Packaging")));
	}

	/** The same words under another dataset name. */
	static DatasetVocabulary renamed(DatasetVocabulary vocabulary, String name) {
		DatasetSchema schema = vocabulary.schema();
		return new DatasetVocabulary(new DatasetSchema(UUID.randomUUID(), WORKSPACE, name, name, schema.columns(),
				schema.calculatedFields(), schema.live(), 1), vocabulary.values());
	}

	/**
	 * The dataset as the engine knows it: for an evaluation file, its row count and
	 * latest timestamp as the file has them.
	 */
	static KnownDataset known(DatasetVocabulary vocabulary) {
		Path file = DATA.resolve(vocabulary.schema().name() + ".csv");
		if (!Files.exists(file)) {
			return new KnownDataset(vocabulary, 1000, java.time.Instant.parse("2024-03-31T23:00:00Z"));
		}
		List<String> lines = read(vocabulary.schema().name());
		String time = vocabulary.schema().timeColumn().map(DatasetColumn::name).orElseThrow();
		int at = List.of(lines.get(0).split(",")).indexOf(time);
		String latest = lines.stream()
			.skip(1)
			.map(line -> line.split(",", -1)[at])
			.max(String::compareTo)
			.orElseThrow();
		return new KnownDataset(vocabulary, lines.size() - 1,
				java.time.LocalDateTime.parse(latest.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC));
	}

	private static List<String> read(String name) {
		try {
			return Files.readAllLines(DATA.resolve(name + ".csv"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Both restaurant files start with the order's own columns. */
	private static List<DatasetColumn> withOrderColumns(DatasetColumn... rest) {
		List<DatasetColumn> columns = new ArrayList<>(
				List.of(column("order_id", ColumnType.VARCHAR, ColumnRole.ID, null),
						column("source", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
						column("location", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
						column("channel", ColumnType.VARCHAR, ColumnRole.DIMENSION, null),
						column("ordered_at", ColumnType.TIMESTAMP, ColumnRole.TIME, null),
						column("business_date", ColumnType.DATE, ColumnRole.DIMENSION, null)));
		columns.addAll(List.of(rest));
		return columns;
	}

	private static DatasetColumn column(String name, ColumnType type, ColumnRole role, String unit) {
		return new DatasetColumn(name, type, role, unit, null, List.of());
	}

	/** The distinct values of the text dimension columns, as the caller reads them. */
	private static DatasetVocabulary fromCsv(String name, List<DatasetColumn> columns, List<CalculatedField> fields) {
		List<String> lines = read(name);
		List<String> header = List.of(lines.get(0).split(","));
		Map<String, Set<String>> values = new LinkedHashMap<>();
		for (DatasetColumn column : columns) {
			if (column.role() == ColumnRole.DIMENSION && column.type() == ColumnType.VARCHAR) {
				values.put(column.name(), new LinkedHashSet<>());
			}
		}
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			values.forEach((column, distinct) -> distinct.add(cells[header.indexOf(column)]));
		}
		Map<String, List<String>> lists = new LinkedHashMap<>();
		values.forEach((column, distinct) -> lists.put(column, new ArrayList<>(distinct)));
		return new DatasetVocabulary(
				new DatasetSchema(UUID.randomUUID(), WORKSPACE, name, name, columns, fields, false, 1), lists);
	}

}
