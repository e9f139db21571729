package dev.gridsight.chart.internal;

import java.time.Instant;
import java.util.Locale;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.platform.InvalidInput;

/**
 * The {@code window} query parameter of chart data. Each JSON window has a spelling, with
 * or without its name: {@code P7D} or {@code last:P7D} (the last amount),
 * {@code this_month} or {@code period:this_month}, {@code <from>/<to>} or
 * {@code <from>..<to>} (ISO dates or instants), {@code points:500}; and {@code all} drops
 * the chart's own window.
 */
final class WindowParameter {

	private static final String SPELLINGS = "P7D, last:P7D, this_month, period:this_month, 2025-01-01/2025-02-01, "
			+ "2025-01-01..2025-02-01, points:500 or all";

	private WindowParameter() {
	}

	/** Whether the parameter asks for all data, ignoring the chart's own window. */
	static boolean isAll(String text) {
		return text != null && text.trim().equalsIgnoreCase("all");
	}

	/** The requested window; null when absent (the chart's own applies) or "all". */
	static TimeWindow parse(String text) {
		if (text == null || text.isBlank() || isAll(text)) {
			return null;
		}
		String value = text.trim();
		// the named forms first: "points:…" and "period:…" also start with a P
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.startsWith("points:")) {
			return points(value, value.substring("points:".length()).trim());
		}
		if (lower.startsWith("last:")) {
			return TimeWindow.last(value.substring("last:".length()));
		}
		if (lower.startsWith("period:")) {
			return TimeWindow.period(TimeWindow.CalendarPeriod.of(value.substring("period:".length())));
		}
		int range = value.indexOf("..");
		if (range >= 0) {
			return between(value, value.substring(0, range), value.substring(range + 2));
		}
		int slash = value.indexOf('/');
		if (slash >= 0) {
			return between(value, value.substring(0, slash), value.substring(slash + 1));
		}
		if (lower.startsWith("p")) {
			return TimeWindow.last(value);
		}
		try {
			return TimeWindow.period(TimeWindow.CalendarPeriod.of(value));
		}
		catch (InvalidInput ex) {
			throw new InvalidInput("Unknown window '" + value + "'. Write it like " + SPELLINGS + "; periods are "
					+ "today, yesterday, this_week, last_week, this_month, last_month, this_year, last_year.");
		}
	}

	private static TimeWindow points(String value, String count) {
		try {
			return TimeWindow.points(Integer.parseInt(count));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("window 'points:N' needs a whole number, not '" + value + "'.");
		}
	}

	private static TimeWindow between(String value, String from, String to) {
		if (from.isBlank() || to.isBlank()) {
			throw new InvalidInput("window '" + value + "' needs both bounds, like 2025-01-01/2025-02-01.");
		}
		return TimeWindow.between(instant(from), instant(to));
	}

	private static Instant instant(String text) {
		return IsoInstants.parse(offsetFromQuery(text.trim()))
			.orElseThrow(() -> new InvalidInput("'" + text.trim() + "' is not an ISO date or instant in the window."));
	}

	/**
	 * An unencoded {@code +} in a query string arrives as a space: {@code
	 * 2025-01-01T02:00:00 02:00} means {@code +02:00}.
	 */
	private static String offsetFromQuery(String text) {
		return text.matches(".+T.+ \\d{2}(:?\\d{2})?")
				? text.substring(0, text.lastIndexOf(' ')) + "+" + text.substring(text.lastIndexOf(' ') + 1) : text;
	}

}
