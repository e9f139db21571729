package dev.gridsight.assistant.internal.builtin;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.TimeWindow.CalendarPeriod;
import dev.gridsight.chart.WindowAnchor;
import dev.gridsight.platform.InvalidInput;

/**
 * Finds the time expressions of an utterance ("last week", "on the 3rd", "between Jan 2
 * and Jan 4", "per month", "by hour of day") and reads them against a reference instant
 * (the dataset's latest timestamp, or now) in a time zone.
 *
 * <p>
 * Only written-out date shapes count as dates, so "top 5", "Building 12" or "between 5
 * and 10" never become windows; a bare year needs a word before it ("in 2022"). A date
 * written without a year takes the reference's year, or the year before when that would
 * put it after the reference: people ask about data they have. Stated end dates are
 * inclusive ("to 2022-08-07" keeps the 7th), so windows end the day after. Relative
 * windows ("last 7 days") and calendar periods ("last week") stay relative, so a chart
 * keeps following its data; a calendar period read in a zone other than UTC becomes fixed
 * bounds, because {@link CalendarPeriod} counts in UTC.
 */
final class TimeExpressions {

	private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static final String ORDINAL = "(?:st|nd|rd|th)";

	private static final String ISO_DATE = "(\\d{4})-(\\d{1,2})-(\\d{1,2})";

	private static final String DAY_MONTH = "(?:the\\s+)?(\\d{1,2})" + ORDINAL + "?\\s+(?:of\\s+)?(" + MONTHS
			+ ")(?:,?\\s+" + YEAR + ")?";

	private static final String MONTH_DAY = "(" + MONTHS + ")\\s+(?:the\\s+)?(\\d{1,2})" + ORDINAL + "?(?:,?\\s+" + YEAR
			+ ")?";

	private static final String MONTH_YEAR = "(" + MONTHS + "),?\\s+(?:of\\s+)?" + YEAR;

	private static final String ISO_MONTH = YEAR + "-(\\d{1,2})(?![\\d-])";

	private static final String QUARTER = "q([1-4])(?:[\\s-]*" + YEAR + ")?";

	private static final String YEAR_QUARTER = YEAR + "[\\s-]*q([1-4])";

	private static final String NTH_QUARTER = "(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+(?:of\\s+)?"
			+ YEAR + ")?";

	private static final String WEEK_OF_MONTH = "(?:the\\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+week\\s+(?:of|in)\\s+("
			+ MONTHS + ")(?:,?\\s+" + YEAR + ")?";

	private static final String MONTH = "(" + MONTHS + ")";

	/**
	 * The shapes one end of a range may take, longest first so that "Jan 4" is not read
	 * as "Jan".
	 */
	private static final List<String> POINTS = List.of(ISO_DATE, DAY_MONTH, MONTH_DAY, MONTH_YEAR, ISO_MONTH,
			WEEK_OF_MONTH, QUARTER, YEAR_QUARTER, NTH_QUARTER, MONTH, YEAR);

	private static final Map<String, Pattern> POINT_SHAPES = POINTS.stream()
		.collect(Collectors.toMap(shape -> shape,
				shape -> Pattern.compile(shape, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));

	private static final String POINT = "("
			+ String.join("|", POINTS.stream().map(TimeExpressions::uncaptured).toList()) + ")";

	/** Words that may stand before a date and belong to it. */
	private static final String BEFORE = "(?:(?:on|in|during|for|over|throughout|within)\\s+)?";

	/**
	 * Words after which a number is a date's day; after any other word ("Building 12
	 * March", "top 3 March") it is part of something else.
	 */
	private static final Set<String> BEFORE_A_DAY = Set.of("on", "from", "to", "between", "and", "since", "until",
			"till", "through", "during", "for", "in", "the", "of", "show", "plot", "chart", "me");

	private final List<Rule> rules = List.of(
			rule("(?:from|between)\\s+" + POINT + "\\s+(?:to|and|until|till|through|thru|-|–)\\s+" + POINT,
					TimeExpressions::range),
			rule("since\\s+" + POINT, TimeExpressions::since),
			rule(BEFORE + ISO_DATE, (m, at) -> day(at, m.group(1), m.group(2), m.group(3))),
			guarded(BEFORE + DAY_MONTH, (m, at) -> dayOfMonth(at, m.group(1), m.group(2), m.group(3))),
			rule(BEFORE + MONTH_DAY, (m, at) -> dayOfMonth(at, m.group(2), m.group(1), m.group(3))),
			rule(BEFORE + MONTH_YEAR, (m, at) -> month(at, m.group(1), m.group(2))),
			rule(BEFORE + ISO_MONTH, (m, at) -> isoMonth(at, m.group(1), m.group(2))),
			rule(BEFORE + WEEK_OF_MONTH, (m, at) -> weekOfMonth(at, m.group(1), m.group(2), m.group(3))),
			rule(BEFORE + QUARTER, (m, at) -> quarter(at, m.group(1), m.group(2))),
			rule(BEFORE + YEAR_QUARTER, (m, at) -> quarter(at, m.group(2), m.group(1))),
			rule(BEFORE + NTH_QUARTER, (m, at) -> quarter(at, m.group(1), m.group(2))),
			rule("(?:in|during|for|throughout)\\s+(?:the\\s+month\\s+of\\s+)?" + MONTH,
					(m, at) -> month(at, m.group(1), null)),
			rule("(?:(?:in|during|for|throughout)\\s+(?:the\\s+year\\s+)?|(?:the\\s+)?year\\s+)" + YEAR + "(?![\\d-])",
					(m, at) -> year(at, m.group(1))),
			rule("on\\s+the\\s+(\\d{1,2})" + ORDINAL + "|(?:on\\s+)?the\\s+(\\d{1,2})" + ORDINAL
					+ "\\s+of\\s+(?:the|this)\\s+month", TimeExpressions::dayOfReferenceMonth),
			rule("(?:(?:in|over|during|for|within)\\s+)?(?:the\\s+)?(last|past|previous|preceding)\\s+(?:" + Words.COUNT
					+ "\\s*)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|h|d|w)",
					TimeExpressions::relative),
			rule("today|yesterday", (m, at) -> calendar(at, CalendarPeriod.of(m.group().toLowerCase(Locale.ROOT)))),
			rule("(?:(?:in|during|for|over)\\s+)?(?:this|the\\s+current|current)\\s+(week|month|quarter|year)",
					TimeExpressions::current),
			rule("hourly|daily|weekly|monthly|quarterly|yearly|annually|annual", (m, at) -> grain(m, m.group())),
			rule("(?:per|by|each|every|by\\s+the|for\\s+each)\\s+(minute|hour|day|week|month|quarter|year)",
					(m, at) -> grain(m, m.group(1))),
			rule("(hour|day|week|month)\\s+by\\s+\\1", (m, at) -> grain(m, m.group(1))),
			rule(cycle("(?:hours?|time)[\\s-]+of[\\s-]+(?:the[\\s-]+)?day"),
					(m, at) -> new TimeMention.Cycle(span(m), TimePart.HOUR_OF_DAY)),
			rule(cycle("days?[\\s-]+of[\\s-]+(?:the[\\s-]+)?week"),
					(m, at) -> new TimeMention.Cycle(span(m), TimePart.DAY_OF_WEEK)),
			rule("(?:by|per|for\\s+each|each|across)\\s+(?:the\\s+)?weekday",
					(m, at) -> new TimeMention.Cycle(span(m), TimePart.DAY_OF_WEEK)),
			rule(cycle("months?[\\s-]+of[\\s-]+(?:the[\\s-]+)?year"),
					(m, at) -> new TimeMention.Cycle(span(m), TimePart.MONTH_OF_YEAR)));

	/**
	 * The time expressions of an utterance, in the order they stand, none overlapping
	 * another: where two readings compete, the longer one wins ("by hour of day" over "by
	 * hour", "first week of September 2022" over "September 2022").
	 * @param reference the dataset's latest timestamp, or now for live data
	 * @param zone the zone the dataset's calendar is read in (UTC for timestamps stored
	 * without one)
	 */
	List<TimeMention> find(String utterance, Instant reference, ZoneId zone) {
		Reference at = new Reference(reference, zone);
		List<TimeMention> candidates = new ArrayList<>();
		for (Rule rule : this.rules) {
			Matcher matcher = rule.pattern().matcher(utterance);
			while (matcher.find()) {
				if (rule.guarded() && Character.isDigit(utterance.charAt(matcher.start()))
						&& followsAWord(utterance, matcher.start())) {
					continue;
				}
				try {
					TimeMention mention = rule.reading().read(matcher, at);
					if (mention != null) {
						candidates.add(mention);
					}
				}
				catch (DateTimeException | InvalidInput ex) {
					// "February 30", a range that ends before it starts: not a time
					// expression, so the words stay for the rest of the reading
				}
			}
		}
		candidates.sort(
				Comparator.comparingInt((TimeMention m) -> -m.span().length()).thenComparingInt(m -> m.span().start()));
		List<TimeMention> chosen = new ArrayList<>();
		for (TimeMention candidate : candidates) {
			if (chosen.stream().noneMatch(taken -> taken.span().overlaps(candidate.span()))) {
				chosen.add(candidate);
			}
		}
		chosen.sort(Comparator.comparing(TimeMention::span));
		return List.copyOf(chosen);
	}

	private static boolean followsAWord(String utterance, int start) {
		String before = utterance.substring(0, start).stripTrailing();
		if (before.length() == start || before.isEmpty()) {
			return false;
		}
		int from = before.length();
		while (from > 0 && Character.isLetter(before.charAt(from - 1))) {
			from--;
		}
		String word = before.substring(from).toLowerCase(Locale.ROOT);
		return !word.isEmpty() && !BEFORE_A_DAY.contains(word);
	}

	private static TimeMention range(Matcher m, Reference at) {
		Optional<Dates> end = point(m.group(2), at, null);
		if (end.isEmpty()) {
			return null;
		}
		boolean startHasYear = point(m.group(1), at, null).map(Dates::statedYear).orElse(false);
		Optional<Dates> start = point(m.group(1), at, end.get().statedYear() ? end.get().from().getYear() : null);
		if (start.isEmpty()) {
			return null;
		}
		LocalDate from = start.get().from();
		if (!startHasYear && from.isAfter(end.get().from())) {
			// "from Dec 20 to Jan 5, 2023": December of the year before
			from = from.minusYears(1);
		}
		return window(m, at, from, end.get().to());
	}

	private static TimeMention since(Matcher m, Reference at) {
		return point(m.group(1), at, null).map(dates -> window(m, at, dates.from(), at.today().plusDays(1)))
			.orElse(null);
	}

	/** One end of a range, read with the same shapes as a date standing alone. */
	private static Optional<Dates> point(String text, Reference at, Integer year) {
		String side = text.trim();
		for (String shape : POINTS) {
			Matcher m = POINT_SHAPES.get(shape).matcher(side);
			if (!m.matches()) {
				continue;
			}
			String y = year == null ? null : String.valueOf(year);
			Dates dates = switch (shape) {
				case ISO_DATE -> Dates.day(date(m.group(1), m.group(2), m.group(3)), true);
				case DAY_MONTH -> dayOfMonthDates(at, m.group(1), m.group(2), or(m.group(3), y));
				case MONTH_DAY -> dayOfMonthDates(at, m.group(2), m.group(1), or(m.group(3), y));
				case MONTH_YEAR -> monthDates(at, m.group(1), m.group(2));
				case ISO_MONTH -> Dates.month(LocalDate.of(Integer.parseInt(m.group(1)), month(m.group(2)), 1), true);
				case WEEK_OF_MONTH -> weekOfMonthDates(at, m.group(1), m.group(2), or(m.group(3), y));
				case QUARTER -> quarterDates(at, m.group(1), or(m.group(2), y));
				case YEAR_QUARTER -> quarterDates(at, m.group(2), m.group(1));
				case NTH_QUARTER -> quarterDates(at, m.group(1), or(m.group(2), y));
				case MONTH -> monthDates(at, m.group(1), y);
				default -> new Dates(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
						LocalDate.of(Integer.parseInt(m.group(1)) + 1, 1, 1), true);
			};
			return Optional.of(dates);
		}
		return Optional.empty();
	}

	private static TimeMention day(Reference at, String year, String month, String day) {
		LocalDate date = date(year, month, day);
		return window(at, date, date.plusDays(1));
	}

	private static TimeMention dayOfMonth(Reference at, String day, String month, String year) {
		Dates dates = dayOfMonthDates(at, day, month, year);
		return window(at, dates.from(), dates.to());
	}

	private static Dates dayOfMonthDates(Reference at, String day, String month, String year) {
		Month named = monthNamed(month);
		int dayOfMonth = Integer.parseInt(day);
		if (year != null) {
			return Dates.day(LocalDate.of(Integer.parseInt(year), named, dayOfMonth), true);
		}
		LocalDate date = LocalDate.of(at.today().getYear(), named, dayOfMonth);
		return Dates.day(date.isAfter(at.today()) ? date.minusYears(1) : date, false);
	}

	private static TimeMention dayOfReferenceMonth(Matcher m, Reference at) {
		int day = Integer.parseInt(or(m.group(1), m.group(2)));
		LocalDate date = at.today().withDayOfMonth(day);
		if (date.isAfter(at.today())) {
			date = at.today().minusMonths(1).withDayOfMonth(day);
		}
		return window(at, date, date.plusDays(1));
	}

	private static TimeMention month(Reference at, String month, String year) {
		Dates dates = monthDates(at, month, year);
		return window(at, dates.from(), dates.to());
	}

	private static Dates monthDates(Reference at, String month, String year) {
		Month named = monthNamed(month);
		if (year != null) {
			return Dates.month(LocalDate.of(Integer.parseInt(year), named, 1), true);
		}
		LocalDate first = LocalDate.of(at.today().getYear(), named, 1);
		return Dates.month(first.isAfter(at.today()) ? first.minusYears(1) : first, false);
	}

	private static TimeMention isoMonth(Reference at, String year, String month) {
		LocalDate first = LocalDate.of(Integer.parseInt(year), month(month), 1);
		return window(at, first, first.plusMonths(1));
	}

	private static TimeMention weekOfMonth(Reference at, String nth, String month, String year) {
		Dates dates = weekOfMonthDates(at, nth, month, year);
		return window(at, dates.from(), dates.to());
	}

	/**
	 * The first week of a month is its days 1 to 7, the second 8 to 14, and so on; the
	 * last is its last seven days. Weeks of the calendar would start the "first week" in
	 * the month before.
	 */
	private static Dates weekOfMonthDates(Reference at, String nth, String month, String year) {
		Dates whole = monthDates(at, month, year);
		String key = nth.toLowerCase(Locale.ROOT);
		if (key.equals("last")) {
			return new Dates(whole.to().minusDays(7), whole.to(), whole.statedYear());
		}
		LocalDate from = whole.from().plusWeeks(ordinal(key) - 1);
		return new Dates(from, from.plusDays(7), whole.statedYear());
	}

	private static TimeMention quarter(Reference at, String which, String year) {
		Dates dates = quarterDates(at, which, year);
		return window(at, dates.from(), dates.to());
	}

	private static Dates quarterDates(Reference at, String which, String year) {
		int quarter = Character.isDigit(which.charAt(0)) && which.length() == 1 ? Integer.parseInt(which)
				: ordinal(which.toLowerCase(Locale.ROOT));
		int stated = year == null ? at.today().getYear() : Integer.parseInt(year);
		LocalDate first = LocalDate.of(stated, 1, 1).plusMonths(3L * (quarter - 1));
		if (year == null && first.isAfter(at.today())) {
			first = first.minusYears(1);
		}
		return new Dates(first, first.plusMonths(3), year != null);
	}

	private static TimeMention year(Reference at, String year) {
		LocalDate first = LocalDate.of(Integer.parseInt(year), 1, 1);
		return window(at, first, first.plusYears(1));
	}

	private static TimeMention relative(Matcher m, Reference at) {
		String word = m.group(1).toLowerCase(Locale.ROOT);
		String unit = m.group(3).toLowerCase(Locale.ROOT);
		if (m.group(2) == null) {
			if (unit.length() == 1) {
				return null;
			}
			boolean calendar = !word.equals("past");
			if (calendar && unit.startsWith("week")) {
				return calendar(at, CalendarPeriod.LAST_WEEK);
			}
			if (calendar && unit.startsWith("month")) {
				return calendar(at, CalendarPeriod.LAST_MONTH);
			}
			if (calendar && unit.startsWith("year")) {
				return calendar(at, CalendarPeriod.LAST_YEAR);
			}
			if (calendar && unit.startsWith("quarter")) {
				LocalDate first = quarterStart(at.today()).minusMonths(3);
				return window(at, first, first.plusMonths(3));
			}
		}
		int count = m.group(2) == null ? 1 : Words.count(m.group(2));
		if (count < 1) {
			return null;
		}
		String amount = switch (unit.charAt(0)) {
			case 'm' -> unit.startsWith("mi") ? "PT" + count + "M" : "P" + count + "M";
			case 'h' -> "PT" + count + "H";
			case 'd' -> "P" + count + "D";
			case 'w' -> "P" + (7 * count) + "D";
			case 'q' -> "P" + (3 * count) + "M";
			default -> "P" + count + "Y";
		};
		TimeWindow window = TimeWindow.last(amount);
		return new TimeMention.Window(span(m), window, window.resolve(at.anchor()).orElseThrow());
	}

	private static TimeMention current(Matcher m, Reference at) {
		return switch (m.group(1).toLowerCase(Locale.ROOT)) {
			case "week" -> calendar(at, CalendarPeriod.THIS_WEEK);
			case "month" -> calendar(at, CalendarPeriod.THIS_MONTH);
			case "year" -> calendar(at, CalendarPeriod.THIS_YEAR);
			default -> window(at, quarterStart(at.today()), quarterStart(at.today()).plusMonths(3));
		};
	}

	/**
	 * A calendar period: kept as such in UTC, where it means the same at every anchor;
	 * elsewhere read in the zone once, into fixed bounds.
	 */
	private static TimeMention calendar(Reference at, CalendarPeriod period) {
		if (at.zone().normalized().equals(ZoneOffset.UTC)) {
			TimeWindow window = TimeWindow.period(period);
			return new TimeMention.Window(null, window, window.resolve(at.anchor()).orElseThrow());
		}
		LocalDate today = at.today();
		LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
		return switch (period) {
			case TODAY -> window(at, today, today.plusDays(1));
			case YESTERDAY -> window(at, today.minusDays(1), today);
			case THIS_WEEK -> window(at, monday, monday.plusWeeks(1));
			case LAST_WEEK -> window(at, monday.minusWeeks(1), monday);
			case THIS_MONTH -> window(at, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1));
			case LAST_MONTH -> window(at, today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1));
			case THIS_YEAR -> window(at, today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1));
			case LAST_YEAR -> window(at, today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1));
		};
	}

	private static TimeMention grain(Matcher m, String word) {
		TimeGrain grain = switch (word.toLowerCase(Locale.ROOT)) {
			case "minute" -> TimeGrain.MINUTE;
			case "hour", "hourly" -> TimeGrain.HOUR;
			case "day", "daily" -> TimeGrain.DAY;
			case "week", "weekly" -> TimeGrain.WEEK;
			case "month", "monthly" -> TimeGrain.MONTH;
			case "quarter", "quarterly" -> TimeGrain.QUARTER;
			default -> TimeGrain.YEAR;
		};
		return new TimeMention.Grain(span(m), grain);
	}

	private static String cycle(String what) {
		return "(?:(?:by|per|for\\s+each|each|across|over|every)\\s+(?:the\\s+)?)?" + what;
	}

	/**
	 * A window over whole days, {@code [from, to)} at midnight in the reference's zone.
	 */
	private static TimeMention window(Reference at, LocalDate from, LocalDate to) {
		TimeWindow window = TimeWindow.between(from.atStartOfDay(at.zone()).toInstant(),
				to.atStartOfDay(at.zone()).toInstant());
		return new TimeMention.Window(null, window, window.resolve(at.anchor()).orElseThrow());
	}

	private static TimeMention window(Matcher m, Reference at, LocalDate from, LocalDate to) {
		return withSpan(window(at, from, to), m);
	}

	private static TimeMention withSpan(TimeMention mention, Matcher m) {
		if (mention instanceof TimeMention.Window window) {
			return new TimeMention.Window(span(m), window.window(), window.resolved());
		}
		return mention;
	}

	private static Span span(Matcher m) {
		return new Span(m.start(), m.end());
	}

	private static LocalDate quarterStart(LocalDate day) {
		return day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
	}

	private static LocalDate date(String year, String month, String day) {
		return LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
	}

	private static int month(String number) {
		return Month.of(Integer.parseInt(number)).getValue();
	}

	private static Month monthNamed(String name) {
		String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
				return month;
			}
		}
		throw new DateTimeException("no month " + name);
	}

	private static int ordinal(String word) {
		return switch (word) {
			case "first", "1st" -> 1;
			case "second", "2nd" -> 2;
			case "third", "3rd" -> 3;
			case "fourth", "4th" -> 4;
			default -> throw new DateTimeException("no ordinal " + word);
		};
	}

	private static String or(String first, String second) {
		return first != null ? first : second;
	}

	/** The same expression without capturing groups, to be nested in a larger one. */
	private static String uncaptured(String regex) {
		return regex.replaceAll("\\((?!\\?)", "(?:").replace("\\1", "");
	}

	private static Rule rule(String regex, Reading reading) {
		return new Rule(compile(regex), false, withSpans(reading));
	}

	/** A rule whose match may start with a bare number: see {@link #BEFORE_A_DAY}. */
	private static Rule guarded(String regex, Reading reading) {
		return new Rule(compile(regex), true, withSpans(reading));
	}

	private static Reading withSpans(Reading reading) {
		return (m, at) -> {
			TimeMention mention = reading.read(m, at);
			return mention == null ? null : withSpan(mention, m);
		};
	}

	private static Pattern compile(String regex) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private record Reference(Instant at, ZoneId zone) {

		LocalDate today() {
			return this.at.atZone(this.zone).toLocalDate();
		}

		WindowAnchor anchor() {
			return WindowAnchor.latestData(this.at);
		}

	}

	/**
	 * Days {@code [from, to)}; whether the year was written or taken from the reference.
	 */
	private record Dates(LocalDate from, LocalDate to, boolean statedYear) {

		static Dates day(LocalDate day, boolean statedYear) {
			return new Dates(day, day.plusDays(1), statedYear);
		}

		static Dates month(LocalDate first, boolean statedYear) {
			return new Dates(first, first.plusMonths(1), statedYear);
		}

	}

	@FunctionalInterface
	private interface Reading {

		TimeMention read(Matcher matcher, Reference at);

	}

	private record Rule(Pattern pattern, boolean guarded, Reading reading) {
	}

}
