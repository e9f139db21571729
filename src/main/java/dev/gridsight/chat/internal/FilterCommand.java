package dev.gridsight.chat.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.dashboard.TabFilter;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.platform.InvalidInput;

/** {@code filter}: sets a filter of the session's tab. */
@Component
class FilterCommand implements Command {

	private static final String USAGE = "/filter column=<column> values=\"<a>,<b>\" (no values: all)";

	private final Tabs tabs;

	FilterCommand(Tabs tabs) {
		this.tabs = tabs;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec("filter", "Filter the chat's tab to some values of a column", USAGE,
				Map.of("type", "object", "properties",
						Map.of("column", Map.of("type", "string"), "values",
								Map.of("type", "array", "items", Map.of("type", "string"))),
						"required", List.of("column")),
				"dashboard.change", true);
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		String column = Arguments.required(arguments, "column", USAGE);
		UUID tabId = context.tabId();
		if (tabId == null) {
			throw new InvalidInput("This chat is on no tab: choose one above, or `/tab <name>` first.");
		}
		List<Object> values = values(arguments.get("values"));
		TabView tab = tabs.setFilter(context.user(), tabId, new TabFilter(column, values));
		String what = values.isEmpty() ? "every value" : values.size() + (values.size() == 1 ? " value" : " values");
		return new CommandOutcome.Done(
				"The tab **" + ChartCommand.escape(tab.name()) + "** is filtered on **" + ChartCommand.escape(column)
						+ "** (" + what + ").",
				List.of(), Map.of("tabId", tab.id().toString(), "column", column, "values", values));
	}

	private static List<Object> values(Object given) {
		if (given == null) {
			return List.of();
		}
		if (given instanceof List<?> list) {
			return list.stream().map(Object.class::cast).toList();
		}
		if (given instanceof String text) {
			return Arrays.stream(text.split(","))
				.map(String::strip)
				.filter(value -> !value.isEmpty())
				.map(Object.class::cast)
				.toList();
		}
		throw new InvalidInput("values must be a list of values or text separated by commas.");
	}

}
