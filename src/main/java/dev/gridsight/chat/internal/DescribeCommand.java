package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.platform.Forbidden;

/** {@code describe}: a dataset's columns, with their roles, units and synonyms. */
@Component
class DescribeCommand implements Command {

	private static final String USAGE = "/describe <dataset>";

	private final Catalog catalog;

	DescribeCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec(
				"describe", "Show a dataset's columns", USAGE, Map.of("type", "object", "properties",
						Map.of("dataset", Map.of("type", "string")), "required", List.of("dataset")),
				"data.read", false);
	}

	@Override
	public String mainArgument() {
		return "dataset";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		String name = Arguments.required(arguments, "dataset", USAGE);
		if (!context.agent().allowsDataset(name)) {
			throw new Forbidden("The agent '" + context.agent().name() + "' may not read the dataset '" + name + "'.");
		}
		DatasetSchema schema = catalog.readableByName(context.workspaceId(), name, context.user().id());
		List<List<Object>> rows = schema.columns()
			.stream()
			.map(column -> List.<Object>of(column.name(), column.type().name().toLowerCase(java.util.Locale.ROOT),
					column.role().name().toLowerCase(java.util.Locale.ROOT), column.unit() == null ? "" : column.unit(),
					String.join(", ", column.synonyms())))
			.toList();
		String fields = schema.calculatedFields().isEmpty() ? ""
				: "\n\nCalculated fields: " + String.join(", ",
						schema.calculatedFields().stream().map(field -> ChartCommand.escape(field.name())).toList())
						+ ".";
		return new CommandOutcome.Done(
				"**" + ChartCommand.escape(schema.name()) + "** has " + schema.columns().size() + " columns:\n\n"
						+ MarkdownTable.of(List.of("column", "type", "role", "unit", "synonyms"), rows, 200) + fields,
				List.of(), Map.of("dataset", schema.name(), "columns",
						schema.columns().stream().map(column -> column.name()).toList()));
	}

}
