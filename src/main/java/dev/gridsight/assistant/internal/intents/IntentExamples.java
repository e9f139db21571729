package dev.gridsight.assistant.internal.intents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.platform.InvalidInput;

/**
 * A validated set of training examples, grouped by intent. Seeded from
 * {@code assistant/intents.json}; Settings → Assistant will hand an edited set to
 * {@link #of(Map)}, so every rule is checked here and all problems are reported in one
 * message the UI can show as it is.
 */
public final class IntentExamples {

	static final String SEED = "assistant/intents.json";

	/** Long enough for any question; the model reads at most 256 tokens anyway. */
	static final int MAX_EXAMPLE_LENGTH = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<Intent, List<String>> examples;

	private final Map<Intent, String> descriptions;

	private IntentExamples(Map<Intent, List<String>> examples, Map<Intent, String> descriptions) {
		this.examples = examples;
		this.descriptions = descriptions;
	}

	/** The examples shipped with Gridsight. */
	public static IntentExamples seeded() {
		try (InputStream in = IntentExamples.class.getClassLoader().getResourceAsStream(SEED)) {
			if (in == null) {
				throw new IllegalStateException(SEED + " is missing from the class path");
			}
			return fromJson(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads {@code {"intents":[{"name", "description", "examples":[…]}]}}. */
	public static IntentExamples fromJson(InputStream json) {
		IntentFile file;
		try {
			file = JSON.readValue(json, IntentFile.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInput("the intents are not valid JSON: " + ex.getOriginalMessage());
		}
		if (file == null || file.intents() == null) {
			throw new InvalidInput("the intents file has no \"intents\" list");
		}
		List<String> problems = new ArrayList<>();
		Map<String, List<String>> byName = new LinkedHashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		for (IntentEntry entry : file.intents()) {
			if (entry.name() == null || entry.name().isBlank()) {
				problems.add("an intent has no name");
			}
			else if (byName.putIfAbsent(entry.name(),
					entry.examples() == null ? List.of() : entry.examples()) != null) {
				problems.add("intent '" + entry.name() + "' is listed twice");
			}
			else if (entry.description() != null) {
				descriptions.put(entry.name(), entry.description());
			}
		}
		return validated(byName, descriptions, problems);
	}

	/**
	 * A set edited by a user: intent names as the UI sends them, each with its examples.
	 * @throws InvalidInput listing every problem found
	 */
	public static IntentExamples of(Map<String, List<String>> examplesByIntent) {
		return validated(examplesByIntent, Map.of(), new ArrayList<>());
	}

	private static IntentExamples validated(Map<String, List<String>> byName, Map<String, String> descriptionsByName,
			List<String> problems) {
		Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
		Map<Intent, String> descriptions = new EnumMap<>(Intent.class);
		// the same utterance under two intents would teach the classifier both answers
		Map<String, Intent> seen = new HashMap<>();
		byName.forEach((name, texts) -> {
			Intent intent = Intent.byId(name).orElse(null);
			if (intent == null) {
				problems.add("unknown intent '" + name + "' (known: " + Intent.knownIds() + ")");
				return;
			}
			if (texts == null || texts.isEmpty()) {
				problems.add("intent '" + name + "' has no examples");
				return;
			}
			List<String> kept = new ArrayList<>();
			for (String text : texts) {
				String problem = check(intent, text, seen);
				if (problem != null) {
					problems.add(problem);
				}
				else {
					kept.add(text.strip());
				}
			}
			examples.put(intent, List.copyOf(kept));
			if (descriptionsByName.containsKey(name)) {
				descriptions.put(intent, descriptionsByName.get(name));
			}
		});
		if (problems.isEmpty() && examples.isEmpty()) {
			problems.add("there are no intents");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("the intent examples were not accepted: " + String.join("; ", problems));
		}
		return new IntentExamples(Collections.unmodifiableMap(examples), Collections.unmodifiableMap(descriptions));
	}

	private static String check(Intent intent, String text, Map<String, Intent> seen) {
		if (text == null || text.isBlank()) {
			return "intent '" + intent.id() + "' has an empty example";
		}
		if (text.strip().length() > MAX_EXAMPLE_LENGTH) {
			return "an example of '" + intent.id() + "' is longer than " + MAX_EXAMPLE_LENGTH + " characters";
		}
		Intent earlier = seen.putIfAbsent(normalized(text), intent);
		if (earlier == intent) {
			return "'" + text.strip() + "' appears twice under '" + intent.id() + "'";
		}
		if (earlier != null) {
			return "'" + text.strip() + "' is an example of both '" + earlier.id() + "' and '" + intent.id() + "'";
		}
		return null;
	}

	/**
	 * Case, spacing and end punctuation do not make a different example for the model.
	 */
	static String normalized(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s.!?]+$", "");
	}

	public Set<Intent> intents() {
		return examples.keySet();
	}

	public List<String> examplesOf(Intent intent) {
		return examples.getOrDefault(intent, List.of());
	}

	public String descriptionOf(Intent intent) {
		return descriptions.getOrDefault(intent, "");
	}

	/** Every example, grouped by intent in the enum's order. */
	public List<IntentExample> all() {
		List<IntentExample> all = new ArrayList<>();
		examples.forEach((intent, texts) -> texts.forEach((text) -> all.add(new IntentExample(intent, text))));
		return all;
	}

	/** The set as {@link #of(Map)} takes it: what an editor starts from. */
	public Map<String, List<String>> asMap() {
		Map<String, List<String>> map = new LinkedHashMap<>();
		examples.forEach((intent, texts) -> map.put(intent.id(), texts));
		return map;
	}

	public int size() {
		return examples.values().stream().mapToInt(List::size).sum();
	}

	record IntentFile(List<IntentEntry> intents) {
	}

	record IntentEntry(String name, String description, List<String> examples) {
	}

}
