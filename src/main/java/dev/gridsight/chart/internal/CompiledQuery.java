package dev.gridsight.chart.internal;

import java.util.List;

import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.conf.ParamType;

/**
 * A chart query compiled for one SQL dialect. Execute it with
 * {@code DSL.using(connection, dialect).fetch(select)} (the select is built detached, so
 * any context of the same dialect can run it), or take {@link #sql()} with
 * {@link #bindValues()} to a plain JDBC statement.
 *
 * @param select the query; every value in it is a bind value
 * @param columns the result's columns, in select order
 * @param dialect the dialect it was rendered for
 */
public record CompiledQuery(Select<Record> select, List<OutputColumn> columns, SQLDialect dialect) {

	public CompiledQuery {
		columns = List.copyOf(columns);
	}

	/** The SQL with {@code ?} placeholders. */
	public String sql() {
		return this.select.getSQL(ParamType.INDEXED);
	}

	public List<Object> bindValues() {
		return this.select.getBindValues();
	}

	/** Whether the first column is a time axis (bucket or raw timestamp). */
	public boolean isTimeSeries() {
		return !this.columns.isEmpty() && this.columns.get(0).kind() == OutputColumn.Kind.TIME;
	}

}
