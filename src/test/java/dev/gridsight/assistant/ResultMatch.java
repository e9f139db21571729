package dev.gridsight.assistant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a result table with an expected one as {@code ../shared/eval/README.md} says:
 * columns are paired by their values (names may differ), numbers agree within 0.5%
 * relative, time keys in any ISO form of the same instant or period start; {@code set}
 * wants the same rows in any order, {@code ordered} in the same order, {@code top1} the
 * expected single row first.
 */
final class ResultMatch {

	private static final double TOLERANCE = 0.005;

	private ResultMatch() {
	}

	static boolean matches(List<List<Object>> expected, int expectedColumns, List<List<Object>> actual,
			int actualColumns, String mode) {
		for (int[] pairing : pairings(expectedColumns, actualColumns)) {
			List<List<Object>> projected = actual.stream().map(row -> project(row, pairing)).toList();
			if (rowsMatch(expected, projected, mode)) {
				return true;
			}
		}
		return false;
	}

	private static List<Object> project(List<Object> row, int[] pairing) {
		List<Object> cells = new ArrayList<>();
		for (int index : pairing) {
			cells.add(row.get(index));
		}
		return cells;
	}

	/** Every way to give each expected column its own actual column. */
	private static List<int[]> pairings(int expected, int actual) {
		List<int[]> all = new ArrayList<>();
		pair(new int[expected], 0, new boolean[actual], all);
		return all;
	}

	private static void pair(int[] chosen, int at, boolean[] used, List<int[]> all) {
		if (at == chosen.length) {
			all.add(chosen.clone());
			return;
		}
		for (int i = 0; i < used.length; i++) {
			if (!used[i]) {
				used[i] = true;
				chosen[at] = i;
				pair(chosen, at + 1, used, all);
				used[i] = false;
			}
		}
	}

	private static boolean rowsMatch(List<List<Object>> expected, List<List<Object>> actual, String mode) {
		switch (mode) {
			case "top1":
				return !actual.isEmpty() && expected.size() == 1 && rowMatches(expected.get(0), actual.get(0));
			case "ordered":
				if (expected.size() != actual.size()) {
					return false;
				}
				for (int i = 0; i < expected.size(); i++) {
					if (!rowMatches(expected.get(i), actual.get(i))) {
						return false;
					}
				}
				return true;
			default:
				if (expected.size() != actual.size()) {
					return false;
				}
				List<List<Object>> left = new ArrayList<>(actual);
				for (List<Object> row : expected) {
					Optional<List<Object>> found = left.stream().filter(other -> rowMatches(row, other)).findFirst();
					if (found.isEmpty()) {
						return false;
					}
					left.remove(found.get());
				}
				return true;
		}
	}

	private static boolean rowMatches(List<Object> expected, List<Object> actual) {
		for (int i = 0; i < expected.size(); i++) {
			if (!cellMatches(expected.get(i), actual.get(i))) {
				return false;
			}
		}
		return true;
	}

	static boolean cellMatches(Object expected, Object actual) {
		if (expected == null || actual == null) {
			return expected == actual;
		}
		Optional<Double> left = number(expected);
		Optional<Double> right = number(actual);
		if (left.isPresent() && right.isPresent()) {
			double e = left.get();
			double a = right.get();
			return Math.abs(a - e) <= TOLERANCE * Math.abs(e) || Math.abs(a - e) < 1e-9;
		}
		Optional<LocalDateTime> when = time(expected.toString());
		Optional<LocalDateTime> then = time(actual.toString());
		if (when.isPresent() && then.isPresent()) {
			return when.get().equals(then.get());
		}
		return expected.toString().equals(actual.toString());
	}

	private static Optional<Double> number(Object value) {
		if (value instanceof Number number) {
			return Optional.of(number.doubleValue());
		}
		return Optional.empty();
	}

	/** The start of the instant or period a time key names, in UTC. */
	static Optional<LocalDateTime> time(String text) {
		String value = text.strip();
		try {
			if (value.matches("\\d{4}-\\d{2}")) {
				return Optional.of(YearMonth.parse(value).atDay(1).atStartOfDay());
			}
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return Optional.of(LocalDate.parse(value).atStartOfDay());
			}
			if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
				return Optional.of(LocalDateTime.parse(value.replace(' ', 'T')));
			}
			if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:?\\d{2})")) {
				return Optional.of(OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
			}
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
