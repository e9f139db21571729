package dev.gridsight.dashboard.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.platform.InvalidInput;

/** What a tab accepts beyond what the value types check themselves. */
final class TabRules {

	static final int MAX_NAME = 200;

	static final int MAX_MARKDOWN = 20_000;

	static final int MIN_REFRESH = 5;

	static final int MAX_REFRESH = 3_600;

	private TabRules() {
	}

	static String name(String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new InvalidInput("name must be 1 to " + MAX_NAME + " characters.");
		}
		return trimmed;
	}

	/** Null or 0 is off. */
	static Integer refreshSeconds(Integer seconds) {
		if (seconds == null || seconds == 0) {
			return null;
		}
		if (seconds < MIN_REFRESH || seconds > MAX_REFRESH) {
			throw new InvalidInput("refreshSeconds must be 0 (off) or between " + MIN_REFRESH + " and " + MAX_REFRESH
					+ ", not " + seconds + ".");
		}
		return seconds;
	}

	static String markdown(String markdown) {
		if (markdown == null || markdown.isBlank() || markdown.length() > MAX_MARKDOWN) {
			throw new InvalidInput("markdown must be 1 to " + MAX_MARKDOWN + " characters.");
		}
		return markdown;
	}

	/**
	 * An absolute window's bounds must be years a person means (1 to 9999): Java reads
	 * {@code +99999-01-01T00:00:00Z}, no chart should be asked for it.
	 */
	static TimeWindow window(TimeWindow window, String field) {
		if (window instanceof TimeWindow.Absolute absolute) {
			year(absolute.from(), field + ".from");
			year(absolute.to(), field + ".to");
		}
		return window;
	}

	private static void year(Instant instant, String field) {
		int year = instant.atOffset(ZoneOffset.UTC).getYear();
		if (year < 1 || year > 9999) {
			throw new InvalidInput(field + " must be in the years 1 to 9999, not " + year + ".");
		}
	}

}
