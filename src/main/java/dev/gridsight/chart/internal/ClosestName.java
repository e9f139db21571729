package dev.gridsight.chart.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a misspelt one most likely meant, for "Did you mean …?" hints. */
final class ClosestName {

	private ClosestName() {
	}

	static Optional<String> to(String wanted, Collection<String> known) {
		if (wanted == null || wanted.isEmpty()) {
			return Optional.empty();
		}
		String key = wanted.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : known) {
			int distance = distance(key, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		int tolerated = Math.max(2, key.length() / 3);
		return bestDistance <= tolerated ? Optional.ofNullable(best) : Optional.empty();
	}

	static String hint(String wanted, Collection<String> known) {
		return to(wanted, known).map(name -> " Did you mean '" + name + "'?").orElse("");
	}

	/** Levenshtein distance. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
