package dev.gridsight.chat.internal.agents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.gridsight.chat.AgentProfile.Confirmation;
import dev.gridsight.platform.InvalidInput;

/** What an agent may be: each rule broken answers 400 with the field it names. */
final class AgentRules {

	/** The chat's commands, in the order the help and the form list them. */
	static final List<String> COMMANDS = List.of("chart", "tab", "pin", "window", "filter", "share", "datasets",
			"describe", "sql", "forecast", "optimize", "agent", "help");

	static final int MAX_NAME = 100;

	static final int MAX_INSTRUCTIONS = 20_000;

	static final int MAX_MODEL = 200;

	static final int MAX_DATASETS = 200;

	static final int MIN_ROUNDS = 1;

	static final int MAX_ROUNDS = 20;

	static final int DEFAULT_ROUNDS = 5;

	static final String DEFAULT_MODEL = "builtin";

	private AgentRules() {
	}

	static String name(String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new InvalidInput("name must be 1 to " + MAX_NAME + " characters.");
		}
		if (trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("name must be one line of text.");
		}
		return trimmed;
	}

	/** How names compare for uniqueness inside a workspace: case does not count. */
	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	static String instructions(String instructions) {
		String text = instructions == null ? "" : instructions.replace("\r\n", "\n");
		// PostgreSQL stores no NUL in text: binary pasted into the form is refused here,
		// not by the database
		if (text.indexOf('\u0000') >= 0) {
			throw new InvalidInput("instructions must be text; they hold a NUL character.");
		}
		if (text.length() > MAX_INSTRUCTIONS) {
			throw new InvalidInput("instructions must be at most " + MAX_INSTRUCTIONS + " characters; these are "
					+ text.length() + ".");
		}
		return text;
	}

	static String model(String model) {
		if (model == null) {
			return DEFAULT_MODEL;
		}
		String trimmed = model.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("model must not be blank; use \"" + DEFAULT_MODEL + "\" for the built-in engine.");
		}
		if (trimmed.length() > MAX_MODEL || trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("model must be one line of at most " + MAX_MODEL + " characters.");
		}
		return trimmed;
	}

	static int toolRounds(Integer rounds) {
		if (rounds == null) {
			return DEFAULT_ROUNDS;
		}
		if (rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
			throw new InvalidInput(
					"toolRounds must be between " + MIN_ROUNDS + " and " + MAX_ROUNDS + "; got " + rounds + ".");
		}
		return rounds;
	}

	static Confirmation confirmation(String confirmation) {
		if (confirmation == null) {
			return Confirmation.CHANGES;
		}
		for (Confirmation value : Confirmation.values()) {
			if (value.name().equalsIgnoreCase(confirmation.strip())) {
				return value;
			}
		}
		throw new InvalidInput("confirmation must be NEVER, CHANGES or ALWAYS; got \"" + confirmation + "\".");
	}

	/** The commands named, each known; in {@link #COMMANDS} order. */
	static List<String> commands(List<String> commands) {
		if (commands == null) {
			return List.of();
		}
		List<String> unknown = new ArrayList<>();
		for (String command : commands) {
			if (command == null || !COMMANDS.contains(command)) {
				unknown.add(String.valueOf(command));
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidInput("allowedCommands: unknown command" + (unknown.size() > 1 ? "s " : " ")
					+ String.join(", ", unknown) + "; the commands are " + String.join(", ", COMMANDS) + ".");
		}
		return commandOrder(commands);
	}

	static List<String> commandOrder(List<String> commands) {
		if (commands == null) {
			return List.of();
		}
		Set<String> chosen = Set.copyOf(commands);
		List<String> ordered = new ArrayList<>(COMMANDS.stream().filter(chosen::contains).toList());
		// names outside the list (only ever from old rows) keep their place at the end
		commands.stream().filter(command -> !COMMANDS.contains(command)).distinct().sorted().forEach(ordered::add);
		return List.copyOf(ordered);
	}

	/**
	 * The dataset names, trimmed and without repeats; whether they exist is the service's
	 * check.
	 */
	static List<String> datasets(List<String> datasets) {
		if (datasets == null) {
			return List.of();
		}
		if (datasets.size() > MAX_DATASETS) {
			throw new InvalidInput("allowedDatasets may name at most " + MAX_DATASETS + " datasets.");
		}
		Set<String> names = new LinkedHashSet<>();
		for (String dataset : datasets) {
			String trimmed = dataset == null ? "" : dataset.strip();
			if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isISOControl)) {
				throw new InvalidInput("allowedDatasets must hold dataset names, one line each and not empty.");
			}
			names.add(trimmed);
		}
		return List.copyOf(names);
	}

}
