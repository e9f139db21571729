package dev.gridsight.chat.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartSummary;
import dev.gridsight.chart.Charts;
import dev.gridsight.chart.Visual;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.InvalidInput;

/**
 * {@code chart}: draws a ChartQuery. The chart is stored as a draft (out of the chart
 * library until pinned or saved) so it can be pinned and opened in the builder.
 */
@Component
class ChartCommand implements Command {

	static final String USAGE = "/chart dataset=<name> measure=<column>[:sum|avg|min|max|count] [by=<column>] "
			+ "[grain=hour|day|week|month] [type=line|bar|pie|kpi|table] [title=\"…\"]";

	private final Charts charts;

	private final Catalog catalog;

	private final JsonMapper json;

	ChartCommand(Charts charts, Catalog catalog, JsonMapper json) {
		this.charts = charts;
		this.catalog = catalog;
		this.json = json;
	}

	@Override
	public CommandSpec spec() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", Map.of("type", "string", "maxLength", 200));
		properties.put("query", Map.of("type", "object", "description",
				"a ChartQuery: {dataset, measures:[{column, agg, as?}], dimensions:[{column}], time:{column, grain|part},"
						+ " filters:[{column, op, value|values}], window, sort, limit}"));
		properties.put("visual",
				Map.of("type", "object", "description", "{type: line|area|bar|stacked_bar|pie|scatter|table|kpi, …}"));
		properties.put("explanation", Map.of("type", "string", "description", "one line saying what is charted"));
		return new CommandSpec("chart", "Draw a chart of a dataset", USAGE,
				Map.of("type", "object", "properties", properties, "required", List.of("query")), "chart.create",
				false);
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		ChartQuery query = query(context, arguments);
		if (!context.agent().allowsDataset(query.dataset())) {
			throw new Forbidden(
					"The agent '" + context.agent().name() + "' may not read the dataset '" + query.dataset() + "'.");
		}
		Visual visual = visual(arguments);
		String title = Arguments.text(arguments, "title");
		if (title == null) {
			title = defaultTitle(query);
		}
		if (title.length() > 200) {
			title = title.substring(0, 200);
		}
		ChartSummary chart = charts.createDraft(context.user(), context.workspaceId(), title, query, visual);
		ChartData data = charts.data(chart.id(), context.user().id(), Charts.WindowChoice.INHERIT, null, List.of())
			.data();
		String explanation = Arguments.text(arguments, "explanation");
		ChatChart shown = new ChatChart(chart.id(), chart.title(), chart.query(), chart.visual(), data,
				explanation == null ? title : explanation);
		return new CommandOutcome.Done("Charted **" + escape(chart.title()) + "** (" + data.rows().size() + " rows).",
				List.of(shown), Map.of("chartId", chart.id().toString(), "rows", data.rows().size(), "columns",
						data.columns().stream().map(column -> column.name()).toList()));
	}

	private ChartQuery query(CommandContext context, Map<String, Object> arguments) {
		Object query = arguments.get("query");
		if (query == null) {
			query = flatQuery(context, arguments);
		}
		try {
			return json.convertValue(query, ChartQuery.class);
		}
		catch (JacksonException ex) {
			Throwable cause = ex.getCause();
			throw new InvalidInput("The chart's query is not valid: "
					+ (cause != null && cause.getMessage() != null ? cause.getMessage() : ex.getOriginalMessage()));
		}
	}

	/** The slash form: {@code dataset=… measure=col:agg by=… grain=…}. */
	private Map<String, Object> flatQuery(CommandContext context, Map<String, Object> arguments) {
		String dataset = Arguments.required(arguments, "dataset", USAGE);
		String measure = Arguments.required(arguments, "measure", USAGE);
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("dataset", dataset);
		int colon = measure.indexOf(':');
		String column = colon < 0 ? measure : measure.substring(0, colon);
		String agg = colon < 0 ? "sum" : measure.substring(colon + 1);
		query.put("measures", List.of(Map.of("column", column, "agg", agg)));
		String by = Arguments.text(arguments, "by");
		if (by != null) {
			query.put("dimensions", List.of(Map.of("column", by)));
		}
		String grain = Arguments.text(arguments, "grain");
		if (grain != null) {
			DatasetSchema schema = catalog.readableByName(context.workspaceId(), dataset, context.user().id());
			DatasetColumn time = schema.timeColumn()
				.orElseThrow(() -> new InvalidInput("The dataset '" + dataset + "' has no time column to use grain."));
			query.put("time", Map.of("column", time.name(), "grain", grain));
		}
		return query;
	}

	private Visual visual(Map<String, Object> arguments) {
		Object visual = arguments.get("visual");
		if (visual == null) {
			String type = Arguments.text(arguments, "type");
			return type == null ? Visual.NONE : new Visual(type, null, null, null, null);
		}
		try {
			return json.convertValue(visual, Visual.class);
		}
		catch (JacksonException ex) {
			Throwable cause = ex.getCause();
			throw new InvalidInput("The chart's visual is not valid: "
					+ (cause != null && cause.getMessage() != null ? cause.getMessage() : ex.getOriginalMessage()));
		}
	}

	private static String defaultTitle(ChartQuery query) {
		List<String> parts = new ArrayList<>();
		query.measures()
			.forEach(measure -> parts
				.add(measure.agg().name().toLowerCase(java.util.Locale.ROOT) + " of " + measure.column()));
		String title = parts.isEmpty() ? "Rows of " + query.dataset() : String.join(", ", parts);
		if (!query.dimensions().isEmpty()) {
			title += " by " + String.join(", ", query.dimensions().stream().map(ChartQuery.Dimension::column).toList());
		}
		return Character.toUpperCase(title.charAt(0)) + title.substring(1);
	}

	static String escape(String markdown) {
		return markdown.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
	}

}
