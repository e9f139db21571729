package dev.gridsight.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import dev.gridsight.platform.InvalidInput;

/**
 * Filters in a URL: {@code filter.<column>=<value>}, repeated for several values, as tab
 * data, chart exports and public links take them. An empty value (a cleared picker)
 * selects everything.
 */
public final class FilterParameters {

	public static final String PREFIX = "filter.";

	private FilterParameters() {
	}

	/** The filters among a request's parameters, by column, in the order given. */
	public static Map<String, List<String>> of(MultiValueMap<String, String> parameters) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(PREFIX)) {
				String column = name.substring(PREFIX.length());
				if (column.isBlank()) {
					throw new InvalidInput("A filter parameter needs a column: filter.<column>=<value>.");
				}
				filters.put(column, values.stream().filter(value -> !value.isBlank()).toList());
			}
		});
		return filters;
	}

	/** The same filters as extra filters of chart data. */
	public static List<Charts.ExtraFilter> extra(Map<String, List<String>> filters) {
		return filters.entrySet()
			.stream()
			.map(entry -> new Charts.ExtraFilter(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

}
