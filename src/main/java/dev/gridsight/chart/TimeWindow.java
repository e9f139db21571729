package dev.gridsight.chart;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.gridsight.chart.internal.IsoInstants;
import dev.gridsight.platform.InvalidInput;

/**
 * The time window of a chart, as the user or the assistant states it. JSON:
 * {@code {"last": "P7D"}}, {@code {"period": "this_month"}}, {@code {"from":
 * "2023-01-01", "to": "2023-02-01"}} or {@code {"points": 500}}.
 *
 * <p>
 * Anchoring rule for {@link Relative}: the window ends at the end of the anchor's hour
 * (the anchor's hour is included whole) and starts the stated amount earlier. Windows
 * shorter than an hour end at the end of the anchor's minute instead. So {@code last P7D}
 * anchored at 2023-07-31T22:00Z is {@code [2023-07-24T23:00Z, 2023-07-31T23:00Z)}:
 * exactly 168 hourly points, the anchor's among them. Calendar {@link Period}s are UTC
 * days, ISO weeks (Monday first), months and years containing the anchor, or the one
 * before.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({ @JsonSubTypes.Type(TimeWindow.Relative.class), @JsonSubTypes.Type(TimeWindow.Period.class),
		@JsonSubTypes.Type(TimeWindow.Absolute.class), @JsonSubTypes.Type(TimeWindow.Points.class) })
public sealed interface TimeWindow
		permits TimeWindow.Relative, TimeWindow.Period, TimeWindow.Absolute, TimeWindow.Points {

	/**
	 * The concrete window at an anchor; empty for {@link Points}, whose extent the data
	 * decides.
	 */
	Optional<ChartWindow> resolve(WindowAnchor anchor);

	static TimeWindow last(String isoAmount) {
		return new Relative(isoAmount);
	}

	static TimeWindow period(CalendarPeriod period) {
		return new Period(period);
	}

	static TimeWindow between(Instant from, Instant to) {
		return new Absolute(from, to);
	}

	static TimeWindow points(int points) {
		return new Points(points);
	}

	/**
	 * The last amount of time before the anchor: an ISO-8601 period ({@code P7D},
	 * {@code P1M}, {@code P1Y}) or duration ({@code PT24H}, {@code PT15M},
	 * {@code P1DT12H}). Months and years are calendar months and years in UTC.
	 */
	record Relative(String last) implements TimeWindow {

		private static final Duration LONGEST = ChronoUnit.YEARS.getDuration().multipliedBy(200);

		public Relative {
			if (last == null || last.isBlank()) {
				throw new InvalidInput("window 'last' needs an ISO-8601 amount like P7D, PT24H or P1M.");
			}
			last = last.trim().toUpperCase(Locale.ROOT);
			Instant probe = Instant.parse("2000-01-01T00:00:00Z");
			Duration length = Duration.between(minus(probe, parse(last)), probe);
			if (length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
				throw new InvalidInput("window last '" + last + "' must be positive and at most 200 years.");
			}
		}

		@Override
		public Optional<ChartWindow> resolve(WindowAnchor anchor) {
			TemporalAmount amount = parse(this.last);
			Instant probe = anchor.at();
			boolean underAnHour = Duration.between(minus(probe, amount), probe).compareTo(Duration.ofHours(1)) < 0;
			ChronoUnit unit = underAnHour ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
			Instant end = anchor.at().truncatedTo(unit).plus(1, unit);
			return Optional.of(new ChartWindow(minus(end, amount), end));
		}

		private static TemporalAmount parse(String text) {
			try {
				// a time part (T) needs Duration; calendar amounts (months, years) need
				// Period
				return text.contains("T") ? Duration.parse(text) : java.time.Period.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInput("window last '" + text + "' is not an ISO-8601 amount like P7D, PT24H or P1M.");
			}
		}

		private static Instant minus(Instant instant, TemporalAmount amount) {
			try {
				return instant.atZone(ZoneOffset.UTC).minus(amount).toInstant();
			}
			catch (DateTimeException | ArithmeticException ex) {
				throw new InvalidInput("window last '" + amount + "' is too long.");
			}
		}

	}

	/** A calendar period containing the anchor (or the one before it), in UTC. */
	record Period(CalendarPeriod period) implements TimeWindow {

		public Period {
			if (period == null) {
				throw new InvalidInput("window 'period' needs one of: " + CalendarPeriod.wires() + ".");
			}
		}

		@Override
		public Optional<ChartWindow> resolve(WindowAnchor anchor) {
			return Optional.of(this.period.at(anchor.at()));
		}

	}

	/**
	 * Fixed bounds {@code [from, to)}. JSON takes ISO instants
	 * ({@code 2023-01-01T00:00:00Z}), local date-times read as UTC, or dates (midnight
	 * UTC).
	 */
	record Absolute(Instant from, Instant to) implements TimeWindow {

		public Absolute {
			new ChartWindow(from, to);
		}

		@JsonCreator
		static Absolute parse(@JsonProperty("from") String from, @JsonProperty("to") String to) {
			return new Absolute(instant(from, "from"), instant(to, "to"));
		}

		private static Instant instant(String text, String what) {
			if (text == null) {
				throw new InvalidInput("window needs '" + what + "'.");
			}
			return IsoInstants.parse(text)
				.orElseThrow(() -> new InvalidInput("window " + what + " '" + text
						+ "' is not an ISO instant or date like 2023-01-01T00:00:00Z or 2023-01-01."));
		}

		@Override
		public Optional<ChartWindow> resolve(WindowAnchor anchor) {
			return Optional.of(new ChartWindow(this.from, this.to));
		}

	}

	/**
	 * The last N points of the series (time buckets, or raw rows without aggregation).
	 */
	record Points(int points) implements TimeWindow {

		public static final int MAX = 1_000_000;

		public Points {
			if (points < 1 || points > MAX) {
				throw new InvalidInput("window points must be between 1 and " + MAX + ", not " + points + ".");
			}
		}

		@Override
		public Optional<ChartWindow> resolve(WindowAnchor anchor) {
			return Optional.empty();
		}

	}

	enum CalendarPeriod {

		TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR;

		@JsonCreator
		public static CalendarPeriod of(String text) {
			if (text != null) {
				for (CalendarPeriod period : values()) {
					if (period.wire().equals(text.trim().toLowerCase(Locale.ROOT))) {
						return period;
					}
				}
			}
			throw new InvalidInput("Unknown window period '" + text + "'. Use one of: " + wires() + ".");
		}

		static String wires() {
			return Arrays.stream(values()).map(CalendarPeriod::wire).collect(Collectors.joining(", "));
		}

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

		ChartWindow at(Instant anchor) {
			LocalDate day = anchor.atZone(ZoneOffset.UTC).toLocalDate();
			LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			LocalDate firstOfMonth = day.withDayOfMonth(1);
			LocalDate firstOfYear = day.withDayOfYear(1);
			return switch (this) {
				case TODAY -> days(day, day.plusDays(1));
				case YESTERDAY -> days(day.minusDays(1), day);
				case THIS_WEEK -> days(monday, monday.plusWeeks(1));
				case LAST_WEEK -> days(monday.minusWeeks(1), monday);
				case THIS_MONTH -> days(firstOfMonth, firstOfMonth.plusMonths(1));
				case LAST_MONTH -> days(firstOfMonth.minusMonths(1), firstOfMonth);
				case THIS_YEAR -> days(firstOfYear, firstOfYear.plusYears(1));
				case LAST_YEAR -> days(firstOfYear.minusYears(1), firstOfYear);
			};
		}

		private static ChartWindow days(LocalDate from, LocalDate to) {
			return new ChartWindow(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
					to.atStartOfDay(ZoneOffset.UTC).toInstant());
		}

	}

}
