package dev.gridsight.energy.internal.data;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.energy.internal.site.Signal;
import dev.gridsight.energy.internal.site.SiteModel;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;

/**
 * Reads a site's signals from the catalog onto a regular grid of steps, for a user who
 * may read the datasets: rows averaged within a step, a coarser row held over the steps
 * it covers, a step with no row left as NaN (the caller decides what a gap means). Names
 * reach SQL only after the catalog has confirmed them.
 */
@Component
public class SiteDataReader {

	/** The most rows one signal read returns: two years of 15-minute data. */
	static final int ROW_CAP = 80_000;

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final Catalog catalog;

	public SiteDataReader(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The first and last timestamps of the site's dataset. */
	public Extent extent(UUID userId, UUID workspaceId, SiteModel model) {
		DatasetSchema schema = dataset(userId, workspaceId, model.dataset(), "model.dataset");
		Field<LocalDateTime> time = timeField(schema, model.time(), "model.time");
		TabularData rows = catalog.select(userId, schema,
				dialect -> DSL.using(dialect)
					.select(DSL.min(time).as("first"), DSL.max(time).as("last"), DSL.count().as("n"))
					.from(DSL.table(DSL.name(schema.table()))),
				new Catalog.ReadBudget(1, TIMEOUT));
		List<Object> row = rows.rows().get(0);
		if (row.get(0) == null) {
			throw new InvalidInput("Dataset '" + schema.name() + "' has no rows: the site has no history.");
		}
		return new Extent(parse(row.get(0)), parse(row.get(1)), ((Number) row.get(2)).longValue());
	}

	/**
	 * The signal's values on {@code steps} steps of {@code step} from {@code from}, in
	 * the signal's own unit; NaN where no row covers a step. A constant fills every step.
	 */
	public double[] numbers(UUID userId, UUID workspaceId, SiteModel model, Signal signal, LocalDateTime from,
			int steps, Duration step, String where) {
		double[] values = new double[steps];
		if (!signal.isColumn()) {
			Arrays.fill(values, signal.value());
			return values;
		}
		Rows rows = read(userId, workspaceId, model, signal, from, steps, step, where, true);
		double[] sums = new double[steps];
		int[] counts = new int[steps];
		Duration dataStep = model.step();
		int lastBucket = -1;
		LocalDateTime lastTime = null;
		double lastValue = Double.NaN;
		for (int r = 0; r < rows.times.length; r++) {
			Object raw = rows.values[r];
			if (!(raw instanceof Number number) || !Double.isFinite(number.doubleValue())) {
				continue;
			}
			int bucket = bucket(from, step, rows.times[r]);
			if (bucket < 0 || bucket >= steps) {
				continue;
			}
			// a coarser row (hourly data, 15-minute steps) covers the steps until the
			// next
			fillHeld(sums, counts, lastBucket, bucket, lastTime, lastValue, from, step, dataStep);
			sums[bucket] += number.doubleValue();
			counts[bucket]++;
			lastBucket = bucket;
			lastTime = rows.times[r];
			lastValue = number.doubleValue();
		}
		fillHeld(sums, counts, lastBucket, steps, lastTime, lastValue, from, step, dataStep);
		for (int i = 0; i < steps; i++) {
			values[i] = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
		}
		return values;
	}

	/**
	 * Checks every column the site binds without reading rows: its dataset exists and may
	 * be read, the column exists, holds numbers where a number is meant, and its unit in
	 * the catalog is the one the site writes.
	 */
	public void checkBindings(UUID userId, UUID workspaceId, SiteModel model) {
		DatasetSchema main = dataset(userId, workspaceId, model.dataset(), "model.dataset");
		timeField(main, model.time(), "model.time");
		for (Map.Entry<String, Signal> bound : model.boundSignals().entrySet()) {
			Signal signal = bound.getValue();
			if (!signal.isColumn()) {
				continue;
			}
			DatasetSchema schema = signal.dataset() == null ? main
					: dataset(userId, workspaceId, signal.dataset(), bound.getKey());
			timeField(schema, model.time(), bound.getKey());
			DatasetColumn column = column(schema, signal.column(), bound.getKey());
			boolean text = bound.getKey().endsWith(".status");
			if (!text) {
				checkNumeric(schema, column, signal, bound.getKey());
			}
			for (String filter : signal.filter().keySet()) {
				column(schema, filter, bound.getKey() + ".filter");
			}
		}
	}

	private static void checkNumeric(DatasetSchema schema, DatasetColumn column, Signal signal, String where) {
		if (!isNumber(column.type())) {
			throw new InvalidInput(where + ": column '" + column.name() + "' of " + schema.name() + " holds "
					+ column.type().name().toLowerCase(Locale.ROOT) + ", not numbers.");
		}
		if (column.unit() != null && !column.unit().isBlank() && signal.unit() != null
				&& !sameUnit(column.unit(), signal.unit())) {
			throw new InvalidInput(where + ": column '" + column.name() + "' is in " + column.unit()
					+ " in the catalog, but the site says " + signal.unit()
					+ ". Fix the unit in the site model or in the catalog.");
		}
	}

	/** A text signal (a status column): the last text of each step, null where none. */
	public String[] texts(UUID userId, UUID workspaceId, SiteModel model, Signal signal, LocalDateTime from, int steps,
			Duration step, String where) {
		String[] values = new String[steps];
		Rows rows = read(userId, workspaceId, model, signal, from, steps, step, where, false);
		for (int r = 0; r < rows.times.length; r++) {
			int bucket = bucket(from, step, rows.times[r]);
			if (bucket >= 0 && bucket < steps && rows.values[r] != null) {
				values[bucket] = rows.values[r].toString().trim().toLowerCase(Locale.ROOT);
			}
		}
		return values;
	}

	private static void fillHeld(double[] sums, int[] counts, int lastBucket, int untilBucket, LocalDateTime lastTime,
			double lastValue, LocalDateTime from, Duration step, Duration dataStep) {
		if (lastTime == null) {
			return;
		}
		LocalDateTime covered = lastTime.plus(dataStep);
		for (int b = lastBucket + 1; b < untilBucket && b < sums.length; b++) {
			if (!from.plus(step.multipliedBy(b)).isBefore(covered)) {
				break;
			}
			if (counts[b] == 0) {
				sums[b] = lastValue;
				counts[b] = 1;
			}
		}
	}

	private static int bucket(LocalDateTime from, Duration step, LocalDateTime time) {
		long seconds = Duration.between(from, time).getSeconds();
		return (int) Math.floorDiv(seconds, step.getSeconds());
	}

	private Rows read(UUID userId, UUID workspaceId, SiteModel model, Signal signal, LocalDateTime from, int steps,
			Duration step, String where, boolean numeric) {
		String datasetName = signal.dataset() == null ? model.dataset() : signal.dataset();
		DatasetSchema schema = dataset(userId, workspaceId, datasetName, where);
		Field<LocalDateTime> time = timeField(schema, model.time(), where);
		DatasetColumn column = column(schema, signal.column(), where);
		if (numeric) {
			checkNumeric(schema, column, signal, where);
		}
		Condition condition = time.ge(from).and(time.lt(from.plus(step.multipliedBy(steps))));
		for (Map.Entry<String, String> filter : signal.filter().entrySet()) {
			DatasetColumn filterColumn = column(schema, filter.getKey(), where + ".filter");
			condition = condition.and(filterCondition(filterColumn, filter.getValue(), where));
		}
		Condition where_ = condition;
		Field<Object> value = DSL.field(DSL.name(column.name()));
		TabularData data = catalog.select(userId, schema,
				dialect -> DSL.using(dialect)
					.select(time, value)
					.from(DSL.table(DSL.name(schema.table())))
					.where(where_)
					.orderBy(time),
				new Catalog.ReadBudget(ROW_CAP, TIMEOUT));
		if (data.truncated()) {
			throw new InvalidInput(where + ": more than " + ROW_CAP + " rows in the period; plan a shorter period "
					+ "or filter the signal (filter: {column: value}).");
		}
		LocalDateTime[] times = new LocalDateTime[data.rows().size()];
		Object[] values = new Object[times.length];
		for (int r = 0; r < times.length; r++) {
			times[r] = parse(data.rows().get(r).get(0));
			values[r] = data.rows().get(r).get(1);
		}
		return new Rows(times, values);
	}

	private static Condition filterCondition(DatasetColumn column, String value, String where) {
		Field<Object> field = DSL.field(DSL.name(column.name()));
		if (isNumber(column.type())) {
			try {
				return field.eq(Double.parseDouble(value));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInput(where + ".filter." + column.name() + ": '" + value + "' is not a number.");
			}
		}
		return field.eq(value);
	}

	private DatasetSchema dataset(UUID userId, UUID workspaceId, String name, String where) {
		try {
			return catalog.readableByName(workspaceId, name, userId);
		}
		catch (NotFound ex) {
			throw new InvalidInput(where + ": the site is bound to dataset '" + name
					+ "', which this workspace does not have (or you may not read it).");
		}
	}

	private static Field<LocalDateTime> timeField(DatasetSchema schema, String name, String where) {
		DatasetColumn column = column(schema, name, where);
		if (column.type() != ColumnType.TIMESTAMP && column.type() != ColumnType.DATE) {
			throw new InvalidInput(where + ": column '" + name + "' of " + schema.name()
					+ " is not a timestamp; the site's time column must be one.");
		}
		return DSL.field(DSL.name(column.name()), SQLDataType.LOCALDATETIME);
	}

	private static DatasetColumn column(DatasetSchema schema, String name, String where) {
		return schema.column(name)
			.orElseThrow(() -> new InvalidInput(
					where + ": dataset " + schema.name() + " has no column '" + name + "'. Its columns: "
							+ String.join(", ", schema.columns().stream().map(DatasetColumn::name).toList()) + "."));
	}

	private static boolean isNumber(ColumnType type) {
		return type == ColumnType.DOUBLE || type == ColumnType.BIGINT;
	}

	private static boolean sameUnit(String a, String b) {
		return a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
	}

	static LocalDateTime parse(Object value) {
		String text = value.toString();
		if (text.length() == 10) {
			return java.time.LocalDate.parse(text).atStartOfDay();
		}
		if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
			return java.time.OffsetDateTime.parse(text)
				.withOffsetSameInstant(java.time.ZoneOffset.UTC)
				.toLocalDateTime();
		}
		return LocalDateTime.parse(text.replace(' ', 'T'));
	}

	private record Rows(LocalDateTime[] times, Object[] values) {
	}

	/** A dataset's first and last timestamps and its row count. */
	public record Extent(LocalDateTime first, LocalDateTime last, long rows) {
	}

}
