package dev.gridsight.chart.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.TimeWindow.CalendarPeriod;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowParameterTest {

	private static final TimeWindow JANUARY = TimeWindow.between(Instant.parse("2025-01-01T00:00:00Z"),
			Instant.parse("2025-02-01T00:00:00Z"));

	@ParameterizedTest
	@ValueSource(strings = { "points:500", "POINTS:500", " points: 500 " })
	void readsAPointsWindowAlthoughItStartsWithAP(String text) {
		assertThat(WindowParameter.parse(text)).isEqualTo(TimeWindow.points(500));
	}

	@ParameterizedTest
	@ValueSource(strings = { "P7D", "p7d", "last:P7D", "LAST:p7d" })
	void readsTheLastAmountBareOrNamed(String text) {
		assertThat(WindowParameter.parse(text)).isEqualTo(TimeWindow.last("P7D"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "this_month", "period:this_month", "PERIOD:This_Month" })
	void readsACalendarPeriodBareOrNamed(String text) {
		assertThat(WindowParameter.parse(text)).isEqualTo(TimeWindow.period(CalendarPeriod.THIS_MONTH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-01/2025-02-01", "2025-01-01..2025-02-01",
			"2025-01-01T00:00:00Z..2025-02-01T00:00:00Z", "2025-01-01T02:00:00 02:00/2025-02-01T02:00:00+02:00" })
	void readsFixedBoundsWithASlashOrTwoDots(String text) {
		assertThat(WindowParameter.parse(text)).isEqualTo(JANUARY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "all", " ALL " })
	void allDropsTheChartsWindow(String text) {
		assertThat(WindowParameter.isAll(text)).isTrue();
		assertThat(WindowParameter.parse(text)).isNull();
	}

	@Test
	void anAbsentParameterLeavesTheChartsWindow() {
		assertThat(WindowParameter.parse(null)).isNull();
		assertThat(WindowParameter.parse(" ")).isNull();
	}

	@Test
	void refusesAPointsWindowWithoutAWholeNumber() {
		assertThatThrownBy(() -> WindowParameter.parse("points:many")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("whole number");
	}

	@Test
	void refusesAnUnknownWindowNamingTheSpellings() {
		assertThatThrownBy(() -> WindowParameter.parse("yesterweek")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("yesterweek")
			.hasMessageContaining("points:500");
	}

	@Test
	void refusesARangeWithAMissingBound() {
		assertThatThrownBy(() -> WindowParameter.parse("2025-01-01..")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("both bounds");
	}

}
