package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;

/**
 * {@code forecast} and {@code optimize}: they call the energy module, which is not
 * installed yet; until it is, they say so rather than pretend.
 */
final class EnergyCommand implements Command {

	private final String name;

	private final String description;

	EnergyCommand(String name, String description) {
		this.name = name;
		this.description = description;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec(name, description, "/" + name + " [site=<name>] [horizon=<hours>]",
				Map.of("type", "object", "properties",
						Map.of("site", Map.of("type", "string"), "horizon", Map.of("type", "integer"))),
				"energy.run", false);
	}

	@Override
	public String mainArgument() {
		return "site";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		return new CommandOutcome.Done(
				"The energy model is not installed yet, so I cannot " + name
						+ " here. Charts of your energy data work: ask for one.",
				List.of(), Map.of("installed", false));
	}

}
