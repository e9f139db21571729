package dev.gridsight.assistant.internal.intents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user wants from one chat turn. A closed set: the built-in engine has a handler
 * for each, so users can edit the examples of an intent but not invent intents.
 */
public enum Intent {

	CHART, KPI, REFINE, PIN, TAB, WINDOW, FILTER, SHARE, DATASETS, DESCRIBE, SQL, FORECAST, OPTIMIZE, AGENT, HELP,
	GREETING,
	/**
	 * Examples of what the assistant does not do, so such requests land here, not on a
	 * command.
	 */
	OUT_OF_SCOPE;

	/** The name used in {@code intents.json}, the API and the UI. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Intent> byId(String id) {
		return Arrays.stream(values()).filter((intent) -> intent.id().equals(id)).findFirst();
	}

	static String knownIds() {
		return Arrays.stream(values()).map(Intent::id).collect(Collectors.joining(", "));
	}

}
