package dev.gridsight.assistant.internal.llm;

import java.util.regex.Pattern;

/**
 * Removes an endpoint's API key from text that may be shown or logged: an endpoint's
 * error body sometimes echoes the key it was sent ("Incorrect API key provided: sk-…").
 */
final class KeyScrubber {

	private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',]+");

	/** Things that look like provider keys: sk-…, or a long run of key characters. */
	private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk|pk|rk|key)-[A-Za-z0-9_\\-]{8,}");

	private final String key;

	KeyScrubber(String key) {
		this.key = key == null || key.isBlank() ? null : key;
	}

	String scrub(String text) {
		if (text == null) {
			return null;
		}
		String clean = text;
		if (key != null) {
			clean = clean.replace(key, "[key]");
			// providers often print only the key's start and end: sk-ab…xyz
			if (key.length() >= 12) {
				clean = clean.replace(key.substring(0, 8), "[key]");
				clean = clean.replace(key.substring(key.length() - 6), "[key]");
			}
		}
		clean = BEARER.matcher(clean).replaceAll("$1[key]");
		return KEY_LIKE.matcher(clean).replaceAll("[key]");
	}

}
