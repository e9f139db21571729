package dev.gridsight.assistant.internal.models;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.gridsight.platform.InvalidInput;

/** What a model's fields may hold, checked on every save. */
final class ModelRules {

	static final int MAX_NAME = 100;

	static final int MAX_BASE_URL = 500;

	static final int MAX_MODEL = 200;

	static final int MAX_KEY = 1000;

	static final int MIN_CONTEXT = 512;

	static final int MAX_CONTEXT = 10_000_000;

	static final int DEFAULT_CONTEXT = 8192;

	/**
	 * The built-in engine's name: agents and sessions use it, a configured model may not.
	 */
	static final String BUILTIN = "builtin";

	private ModelRules() {
	}

	static String name(String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("name: give the model a name (what agents and sessions will call it).");
		}
		if (trimmed.length() > MAX_NAME || trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("name: one line of at most " + MAX_NAME + " characters.");
		}
		if (trimmed.equalsIgnoreCase(BUILTIN)) {
			throw new InvalidInput("name: '" + BUILTIN + "' is the built-in engine's name; choose another.");
		}
		return trimmed;
	}

	/**
	 * An http(s) URL without user info, query or fragment, and without its trailing
	 * slash.
	 */
	static String baseUrl(String baseUrl) {
		String trimmed = baseUrl == null ? "" : baseUrl.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("baseUrl: give the endpoint's base URL, e.g. https://api.openai.com/v1.");
		}
		if (trimmed.length() > MAX_BASE_URL) {
			throw new InvalidInput("baseUrl: at most " + MAX_BASE_URL + " characters.");
		}
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw new InvalidInput("baseUrl: not a valid URL (" + ex.getReason() + ").");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new InvalidInput("baseUrl: only http:// and https:// URLs are accepted.");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new InvalidInput("baseUrl: the URL has no host.");
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidInput(
					"baseUrl: must not contain a user name or password; put the API key in the key field.");
		}
		if (uri.getRawFragment() != null) {
			throw new InvalidInput("baseUrl: must not have a fragment (#…).");
		}
		if (uri.getRawQuery() != null) {
			throw new InvalidInput("baseUrl: must not have a query (?…); give the path up to /v1.");
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	static String model(String model) {
		String trimmed = model == null ? "" : model.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("model: give the model's name at the endpoint (\"Test connection\" lists them).");
		}
		if (trimmed.length() > MAX_MODEL || trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("model: one line of at most " + MAX_MODEL + " characters.");
		}
		return trimmed;
	}

	static int contextTokens(Integer tokens) {
		if (tokens == null) {
			return DEFAULT_CONTEXT;
		}
		if (tokens < MIN_CONTEXT || tokens > MAX_CONTEXT) {
			throw new InvalidInput(
					"contextTokens: between " + MIN_CONTEXT + " and " + MAX_CONTEXT + " tokens, not " + tokens + ".");
		}
		return tokens;
	}

	/** A key as typed: trimmed, one line, bounded. */
	static String key(String key) {
		String trimmed = key == null ? "" : key.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("apiKey: the key is empty.");
		}
		if (trimmed.length() > MAX_KEY || trimmed.chars().anyMatch(Character::isISOControl)
				|| trimmed.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidInput("apiKey: one word of at most " + MAX_KEY + " characters, without spaces.");
		}
		return trimmed;
	}

}
