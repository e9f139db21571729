package dev.gridsight.assistant.internal.builtin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.Filter;
import dev.gridsight.chart.ChartQuery.FilterOp;
import dev.gridsight.chart.ChartQuery.Measure;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;

/**
 * The one line that says what a chart shows ('Sum of load_kwh by day, Building 3, 1–7 Sep
 * 2022') and its title: written from the query itself, so it never says more than what
 * was charted.
 */
final class Explanations {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private Explanations() {
	}

	/**
	 * @param resolved the window as the engine read it, for a relative window; may be
	 * null
	 */
	static String explain(ChartQuery query, ChartWindow resolved) {
		StringBuilder line = new StringBuilder(measures(query.measures()));
		List<String> splits = new ArrayList<>();
		if (query.time() != null) {
			if (query.time().grain() != null) {
				splits.add(query.time().grain().wire());
			}
			else if (query.time().part() != null) {
				splits.add(query.time().part().wire().replace('_', ' '));
			}
			else {
				splits.add(query.time().column());
			}
		}
		query.dimensions().forEach(dimension -> splits.add(dimension.column()));
		if (!splits.isEmpty()) {
			line.append(" by ").append(String.join(" and ", splits));
		}
		for (Filter filter : query.filters()) {
			line.append(", ").append(filter(filter));
		}
		line.append(", ").append(window(query.window(), resolved));
		if (query.limit() != null && !query.sort().isEmpty()) {
			boolean top = query.sort().get(0).dir() == ChartQuery.SortDirection.DESC;
			line.append(", ").append(top ? "top " : "bottom ").append(query.limit());
		}
		if (query.compare() != null) {
			line.append(", compared with the previous period");
		}
		return line.toString();
	}

	/** A short title: 'Sum of load_kwh by building'. */
	static String title(ChartQuery query) {
		String measures = measures(query.measures());
		List<String> splits = new ArrayList<>();
		if (query.time() != null) {
			splits.add(query.time().grain() != null ? query.time().grain().wire() : query.time().part() != null
					? query.time().part().wire().replace('_', ' ') : query.time().column());
		}
		query.dimensions().forEach(dimension -> splits.add(dimension.column()));
		return splits.isEmpty() ? measures : measures + " by " + String.join(" and ", splits);
	}

	static String measures(List<Measure> measures) {
		return measures.stream().map(Explanations::measure).collect(Collectors.joining(" and "));
	}

	static String measure(Measure measure) {
		if (measure.countsRows()) {
			return "Number of rows";
		}
		if (measure.agg() == null) {
			return measure.column();
		}
		return aggregation(measure.agg()) + " of " + measure.column();
	}

	static String aggregation(Aggregation agg) {
		return switch (agg) {
			case SUM -> "Sum";
			case AVG -> "Average";
			case MIN -> "Minimum";
			case MAX -> "Maximum";
			case COUNT -> "Count";
			case COUNT_DISTINCT -> "Distinct count";
			case MEDIAN -> "Median";
			case P95 -> "95th percentile";
		};
	}

	private static String filter(Filter filter) {
		List<Object> values = filter.values() != null ? filter.values()
				: filter.value() == null ? List.of() : List.of(filter.value());
		String listed = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
		if (filter.op() == FilterOp.NOT_IN || filter.op() == FilterOp.NEQ) {
			return "without " + listed;
		}
		if (filter.op() == FilterOp.EQ || filter.op() == FilterOp.IN) {
			return listed;
		}
		return filter.column() + " " + filter.op().wire() + " " + listed;
	}

	static String window(TimeWindow window, ChartWindow resolved) {
		if (window == null) {
			return "all data";
		}
		if (window instanceof TimeWindow.Absolute absolute) {
			return dates(absolute.from(), absolute.to());
		}
		String said = window instanceof TimeWindow.Relative relative ? "last " + amount(relative.last())
				: window instanceof TimeWindow.Period period ? period.period().wire().replace('_', ' ')
						: "last " + ((TimeWindow.Points) window).points() + " points";
		return resolved == null ? said : said + " (" + dates(resolved.from(), resolved.to()) + ")";
	}

	/** P7D is 7 days, PT24H 24 hours, P1M a month; other amounts stay as written. */
	static String amount(String iso) {
		Matcher simple = Pattern.compile("PT?(\\d+)([YMWDHS])").matcher(iso);
		if (!simple.matches()) {
			return iso;
		}
		int count = Integer.parseInt(simple.group(1));
		boolean time = iso.startsWith("PT");
		String unit = switch (simple.group(2)) {
			case "Y" -> "year";
			case "M" -> time ? "minute" : "month";
			case "W" -> "week";
			case "D" -> "day";
			case "H" -> "hour";
			default -> "second";
		};
		return count == 1 ? unit : count + " " + unit + "s";
	}

	/** '15 Aug 2022', '1–7 Sep 2022', '28 Aug – 3 Sep 2022': the end is exclusive. */
	static String dates(Instant from, Instant to) {
		LocalDate first = from.atZone(ZoneOffset.UTC).toLocalDate();
		Instant lastInstant = to.minusNanos(1);
		LocalDate last = lastInstant.atZone(ZoneOffset.UTC).toLocalDate();
		if (first.equals(last)) {
			return DAY.format(first);
		}
		if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
			return first.getDayOfMonth() + "–" + DAY.format(last);
		}
		if (first.getYear() == last.getYear()) {
			return DAY_MONTH.format(first) + " – " + DAY.format(last);
		}
		return DAY.format(first) + " – " + DAY.format(last);
	}

}
