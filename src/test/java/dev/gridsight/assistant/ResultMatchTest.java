package dev.gridsight.assistant;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultMatchTest {

	@Test
	void aMonthKeyIsTheSameAsATimestampAtItsStart() {
		assertThat(ResultMatch.cellMatches("2022-08", "2022-08-01T00:00:00")).isTrue();
		assertThat(ResultMatch.cellMatches("2022-08-15 01:00:00", "2022-08-15T01:00:00Z")).isTrue();
		assertThat(ResultMatch.cellMatches("2022-08", "2022-09-01T00:00:00")).isFalse();
	}

	@Test
	void numbersAgreeWithinHalfAPercent() {
		assertThat(ResultMatch.cellMatches(100.0, 100.4)).isTrue();
		assertThat(ResultMatch.cellMatches(100.0, 100.6)).isFalse();
		assertThat(ResultMatch.cellMatches(0.0, 0)).isTrue();
	}

	@Test
	void columnsArePairedByTheirValuesWhateverTheirOrder() {
		List<List<Object>> expected = List.of(List.of("Mall", 2.0), List.of("Airport", 1.0));
		List<List<Object>> actual = List.of(List.of(1.0, "Airport"), List.of(2.0, "Mall"));
		assertThat(ResultMatch.matches(expected, 2, actual, 2, "set")).isTrue();
		assertThat(ResultMatch.matches(expected, 2, actual, 2, "ordered")).isFalse();
		assertThat(ResultMatch.matches(List.of(List.of("Airport", 1.0)), 2, actual, 2, "top1")).isTrue();
	}

	@Test
	void anExtraRowFailsASet() {
		List<List<Object>> expected = List.of(List.of("Mall", 2.0));
		List<List<Object>> actual = List.of(List.of("Mall", 2.0), List.of("Airport", 1.0));
		assertThat(ResultMatch.matches(expected, 2, actual, 2, "set")).isFalse();
	}

}
