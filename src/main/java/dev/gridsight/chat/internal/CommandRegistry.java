package dev.gridsight.chat.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.gridsight.chat.CommandSpec;

/** Every command, by name, in the order {@link CommandNames#ALL} gives. */
@Component
class CommandRegistry {

	private final Map<String, Command> byName;

	private final List<CommandSpec> specs;

	CommandRegistry(List<Command> commands) {
		this.byName = commands.stream()
			.collect(Collectors.toMap(command -> command.spec().name(), Function.identity()));
		if (!byName.keySet().equals(new java.util.HashSet<>(CommandNames.ALL))) {
			throw new IllegalStateException("The commands are " + byName.keySet() + ", not " + CommandNames.ALL);
		}
		this.specs = commands.stream()
			.map(Command::spec)
			.sorted(Comparator.comparingInt(spec -> CommandNames.ALL.indexOf(spec.name())))
			.toList();
	}

	Optional<Command> find(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	List<CommandSpec> specs() {
		return specs;
	}

}
