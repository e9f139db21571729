package dev.gridsight.chart.internal;

import org.jooq.SQLDialect;

import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartWindow;

/**
 * Compiles a {@link ChartQuery} against a dataset's catalog entry into one jOOQ select
 * for DuckDB or PostgreSQL. Every name is checked against the catalog before it becomes
 * an identifier, every value is bound, and every rejection is an
 * {@link dev.gridsight.platform.InvalidInput} naming the bad part.
 */
public final class ChartQueryCompiler {

	/**
	 * @param query the chart query
	 * @param schema the catalog entry of the query's dataset
	 * @param window the resolved window ({@link dev.gridsight.chart.TimeWindow#resolve}),
	 * or null for all rows (and for a {@code points} window, which the query itself
	 * applies)
	 * @param dialect {@link SQLDialect#DUCKDB} or {@link SQLDialect#POSTGRES}
	 */
	public CompiledQuery compile(ChartQuery query, DatasetSchema schema, ChartWindow window, SQLDialect dialect) {
		return new QueryCompilation(query, schema, window, dialect).compile();
	}

}
