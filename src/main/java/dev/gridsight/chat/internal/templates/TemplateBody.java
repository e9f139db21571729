package dev.gridsight.chat.internal.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.gridsight.platform.InvalidInput;

/**
 * A template's text and the variables it names: {@code {{name}}} or
 * {@code {{name|default}}}, a name being letters, digits and underscores. A variable
 * named twice is one field; its first default counts.
 */
final class TemplateBody {

	static final int MAX_LENGTH = 20_000;

	static final int MAX_VARIABLES = 50;

	static final int MAX_DEFAULT = 200;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

	private TemplateBody() {
	}

	/** A placeholder's name and its default (null when it has none). */
	record Variable(String name, String defaultValue) {
	}

	/**
	 * @throws InvalidInput naming the first problem: an unbalanced brace, a bad name, too
	 * many variables, too long a body
	 */
	static List<Variable> variables(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInput("body: the template is empty.");
		}
		if (body.length() > MAX_LENGTH) {
			throw new InvalidInput("body: at most " + MAX_LENGTH + " characters, not " + body.length() + ".");
		}
		Map<String, Variable> found = new LinkedHashMap<>();
		int at = 0;
		while (at < body.length()) {
			int open = body.indexOf("{{", at);
			int close = body.indexOf("}}", at);
			if (open < 0 && close < 0) {
				break;
			}
			if (open < 0 || (close >= 0 && close < open)) {
				throw new InvalidInput(
						"body: unbalanced braces: '}}' at character " + (close + 1) + " closes no '{{'.");
			}
			int end = body.indexOf("}}", open + 2);
			int nextOpen = body.indexOf("{{", open + 2);
			if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
				throw new InvalidInput(
						"body: unbalanced braces: '{{' at character " + (open + 1) + " is never closed with '}}'.");
			}
			Variable variable = variable(body.substring(open + 2, end), open);
			Variable known = found.get(variable.name());
			if (known == null || (known.defaultValue() == null && variable.defaultValue() != null)) {
				found.put(variable.name(), variable);
			}
			if (found.size() > MAX_VARIABLES) {
				throw new InvalidInput("body: at most " + MAX_VARIABLES + " different variables.");
			}
			at = end + 2;
		}
		return new ArrayList<>(found.values());
	}

	private static Variable variable(String inside, int open) {
		int bar = inside.indexOf('|');
		String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
		if (!NAME.matcher(name).matches()) {
			throw new InvalidInput("body: the variable at character " + (open + 1) + ", '{{" + shorten(inside)
					+ "}}', needs a name of letters, digits and underscores (at most 64).");
		}
		if (bar < 0) {
			return new Variable(name, null);
		}
		String defaultValue = inside.substring(bar + 1).strip();
		if (defaultValue.length() > MAX_DEFAULT || defaultValue.indexOf('\n') >= 0) {
			throw new InvalidInput(
					"body: the default of '" + name + "' must be one line of at most " + MAX_DEFAULT + " characters.");
		}
		return new Variable(name, defaultValue);
	}

	private static String shorten(String text) {
		return text.length() > 30 ? text.substring(0, 30) + "…" : text;
	}

}
