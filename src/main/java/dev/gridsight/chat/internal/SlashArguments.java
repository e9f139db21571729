package dev.gridsight.chat.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.platform.InvalidInput;

/**
 * Reads what follows a slash command's name: a JSON object (what an engine's tool call
 * carries), or words, where {@code key=value} (value quoted when it has spaces) sets an
 * argument and the other words, joined, go to the main argument.
 */
final class SlashArguments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private SlashArguments() {
	}

	static Map<String, Object> parse(String text, String mainArgument) {
		String rest = text == null ? "" : text.strip();
		if (rest.startsWith("{")) {
			try {
				return JSON.readValue(rest, OBJECT);
			}
			catch (JacksonException ex) {
				throw new InvalidInput("The arguments are not a valid JSON object: " + ex.getOriginalMessage());
			}
		}
		Map<String, Object> arguments = new LinkedHashMap<>();
		List<String> free = new ArrayList<>();
		for (String word : words(rest)) {
			int equals = word.indexOf('=');
			if (equals > 0 && word.substring(0, equals).matches("[A-Za-z][A-Za-z0-9_]*")) {
				arguments.put(word.substring(0, equals), unquote(word.substring(equals + 1)));
			}
			else {
				free.add(unquote(word));
			}
		}
		if (!free.isEmpty()) {
			if (mainArgument == null) {
				throw new InvalidInput("Unexpected words: '" + String.join(" ", free) + "'. Write key=value.");
			}
			arguments.putIfAbsent(mainArgument, String.join(" ", free));
		}
		return arguments;
	}

	/** Splits on spaces outside double quotes. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				word.append(c);
			}
			else if (Character.isWhitespace(c) && !quoted) {
				if (!word.isEmpty()) {
					words.add(word.toString());
					word.setLength(0);
				}
			}
			else {
				word.append(c);
			}
		}
		if (quoted) {
			throw new InvalidInput("A quote is not closed: " + text);
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	private static String unquote(String value) {
		return value.replace("\"", "");
	}

}
