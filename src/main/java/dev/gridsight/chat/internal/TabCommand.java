package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.Tabs;

/**
 * {@code tab}: lists the tabs, or moves the session to the tab of that name, making it
 * when there is none.
 */
@Component
class TabCommand implements Command {

	private final Tabs tabs;

	TabCommand(Tabs tabs) {
		this.tabs = tabs;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec("tab", "List the tabs, or switch to (or create) the tab of that name", "/tab [name]",
				Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string", "maxLength", 200))),
				"dashboard.change", true);
	}

	@Override
	public String mainArgument() {
		return "name";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		String name = Arguments.text(arguments, "name");
		List<Tabs.TabRef> all = tabs.list(context.user(), context.workspaceId());
		if (name == null) {
			String list = all.isEmpty() ? "There are no tabs yet: `/tab <name>` makes one." : "Tabs: "
					+ String.join(", ", all.stream().map(tab -> ChartCommand.escape(tab.name())).toList()) + ".";
			return new CommandOutcome.Done(list, List.of(),
					Map.of("tabs", all.stream().map(Tabs.TabRef::name).toList()));
		}
		Optional<Tabs.TabRef> existing = all.stream().filter(tab -> tab.name().equalsIgnoreCase(name)).findFirst();
		if (existing.isPresent()) {
			context.changes().tabId(existing.get().id());
			return new CommandOutcome.Done(
					"This chat is now on the tab **" + ChartCommand.escape(existing.get().name()) + "**.", List.of(),
					Map.of("tabId", existing.get().id().toString(), "created", false));
		}
		TabView created = tabs.create(context.user(), context.workspaceId(), name);
		context.changes().tabId(created.id());
		return new CommandOutcome.Done(
				"Made the tab **" + ChartCommand.escape(created.name()) + "**; this chat is now on it.", List.of(),
				Map.of("tabId", created.id().toString(), "created", true));
	}

}
