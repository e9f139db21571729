package dev.gridsight.chart.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamCastMode;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;

/**
 * The few functions whose spelling differs between the warehouse engines, or that jOOQ
 * 3.19's open-source DuckDB dialect does not render (date truncation, ISO day of week,
 * percentiles). The templates hold constants only; fields are passed as query parts and
 * values are bound.
 */
final class WarehouseFunctions {

	private final boolean duckdb;

	private WarehouseFunctions(boolean duckdb) {
		this.duckdb = duckdb;
	}

	static WarehouseFunctions of(SQLDialect dialect) {
		SQLDialect family = dialect.family();
		if (family == SQLDialect.DUCKDB) {
			return new WarehouseFunctions(true);
		}
		if (family == SQLDialect.POSTGRES) {
			return new WarehouseFunctions(false);
		}
		throw new IllegalArgumentException("Chart queries compile for DuckDB and PostgreSQL, not " + dialect);
	}

	/**
	 * Where chart queries are built. On DuckDB bound values go without jOOQ's
	 * {@code cast(? as …)}: the engine infers their types from the column they meet, and
	 * every cast costs planning time on each request.
	 */
	static DSLContext context(SQLDialect dialect) {
		return dialect.family() == SQLDialect.DUCKDB ? DSL.using(dialect, DUCKDB_SETTINGS) : DSL.using(dialect);
	}

	private static final Settings DUCKDB_SETTINGS = new Settings().withParamCastMode(ParamCastMode.NEVER);

	/** {@code date_trunc}: weeks start on Monday on both engines. */
	Field<LocalDateTime> truncate(Field<LocalDateTime> timestamp, TimeGrain grain) {
		return DSL.field("cast(date_trunc({0}, {1}) as timestamp)", SQLDataType.LOCALDATETIME, DSL.inline(grain.wire()),
				timestamp);
	}

	/** Hour of day 0..23, ISO day of week 1 (Monday)..7, month 1..12. */
	Field<Long> part(Field<LocalDateTime> timestamp, TimePart part) {
		String template = switch (part) {
			case HOUR_OF_DAY -> "cast(extract(hour from {0}) as bigint)";
			case DAY_OF_WEEK ->
				this.duckdb ? "cast(isodow({0}) as bigint)" : "cast(extract(isodow from {0}) as bigint)";
			case MONTH_OF_YEAR -> "cast(extract(month from {0}) as bigint)";
		};
		return DSL.field(template, SQLDataType.BIGINT, timestamp);
	}

	/** The timestamp moved later by a bound number of microseconds. */
	Field<LocalDateTime> plusMicros(Field<LocalDateTime> timestamp, long micros) {
		String template = this.duckdb ? "({0} + to_microseconds({1}))" : "({0} + {1} * interval '1 microsecond')";
		return DSL.field(template, SQLDataType.LOCALDATETIME, timestamp, DSL.val(micros));
	}

	/** Seconds since 1970-01-01T00:00, reading the timestamp as UTC. */
	Field<Double> epochSeconds(Field<LocalDateTime> timestamp) {
		String template = this.duckdb ? "cast(epoch({0}) as double)"
				: "cast(extract(epoch from {0}) as double precision)";
		return DSL.field(template, SQLDataType.DOUBLE, timestamp);
	}

	/**
	 * The continuous (interpolating) percentile, as PostgreSQL's {@code percentile_cont}:
	 * DuckDB's {@code quantile_cont} computes the same.
	 */
	Field<Double> percentile(Field<?> value, BigDecimal fraction) {
		if (this.duckdb) {
			return DSL.field("quantile_cont(cast({0} as double), {1})", SQLDataType.DOUBLE, value,
					DSL.inline(fraction));
		}
		return DSL.field("percentile_cont({1}) within group (order by cast({0} as double precision))",
				SQLDataType.DOUBLE, value, DSL.inline(fraction));
	}

}
