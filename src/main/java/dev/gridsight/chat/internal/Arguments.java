package dev.gridsight.chat.internal;

import java.util.Map;
import java.util.UUID;

import dev.gridsight.platform.InvalidInput;

/** Typed reads of a command's arguments, each failure naming the argument. */
final class Arguments {

	private Arguments() {
	}

	static String text(Map<String, Object> arguments, String name) {
		Object value = arguments.get(name);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
			throw new InvalidInput(name + " must be text.");
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	static String required(Map<String, Object> arguments, String name, String usage) {
		String text = text(arguments, name);
		if (text == null) {
			throw new InvalidInput(name + " is missing. Usage: " + usage);
		}
		return text;
	}

	static UUID id(Map<String, Object> arguments, String name) {
		String text = text(arguments, name);
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(name + " must be an id, like " + UUID.randomUUID() + ".");
		}
	}

	static Integer integer(Map<String, Object> arguments, String name) {
		String text = text(arguments, name);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(name + " must be a whole number, not '" + text + "'.");
		}
	}

	static boolean flag(Map<String, Object> arguments, String name) {
		Object value = arguments.get(name);
		return value instanceof Boolean bool ? bool
				: value != null && (value.toString().equalsIgnoreCase("true") || value.toString().equals("yes"));
	}

}
