package dev.gridsight.chart.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.assertj.core.data.Offset;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected results computed in Java from the parsed CSV rows, and close comparisons. */
final class Expected {

	private Expected() {
	}

	static <T, K extends Comparable<? super K>> Map<K, Double> sumBy(List<T> rows, Function<T, K> key,
			ToDoubleFunction<T> value) {
		return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingDouble(value)));
	}

	static <T, K extends Comparable<? super K>> Map<K, List<Double>> valuesBy(List<T> rows, Function<T, K> key,
			ToDoubleFunction<T> value) {
		return rows.stream()
			.collect(Collectors.groupingBy(key, TreeMap::new,
					Collectors.mapping(row -> value.applyAsDouble(row), Collectors.toList())));
	}

	/**
	 * PostgreSQL's {@code percentile_cont}: linear interpolation between closest ranks.
	 */
	static double percentileCont(List<Double> values, double fraction) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		double position = fraction * (sorted.size() - 1);
		int lower = (int) Math.floor(position);
		int upper = (int) Math.ceil(position);
		return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
	}

	static double sum(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).sum();
	}

	static double avg(List<Double> values) {
		return sum(values) / values.size();
	}

	static void near(Double actual, double expected) {
		near(actual, expected, 1e-9);
	}

	static void near(Double actual, double expected, double relative) {
		assertThat(actual).isNotNull();
		assertThat(actual).isCloseTo(expected, Offset.offset(Math.max(1e-9, Math.abs(expected) * relative)));
	}

	static <K> void nearEach(Map<K, Double> actual, Map<K, Double> expected, double relative) {
		assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		expected.forEach((key, value) -> near(actual.get(key), value, relative));
	}

}
