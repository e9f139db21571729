package dev.gridsight.chart.internal;

import java.time.Instant;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.platform.InvalidInput;

/**
 * The {@code window} query parameter of chart data: {@code P7D} or {@code PT24H} (the
 * last amount), {@code this_month} and the other calendar periods, {@code <from>/<to>}
 * (ISO dates or instants), {@code points:500}, or {@code all}.
 */
final class WindowParameter {

	private WindowParameter() {
	}

	/** Whether the parameter asks for all data, ignoring the chart's own window. */
	static boolean isAll(String text) {
		return text != null && text.trim().equalsIgnoreCase("all");
	}

	/** The requested window; null when absent (the chart's own applies). */
	static TimeWindow parse(String text) {
		if (text == null || text.isBlank() || isAll(text)) {
			return null;
		}
		String value = text.trim();
		if (value.startsWith("P") || value.startsWith("p")) {
			return TimeWindow.last(value.toUpperCase());
		}
		if (value.startsWith("points:")) {
			try {
				return TimeWindow.points(Integer.parseInt(value.substring("points:".length())));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInput("window 'points:N' needs a whole number, not '" + value + "'.");
			}
		}
		int slash = value.indexOf('/');
		if (slash > 0) {
			return new TimeWindow.Absolute(instant(value.substring(0, slash)), instant(value.substring(slash + 1)));
		}
		return TimeWindow.period(TimeWindow.CalendarPeriod.of(value));
	}

	private static Instant instant(String text) {
		return IsoInstants.parse(text)
			.orElseThrow(() -> new InvalidInput("'" + text + "' is not an ISO date or instant in the window."));
	}

}
