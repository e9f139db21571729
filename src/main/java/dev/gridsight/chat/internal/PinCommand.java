package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.platform.InvalidInput;

/** {@code pin}: places a chart (the last one shown, by default) on the session's tab. */
@Component
class PinCommand implements Command {

	private final Tabs tabs;

	PinCommand(Tabs tabs) {
		this.tabs = tabs;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec("pin", "Pin a chart (the last one, by default) to the chat's tab",
				"/pin [chartId=<id>] [tabId=<id>]",
				Map.of("type", "object", "properties", Map.of("chartId", Map.of("type", "string", "format", "uuid"),
						"tabId", Map.of("type", "string", "format", "uuid"))),
				"dashboard.change", true);
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		UUID chartId = Arguments.id(arguments, "chartId");
		if (chartId == null) {
			if (context.lastCharts().isEmpty()) {
				throw new InvalidInput("There is no chart in this chat to pin yet: ask for one first.");
			}
			chartId = context.lastCharts().get(0).id();
		}
		UUID tabId = Arguments.id(arguments, "tabId");
		if (tabId == null) {
			tabId = context.tabId();
		}
		if (tabId == null) {
			throw new InvalidInput("This chat is on no tab: choose one above, or `/tab <name>` first.");
		}
		TabView tab = tabs.pin(context.user(), tabId, chartId);
		return new CommandOutcome.Done("Pinned the chart to the tab **" + ChartCommand.escape(tab.name()) + "**.",
				List.of(), Map.of("tabId", tab.id().toString(), "chartId", chartId.toString()));
	}

}
