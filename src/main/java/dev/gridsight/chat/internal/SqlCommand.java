package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.platform.Forbidden;

/**
 * {@code sql}: one read-only SELECT over the workspace's datasets, checked and run in the
 * sandbox as {@code POST /api/sql} runs it. An agent limited to some datasets may not run
 * it, since a query may name any dataset.
 */
@Component
class SqlCommand implements Command {

	private static final String USAGE = "/sql select … from <dataset> …";

	static final int ROW_CAP = 1000;

	private final Catalog catalog;

	SqlCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec(
				"sql", "Run a read-only SQL SELECT over the datasets", USAGE, Map.of("type", "object", "properties",
						Map.of("sql", Map.of("type", "string", "maxLength", 20000)), "required", List.of("sql")),
				"data.read", false);
	}

	@Override
	public String mainArgument() {
		return "sql";
	}

	@Override
	public Map<String, Object> parse(String text) {
		// SQL keeps its quotes and equals signs as written
		return text == null || text.isBlank() ? Map.of() : Map.of("sql", text.strip());
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		String sql = Arguments.required(arguments, "sql", USAGE);
		if (!context.agent().allowedDatasets().isEmpty()) {
			throw new Forbidden("The agent '" + context.agent().name()
					+ "' is limited to some datasets, and SQL could read any of them.");
		}
		TabularData result = catalog.runSql(context.workspaceId(), sql, context.user().id(), ROW_CAP);
		List<String> header = result.columns().stream().map(TabularData.Column::name).toList();
		String more = result.truncated() ? "\n\nOnly the first " + ROW_CAP + " rows were read." : "";
		return new CommandOutcome.Done(
				result.rows().size() + (result.rows().size() == 1 ? " row" : " rows") + ":\n\n"
						+ MarkdownTable.of(header, result.rows(), 20) + more,
				List.of(), Map.of("columns", header, "rows", result.rows().stream().limit(100).toList(), "truncated",
						result.truncated()));
	}

}
