package dev.gridsight.chart;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartWindowTest {

	private static final WindowAnchor LATEST_DATA = WindowAnchor.latestData(Instant.parse("2023-07-31T22:00:00Z"));

	private static ChartWindow resolve(TimeWindow window, WindowAnchor anchor) {
		return window.resolve(anchor).orElseThrow();
	}

	@Test
	void endsARelativeWindowAtTheEndOfTheAnchorsHour() {
		ChartWindow window = resolve(TimeWindow.last("P7D"), LATEST_DATA);

		assertThat(window.from()).isEqualTo(Instant.parse("2023-07-24T23:00:00Z"));
		assertThat(window.to()).isEqualTo(Instant.parse("2023-07-31T23:00:00Z"));
		assertThat(window.contains(LATEST_DATA.at())).isTrue();
		assertThat(window.length()).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void includesTheCurrentPartialHourWhenAnchoredAtNow() {
		ChartWindow window = resolve(TimeWindow.last("PT24H"), WindowAnchor.now(Instant.parse("2024-03-10T14:23:05Z")));

		assertThat(window)
			.isEqualTo(new ChartWindow(Instant.parse("2024-03-09T15:00:00Z"), Instant.parse("2024-03-10T15:00:00Z")));
	}

	@Test
	void endsAWindowShorterThanAnHourAtTheEndOfTheAnchorsMinute() {
		ChartWindow window = resolve(TimeWindow.last("PT15M"), WindowAnchor.now(Instant.parse("2024-03-10T14:23:05Z")));

		assertThat(window)
			.isEqualTo(new ChartWindow(Instant.parse("2024-03-10T14:09:00Z"), Instant.parse("2024-03-10T14:24:00Z")));
	}

	@Test
	void countsMonthsAndYearsOnTheUtcCalendar() {
		assertThat(resolve(TimeWindow.last("P1M"), LATEST_DATA).from())
			.isEqualTo(Instant.parse("2023-06-30T23:00:00Z"));
		assertThat(resolve(TimeWindow.last("p1y"), LATEST_DATA).from())
			.isEqualTo(Instant.parse("2022-07-31T23:00:00Z"));
		assertThat(resolve(TimeWindow.last("P1DT12H"), LATEST_DATA).from())
			.isEqualTo(Instant.parse("2023-07-30T11:00:00Z"));
	}

	@ParameterizedTest
	@CsvSource({ "today, 2023-07-31T00:00:00Z, 2023-08-01T00:00:00Z",
			"yesterday, 2023-07-30T00:00:00Z, 2023-07-31T00:00:00Z",
			"this_week, 2023-07-31T00:00:00Z, 2023-08-07T00:00:00Z",
			"last_week, 2023-07-24T00:00:00Z, 2023-07-31T00:00:00Z",
			"this_month, 2023-07-01T00:00:00Z, 2023-08-01T00:00:00Z",
			"last_month, 2023-06-01T00:00:00Z, 2023-07-01T00:00:00Z",
			"this_year, 2023-01-01T00:00:00Z, 2024-01-01T00:00:00Z",
			"last_year, 2022-01-01T00:00:00Z, 2023-01-01T00:00:00Z" })
	void resolvesCalendarPeriodsInUtc(String period, Instant from, Instant to) {
		ChartWindow window = resolve(TimeWindow.period(TimeWindow.CalendarPeriod.of(period)), LATEST_DATA);

		assertThat(window).isEqualTo(new ChartWindow(from, to));
	}

	@Test
	void comparesWithTheWindowShiftedBackByItsOwnLength() {
		ChartWindow window = new ChartWindow(Instant.parse("2023-06-01T00:00:00Z"),
				Instant.parse("2023-07-01T00:00:00Z"));

		assertThat(window.previous())
			.isEqualTo(new ChartWindow(Instant.parse("2023-05-02T00:00:00Z"), Instant.parse("2023-06-01T00:00:00Z")));
	}

	@Test
	void readsAbsoluteBoundsAsInstantsDatesOrUtcDateTimes() {
		assertThat(TimeWindow.Absolute.parse("2023-01-01", "2023-01-02 12:00:00").resolve(LATEST_DATA))
			.contains(new ChartWindow(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2023-01-02T12:00:00Z")));
		assertThat(TimeWindow.Absolute.parse("2023-01-01T00:00:00+02:00", "2023-01-01T00:00:00Z").from())
			.isEqualTo(Instant.parse("2022-12-31T22:00:00Z"));
	}

	@Test
	void leavesThePointsWindowToTheData() {
		assertThat(TimeWindow.points(500).resolve(LATEST_DATA)).isEmpty();
	}

	@Test
	void rejectsWindowThatEndsBeforeItStarts() {
		assertThatThrownBy(
				() -> TimeWindow.between(Instant.parse("2023-02-01T00:00:00Z"), Instant.parse("2023-01-01T00:00:00Z")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("window must end after it starts");
		assertThatThrownBy(() -> TimeWindow.Absolute.parse("2023-01-01", "2023-01-01")).isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("window must end after it starts");
	}

	@Test
	void rejectsAmountsThatAreNotIsoOrNotPositive() {
		assertThatThrownBy(() -> TimeWindow.last("7 days")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("'7 DAYS' is not an ISO-8601 amount");
		assertThatThrownBy(() -> TimeWindow.last("P-7D")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("must be positive");
		assertThatThrownBy(() -> TimeWindow.last("P0D")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> TimeWindow.Absolute.parse("last tuesday", "2023-01-01"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("window from 'last tuesday'");
		assertThatThrownBy(() -> TimeWindow.points(0)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> TimeWindow.points(1_000_001)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> TimeWindow.CalendarPeriod.of("next_week")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("this_month");
	}

}
