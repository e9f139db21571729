package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;

/** {@code datasets}: the workspace's datasets the agent may read. */
@Component
class DatasetsCommand implements Command {

	private final Catalog catalog;

	DatasetsCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec("datasets", "List the datasets you can ask about", "/datasets",
				Map.of("type", "object", "properties", Map.of()), "data.read", false);
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		List<DatasetSchema> datasets = catalog.readableIn(context.workspaceId(), context.user().id(), 200)
			.stream()
			.filter(dataset -> context.agent().allowsDataset(dataset.name()))
			.toList();
		if (datasets.isEmpty()) {
			return new CommandOutcome.Done("There are no datasets here yet: upload one on the Data page.", List.of(),
					Map.of("datasets", List.of()));
		}
		List<List<Object>> rows = datasets.stream()
			.map(dataset -> List.<Object>of(dataset.name(), dataset.columns().size(),
					dataset.timeColumn().map(column -> column.name()).orElse("")))
			.toList();
		return new CommandOutcome.Done(
				datasets.size() + (datasets.size() == 1 ? " dataset" : " datasets") + ":\n\n"
						+ MarkdownTable.of(List.of("dataset", "columns", "time column"), rows, 50),
				List.of(), Map.of("datasets", datasets.stream().map(DatasetSchema::name).toList()));
	}

}
