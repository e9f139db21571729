package dev.gridsight.chart.internal;

import java.util.List;

import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.conf.ParamType;

/**
 * An M4-downsampled chart query. Its select returns the {@link #columns()} of the
 * original query, then {@link M4Downsampler#SERIES_POINTS}: how many points the row's
 * series had before downsampling.
 *
 * @param select the query; execute it like {@link CompiledQuery#select()}
 * @param columns the data columns, in select order (without the trailing count)
 * @param budget the pixel columns per series
 */
public record DownsampledQuery(Select<Record> select, List<OutputColumn> columns, int budget) {

	public DownsampledQuery {
		columns = List.copyOf(columns);
	}

	/** Whether any series of the result was longer than the budget, so was thinned. */
	public boolean downsampled(Result<? extends Record> rows) {
		for (Record row : rows) {
			Object points = row.get(M4Downsampler.SERIES_POINTS);
			if (points instanceof Number number && number.longValue() > this.budget) {
				return true;
			}
		}
		return false;
	}

	public String sql() {
		return this.select.getSQL(ParamType.INDEXED);
	}

	public List<Object> bindValues() {
		return this.select.getBindValues();
	}

}
