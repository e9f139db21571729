package dev.gridsight.assistant.internal.intents;

import java.util.List;

/**
 * The intents of one utterance, best first. {@code fallback} is set when the best score
 * is under the classifier's threshold or the best intent is {@link Intent#OUT_OF_SCOPE}:
 * the engine then says plainly what it can do instead of guessing a command.
 */
public record Classification(List<IntentScore> ranked, boolean fallback) {

	public Classification {
		if (ranked.isEmpty()) {
			throw new IllegalArgumentException("a classification ranks at least one intent");
		}
		ranked = List.copyOf(ranked);
	}

	public IntentScore best() {
		return ranked.get(0);
	}

	public List<IntentScore> top(int n) {
		return ranked.subList(0, Math.min(n, ranked.size()));
	}

}
