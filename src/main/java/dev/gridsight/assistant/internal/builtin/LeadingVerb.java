package dev.gridsight.assistant.internal.builtin;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gridsight.assistant.internal.intents.Intent;

/**
 * A message that opens with a verb only one command has ("pin it to the tab", "please
 * share this") means that command, whatever the classifier's nearest examples say: the
 * words after the verb ("the tab") can pull the embedding towards another intent.
 */
final class LeadingVerb {

	private static final Pattern LEAD = Pattern.compile(
			"^\\s*(?:(?:please|ok|okay|now|and|then|can you|could you|would you)[\\s,]+)*(pin|share|describe)\\b",
			Pattern.CASE_INSENSITIVE);

	private LeadingVerb() {
	}

	static Optional<Intent> of(String utterance) {
		Matcher lead = LEAD.matcher(utterance == null ? "" : utterance);
		if (!lead.find()) {
			return Optional.empty();
		}
		return Optional.of(switch (lead.group(1).toLowerCase(Locale.ROOT)) {
			case "pin" -> Intent.PIN;
			case "share" -> Intent.SHARE;
			default -> Intent.DESCRIBE;
		});
	}

}
