package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.platform.InvalidInput;

/** {@code help}: what the commands do and how to write them. */
@Component
class HelpCommand implements Command {

	private final ObjectProvider<CommandRegistry> registry;

	HelpCommand(ObjectProvider<CommandRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec("help", "What the commands do", "/help [command]",
				Map.of("type", "object", "properties", Map.of("command", Map.of("type", "string"))), "help", false);
	}

	@Override
	public String mainArgument() {
		return "command";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		String name = Arguments.text(arguments, "command");
		CommandRegistry commands = registry.getObject();
		if (name != null) {
			CommandSpec spec = commands.find(name.replaceFirst("^/", ""))
				.orElseThrow(() -> new InvalidInput("There is no command /" + name + ". Type /help for the list."))
				.spec();
			return new CommandOutcome.Done(
					"**/" + spec.name() + "**: " + spec.description() + ".\n\nUsage: `" + spec.usage() + "`", List.of(),
					Map.of("command", spec.name(), "usage", spec.usage()));
		}
		StringBuilder text = new StringBuilder("Ask a question about your data in plain words (\"total load per "
				+ "building last month\"), or run a command:\n\n");
		for (CommandSpec spec : commands.specs()) {
			text.append("- `").append(spec.usage()).append("`: ").append(spec.description()).append('\n');
		}
		return new CommandOutcome.Done(text.toString(), List.of(),
				Map.of("commands", commands.specs().stream().map(CommandSpec::name).toList()));
	}

}
