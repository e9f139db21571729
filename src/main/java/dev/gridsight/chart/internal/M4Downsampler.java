package dev.gridsight.chart.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.WindowSpecificationOrderByStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import dev.gridsight.catalog.ColumnType;
import dev.gridsight.chart.ChartWindow;

/**
 * M4 downsampling in SQL (Jugel et al., VLDB 2014): the window is cut into {@code budget}
 * equal pixel columns, and per series and column only the rows holding the first and last
 * timestamp and the minimum and maximum of each measure are kept, so a line drawn from
 * them looks the same as from every row, extremes included. A series of at most
 * {@code budget} points is returned whole.
 *
 * <p>
 * Per series the result has at most {@code (2 + 2 × measures) × budget} rows: four per
 * pixel column with one measure. Rows holding several roles (the first row is also the
 * minimum) appear once.
 */
public final class M4Downsampler {

	public static final int DEFAULT_BUDGET = 2_000;

	public static final int MAX_BUDGET = 100_000;

	/** The trailing column of the result: the series' point count before downsampling. */
	public static final String SERIES_POINTS = "__series_points";

	/**
	 * @param series a compiled query whose first column is a time axis (a bucket or raw
	 * timestamps); its dimensions are the series keys, its measures the values
	 * @param window the window the series covers; pixel columns divide it evenly
	 * @param budget pixel columns per series
	 */
	public DownsampledQuery downsample(CompiledQuery series, ChartWindow window, int budget) {
		if (!series.isTimeSeries()) {
			throw new IllegalArgumentException("M4 needs a time series: the first column must be a time axis");
		}
		if (budget < 1 || budget > MAX_BUDGET) {
			throw new IllegalArgumentException("budget must be between 1 and " + MAX_BUDGET + ": " + budget);
		}
		DSLContext ctx = WarehouseFunctions.context(series.dialect());
		WarehouseFunctions functions = WarehouseFunctions.of(series.dialect());
		List<OutputColumn> columns = series.columns();
		OutputColumn timeColumn = columns.get(0);

		Table<?> s = series.select().asTable("s");
		Field<LocalDateTime> time = timestamp(s, timeColumn);
		List<Field<?>> keys = new ArrayList<>();
		List<SelectFieldOrAsterisk> l1Fields = new ArrayList<>();
		for (OutputColumn column : columns) {
			l1Fields.add(s.field(column.name()));
			if (column.kind() == OutputColumn.Kind.DIMENSION) {
				keys.add(s.field(column.name()));
			}
		}
		double fromEpoch = window.from().getEpochSecond() + window.from().getNano() / 1e9;
		double width = (window.length().getSeconds() + window.length().getNano() / 1e9) / budget;
		Field<Double> offset = functions.epochSeconds(time).minus(DSL.val(fromEpoch)).divide(DSL.val(width));
		l1Fields.add(DSL.floor(offset).cast(SQLDataType.BIGINT).as("__px"));
		Field<Integer> seriesPoints = keys.isEmpty() ? DSL.count().over() : DSL.count().over(DSL.partitionBy(keys));
		l1Fields.add(seriesPoints.cast(SQLDataType.BIGINT).as("__points"));
		Table<?> l1 = ctx.select(l1Fields).from(s).asTable("l1");

		List<Field<?>> pixelKeys = new ArrayList<>();
		for (Field<?> key : keys) {
			pixelKeys.add(l1.field(key.getName()));
		}
		pixelKeys.add(l1.field("__px"));
		Field<?> l1Time = l1.field(timeColumn.name());
		List<SelectFieldOrAsterisk> l2Fields = new ArrayList<>();
		for (OutputColumn column : columns) {
			l2Fields.add(l1.field(column.name()));
		}
		l2Fields.add(l1.field("__points"));
		List<String> roles = new ArrayList<>();
		l2Fields.add(rowNumber(pixelKeys, l1Time.asc()).as(role(roles, "__first")));
		l2Fields.add(rowNumber(pixelKeys, l1Time.desc()).as(role(roles, "__last")));
		int measure = 0;
		for (OutputColumn column : columns) {
			if (column.kind() == OutputColumn.Kind.MEASURE || column.kind() == OutputColumn.Kind.PREVIOUS_MEASURE) {
				Field<?> value = l1.field(column.name());
				l2Fields.add(
						rowNumber(pixelKeys, value.asc().nullsLast(), l1Time.asc()).as(role(roles, "__min" + measure)));
				l2Fields.add(rowNumber(pixelKeys, value.desc().nullsLast(), l1Time.asc())
					.as(role(roles, "__max" + measure)));
				measure++;
			}
		}
		if (measure == 0) {
			throw new IllegalArgumentException("M4 needs at least one measure");
		}
		Table<?> l2 = ctx.select(l2Fields).from(l1).asTable("l2");

		Field<Long> points = l2.field("__points", Long.class);
		Condition kept = points.le((long) budget);
		for (String role : roles) {
			kept = kept.or(l2.field(role, Long.class).eq(1L));
		}
		List<SelectFieldOrAsterisk> outFields = new ArrayList<>();
		List<SortField<?>> order = new ArrayList<>();
		for (OutputColumn column : columns) {
			Field<?> field = DSL.field(DSL.name("l2", column.name()), DatasetFields.dataType(column.type()));
			outFields.add(field);
			if (column.kind() == OutputColumn.Kind.DIMENSION) {
				order.add(field.asc().nullsLast());
			}
		}
		order.add(l2.field(timeColumn.name()).asc());
		outFields.add(points.as(SERIES_POINTS));
		return new DownsampledQuery(ctx.select(outFields).from(l2).where(kept).orderBy(order), columns, budget);
	}

	private static String role(List<String> roles, String name) {
		roles.add(name);
		return name;
	}

	private static Field<LocalDateTime> timestamp(Table<?> s, OutputColumn time) {
		if (time.type() == ColumnType.DATE) {
			return s.field(time.name()).cast(SQLDataType.LOCALDATETIME);
		}
		return s.field(time.name(), LocalDateTime.class);
	}

	private static Field<Integer> rowNumber(List<Field<?>> keys, OrderField<?>... order) {
		WindowSpecificationOrderByStep partitioned = DSL.partitionBy(keys);
		return DSL.rowNumber().over(partitioned.orderBy(order));
	}

}
