package dev.gridsight.assistant.internal.builtin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.TimeWindow.CalendarPeriod;

import static org.assertj.core.api.Assertions.assertThat;

class TimeExpressionsTest {

	/** home_energy's latest timestamp: Monday 31 July 2023, 22:00. */
	private static final Instant HOME_ENERGY_LATEST = Instant.parse("2023-07-31T22:00:00Z");

	/** restaurant_orders' latest order: Saturday 4 January 2025. */
	private static final Instant RESTAURANT_LATEST = Instant.parse("2025-01-04T21:10:00Z");

	private final TimeExpressions expressions = new TimeExpressions();

	private TimeMention.Window onlyWindow(String utterance, Instant reference, ZoneId zone) {
		List<TimeMention> found = this.expressions.find(utterance, reference, zone);
		assertThat(found).as("time mentions in '%s'", utterance).hasSize(1);
		assertThat(found.get(0)).isInstanceOf(TimeMention.Window.class);
		return (TimeMention.Window) found.get(0);
	}

	private TimeMention.Window onlyWindow(String utterance) {
		return onlyWindow(utterance, HOME_ENERGY_LATEST, ZoneOffset.UTC);
	}

	private static TimeWindow days(String from, String toExclusive) {
		return TimeWindow.between(Instant.parse(from + "T00:00:00Z"), Instant.parse(toExclusive + "T00:00:00Z"));
	}

	private static ChartWindow resolvedDays(String from, String toExclusive) {
		return new ChartWindow(Instant.parse(from + "T00:00:00Z"), Instant.parse(toExclusive + "T00:00:00Z"));
	}

	@Nested
	class RelativeAndCalendarWindows {

		@Test
		void lastWeekIsTheCalendarWeekBeforeTheReferencesWeek() {
			TimeMention.Window found = onlyWindow("load last week");
			assertThat(found.window()).isEqualTo(TimeWindow.period(CalendarPeriod.LAST_WEEK));
			assertThat(found.resolved()).isEqualTo(resolvedDays("2023-07-24", "2023-07-31"));
			assertThat(found.span().in("load last week")).isEqualTo("last week");
		}

		@Test
		void lastSevenDaysStaysRelativeSoTheChartFollowsItsData() {
			TimeMention.Window found = onlyWindow("solar in the last 7 days");
			assertThat(found.window()).isEqualTo(TimeWindow.last("P7D"));
			assertThat(found.resolved()).isEqualTo(
					new ChartWindow(Instant.parse("2023-07-24T23:00:00Z"), Instant.parse("2023-07-31T23:00:00Z")));
			assertThat(found.span().in("solar in the last 7 days")).isEqualTo("in the last 7 days");
		}

		@ParameterizedTest
		@CsvSource({ "past 24 hours, PT24H", "the last two weeks, P14D", "last 3 months, P3M", "past year, P1Y",
				"past month, P1M", "last 30 min, PT30M", "previous 2 quarters, P6M", "the past hour, PT1H",
				"last ten days, P10D", "last 24h, PT24H" })
		void countedAmountsBecomeIsoAmounts(String utterance, String amount) {
			assertThat(onlyWindow(utterance).window()).isEqualTo(TimeWindow.last(amount));
		}

		@ParameterizedTest
		@CsvSource({ "yesterday, YESTERDAY", "today, TODAY", "this month, THIS_MONTH", "last month, LAST_MONTH",
				"last year, LAST_YEAR", "this week, THIS_WEEK", "previous week, LAST_WEEK",
				"for the current year, THIS_YEAR" })
		void calendarWordsBecomeCalendarPeriods(String utterance, CalendarPeriod period) {
			assertThat(onlyWindow(utterance).window()).isEqualTo(TimeWindow.period(period));
		}

		@Test
		void thisMonthResolvesToTheReferencesMonth() {
			assertThat(onlyWindow("this month").resolved()).isEqualTo(resolvedDays("2023-07-01", "2023-08-01"));
		}

		@Test
		void lastQuarterIsTheCalendarQuarterBeforeTheReferences() {
			assertThat(onlyWindow("last quarter").window()).isEqualTo(days("2023-04-01", "2023-07-01"));
		}

		@Test
		void thisQuarterIsTheReferencesQuarter() {
			assertThat(onlyWindow("this quarter").window()).isEqualTo(days("2023-07-01", "2023-10-01"));
		}

		@Test
		void calendarPeriodsInAnotherZoneBecomeFixedBoundsInThatZone() {
			// 02:00 UTC on the 31st is still the 30th in New York
			Instant reference = Instant.parse("2023-07-31T02:00:00Z");
			TimeMention.Window found = onlyWindow("yesterday", reference, ZoneId.of("America/New_York"));
			assertThat(found.window()).isEqualTo(
					TimeWindow.between(Instant.parse("2023-07-29T04:00:00Z"), Instant.parse("2023-07-30T04:00:00Z")));
		}

	}

	@Nested
	class Dates {

		@Test
		void onTheThirdIsTheThirdOfTheReferenceMonth() {
			TimeMention.Window found = onlyWindow("load on the 3rd");
			assertThat(found.window()).isEqualTo(days("2023-07-03", "2023-07-04"));
			assertThat(found.span().in("load on the 3rd")).isEqualTo("on the 3rd");
		}

		@Test
		void onTheThirdAfterTheReferenceDayIsLastMonths() {
			TimeMention.Window found = onlyWindow("on the 3rd", Instant.parse("2023-07-02T10:00:00Z"), ZoneOffset.UTC);
			assertThat(found.window()).isEqualTo(days("2023-06-03", "2023-06-04"));
		}

		@Test
		void isoDateIsThatWholeDay() {
			String utterance = "Plot the load of Building 5 on 2022-08-15";
			TimeMention.Window found = onlyWindow(utterance);
			assertThat(found.window()).isEqualTo(days("2022-08-15", "2022-08-16"));
			assertThat(found.span().in(utterance)).isEqualTo("on 2022-08-15");
		}

		@Test
		void isoDateIsReadInTheGivenZone() {
			TimeMention.Window found = onlyWindow("on 2022-08-15", HOME_ENERGY_LATEST, ZoneId.of("America/New_York"));
			assertThat(found.window()).isEqualTo(
					TimeWindow.between(Instant.parse("2022-08-15T04:00:00Z"), Instant.parse("2022-08-16T04:00:00Z")));
		}

		@ParameterizedTest
		@ValueSource(strings = { "15 August 2022", "August 15, 2022", "Aug 15 2022", "the 15th of August 2022",
				"on 15th Aug, 2022", "aug 15" })
		void writtenDatesAreThatDay(String utterance) {
			assertThat(onlyWindow(utterance).window()).isEqualTo(days("2022-08-15", "2022-08-16"));
		}

		@Test
		void dateWithoutYearLaterInTheYearThanTheReferenceIsLastYears() {
			assertThat(onlyWindow("on Dec 25").window()).isEqualTo(days("2022-12-25", "2022-12-26"));
		}

		@Test
		void firstWeekOfAMonthIsItsFirstSevenDays() {
			String utterance = "daily load in the first week of September 2022";
			List<TimeMention> found = expressions.find(utterance, HOME_ENERGY_LATEST, ZoneOffset.UTC);
			assertThat(found).hasSize(2);
			TimeMention.Window window = (TimeMention.Window) found.get(1);
			assertThat(window.window()).isEqualTo(days("2022-09-01", "2022-09-08"));
			assertThat(window.span().in(utterance)).isEqualTo("in the first week of September 2022");
		}

		@Test
		void lastWeekOfAMonthIsItsLastSevenDays() {
			assertThat(onlyWindow("last week of February 2023").window()).isEqualTo(days("2023-02-22", "2023-03-01"));
		}

		@Test
		void secondWeekOfAMonthWithoutYearTakesTheReferencesYear() {
			assertThat(onlyWindow("second week of March").window()).isEqualTo(days("2023-03-08", "2023-03-15"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "March 2023", "in March 2023", "Mar 2023", "2023-03", "in March", "during march" })
		void monthsAreWholeMonths(String utterance) {
			assertThat(onlyWindow(utterance).window()).isEqualTo(days("2023-03-01", "2023-04-01"));
		}

		@Test
		void monthWithoutYearAfterTheReferenceIsLastYears() {
			assertThat(onlyWindow("in December").window()).isEqualTo(days("2022-12-01", "2023-01-01"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "in 2022", "during 2022", "for the year 2022", "year 2022" })
		void yearsNeedAWordBeforeThem(String utterance) {
			assertThat(onlyWindow(utterance).window()).isEqualTo(days("2022-01-01", "2023-01-01"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "Q3 2022", "q3-2022", "2022 Q3", "the third quarter of 2022", "3rd quarter 2022" })
		void quartersAreThreeMonths(String utterance) {
			assertThat(onlyWindow(utterance).window()).isEqualTo(days("2022-07-01", "2022-10-01"));
		}

		@Test
		void quarterWithoutYearIsTheLatestSuchQuarter() {
			assertThat(onlyWindow("in Q4").window()).isEqualTo(days("2022-10-01", "2023-01-01"));
		}

	}

	@Nested
	class Ranges {

		@Test
		void betweenTwoDaysTakesTheReferencesYearAndKeepsTheLastDay() {
			String utterance = "revenue between Jan 2 and Jan 4";
			TimeMention.Window found = onlyWindow(utterance, RESTAURANT_LATEST, ZoneOffset.UTC);
			assertThat(found.window()).isEqualTo(days("2025-01-02", "2025-01-05"));
			assertThat(found.span().in(utterance)).isEqualTo("between Jan 2 and Jan 4");
		}

		@Test
		void fromIsoDateToIsoDateKeepsTheLastDay() {
			assertThat(onlyWindow("from 2022-08-01 to 2022-08-07").window())
				.isEqualTo(days("2022-08-01", "2022-08-08"));
		}

		@Test
		void aRangeStartWithoutYearTakesTheEndsYearOrTheOneBefore() {
			assertThat(onlyWindow("from Dec 20 to Jan 5, 2023").window()).isEqualTo(days("2022-12-20", "2023-01-06"));
		}

		@Test
		void aRangeOfMonthsCoversBothWhole() {
			assertThat(onlyWindow("between March and May 2023").window()).isEqualTo(days("2023-03-01", "2023-06-01"));
		}

		@Test
		void aRangeOfQuarters() {
			assertThat(onlyWindow("from Q1 2022 to Q2 2022").window()).isEqualTo(days("2022-01-01", "2022-07-01"));
		}

		@Test
		void sinceRunsToTheEndOfTheReferenceDay() {
			assertThat(onlyWindow("since March 2023").window()).isEqualTo(days("2023-03-01", "2023-08-01"));
		}

	}

	@Nested
	class GrainsAndCycles {

		@ParameterizedTest
		@CsvSource({ "hourly load, HOUR", "load per hour, HOUR", "load by hour, HOUR", "daily load, DAY",
				"revenue per day, DAY", "weekly sales, WEEK", "sales by week, WEEK", "solar per month, MONTH",
				"monthly solar, MONTH", "quarterly revenue, QUARTER", "revenue by year, YEAR", "annual load, YEAR",
				"orders each minute, MINUTE", "day by day, DAY" })
		void grainWords(String utterance, TimeGrain grain) {
			List<TimeMention> found = expressions.find(utterance, HOME_ENERGY_LATEST, ZoneOffset.UTC);
			assertThat(found).singleElement().isEqualTo(new TimeMention.Grain(found.get(0).span(), grain));
		}

		@ParameterizedTest
		@CsvSource({ "average load by hour of day, by hour of day, HOUR_OF_DAY",
				"load per hour of the day, per hour of the day, HOUR_OF_DAY",
				"load by time of day, by time of day, HOUR_OF_DAY",
				"orders by day of week, by day of week, DAY_OF_WEEK",
				"orders by day of the week, by day of the week, DAY_OF_WEEK",
				"orders by weekday, by weekday, DAY_OF_WEEK", "solar by month of year, by month of year, MONTH_OF_YEAR",
				"solar by month of the year, by month of the year, MONTH_OF_YEAR" })
		void cyclesWinOverTheGrainTheyStartWith(String utterance, String matched, TimePart part) {
			List<TimeMention> found = expressions.find(utterance, HOME_ENERGY_LATEST, ZoneOffset.UTC);
			assertThat(found).hasSize(1);
			assertThat(found.get(0)).isInstanceOf(TimeMention.Cycle.class);
			assertThat(((TimeMention.Cycle) found.get(0)).part()).isEqualTo(part);
			assertThat(found.get(0).span().in(utterance)).isEqualTo(matched);
		}

		@Test
		void aGrainAndAWindowTogetherLeaveTheRestToRead() {
			String utterance = "Plot the hourly load of Building 5 on 2022-08-15";
			List<TimeMention> found = expressions.find(utterance, HOME_ENERGY_LATEST, ZoneOffset.UTC);
			assertThat(found).hasSize(2);
			assertThat(found.get(0)).isEqualTo(new TimeMention.Grain(new Span(9, 15), TimeGrain.HOUR));
			assertThat(Span.cut(utterance, found.stream().map(TimeMention::span).toList()))
				.isEqualTo("Plot the load of Building 5");
		}

		@Test
		void weeklyRevenueInTheLastThreeMonths() {
			List<TimeMention> found = expressions.find("weekly revenue in the last 3 months", HOME_ENERGY_LATEST,
					ZoneOffset.UTC);
			assertThat(found).hasSize(2);
			assertThat(found.get(0)).isInstanceOf(TimeMention.Grain.class);
			assertThat(((TimeMention.Window) found.get(1)).window()).isEqualTo(TimeWindow.last("P3M"));
		}

	}

	@Nested
	class NotTime {

		@ParameterizedTest
		@ValueSource(strings = { "top 5 buildings by load", "Building 12", "load between 5 and 10 kWh",
				"sensor 2022 temperature", "the 3 largest buildings", "5 best sellers", "show 12 items",
				"on weekdays only", "February 30 2023", "a month of data", "the last building", "top 10 on the list" })
		void numbersThatAreNotDatesStayNumbers(String utterance) {
			assertThat(expressions.find(utterance, HOME_ENERGY_LATEST, ZoneOffset.UTC)).isEmpty();
		}

		@Test
		void aDayNumberAfterANameIsPartOfTheName() {
			String utterance = "Building 12 March 2023";
			TimeMention.Window found = onlyWindow(utterance);
			assertThat(found.span().in(utterance)).isEqualTo("March 2023");
			assertThat(found.window()).isEqualTo(days("2023-03-01", "2023-04-01"));
		}

		@Test
		void topThreeBeforeAMonthIsARankNotADay() {
			String utterance = "top 3 March 2023";
			assertThat(onlyWindow(utterance).span().in(utterance)).isEqualTo("March 2023");
		}

	}

}
