package dev.gridsight.chart;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.gridsight.platform.InvalidInput;

/**
 * How a chart draws its data: the type, and which output columns go on x, y and colour.
 *
 * @param type line, area, bar, stacked_bar, pie, scatter, heatmap, table, kpi, histogram
 * or box
 * @param x the column on the x axis (or the pie's labels); may be null
 * @param y the columns on the y axis (or the pie's values); may be empty
 * @param color the column that splits series by colour; may be null
 * @param title shown above the chart; may be null (the chart's title is used)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Visual(String type, String x, List<String> y, String color, String title) {

	public static final Set<String> TYPES = Set.of("line", "area", "bar", "stacked_bar", "pie", "scatter", "heatmap",
			"table", "kpi", "histogram", "box");

	/** No choices made: a line chart of whatever the data has. */
	public static final Visual NONE = new Visual(null, null, null, null, null);

	public Visual {
		type = type == null ? "line" : type.trim().toLowerCase(Locale.ROOT);
		if (!TYPES.contains(type)) {
			throw new InvalidInput("Unknown chart type '" + type + "'; use one of "
					+ String.join(", ", TYPES.stream().sorted().toList()) + ".");
		}
		y = y == null ? List.of() : List.copyOf(y);
	}

}
