package dev.gridsight.assistant.internal.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an utterance or of a catalog name, compared the way people write them:
 * case, snake_case, hyphens and simple plurals do not matter; digits always do.
 */
final class Words {

	/**
	 * Letters and digits are separate words, so {@code Building12}, {@code load_kwh} and
	 * {@code Q3} split where a reader would split them.
	 */
	private static final Pattern WORD = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|\\p{L}+(?:['’]\\p{L}+)?");

	/** Words that never name a column, a dataset or a value on their own. */
	static final Set<String> STOP = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by",
			"per", "with", "from", "is", "are", "was", "were", "be", "me", "my", "show", "plot", "chart", "graph",
			"what", "which", "how", "data", "dataset", "table", "give", "list", "each", "all", "vs", "versus", "as",
			"it", "its", "this", "that", "these", "those", "do", "does", "did", "i", "we", "you", "please");

	static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
			Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100));

	/** A regex alternative for a count written in digits or in words. */
	static final String COUNT = "(\\d{1,6}|"
			+ String.join("|",
					NUMBER_WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
			+ ")";

	private Words() {
	}

	/**
	 * A word and where it stands.
	 *
	 * @param text as written
	 * @param norm lower case, singular: what comparisons use
	 */
	record Word(String text, String norm, int start, int end) {

		boolean numeric() {
			return Character.isDigit(this.text.charAt(0));
		}

		Span span() {
			return new Span(this.start, this.end);
		}

	}

	static List<Word> of(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(new Word(matcher.group(), norm(matcher.group()), matcher.start(), matcher.end()));
		}
		return words;
	}

	/** The normal forms of a catalog name's words, stop words left out. */
	static List<String> normsOf(String name) {
		return of(name).stream().map(Word::norm).filter(word -> !STOP.contains(word)).toList();
	}

	static String norm(String word) {
		return singular(word.toLowerCase(Locale.ROOT).replace('’', '\''));
	}

	/**
	 * English plural to singular by the regular rules only; short words and words that
	 * merely end in s ({@code status}, {@code gas}, {@code analysis}) stay as they are.
	 */
	static String singular(String word) {
		if (word.length() <= 3 || !word.endsWith("s") || Character.isDigit(word.charAt(0))) {
			return word;
		}
		if (word.endsWith("ies") && word.length() > 4) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("'s")) {
			return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
		}
		return word.substring(0, word.length() - 1);
	}

	/**
	 * How many typing errors a word of this length may carry and still be read as meant:
	 * none for short words, where one letter makes another word ("mall", "all").
	 */
	static int typosAllowed(int length) {
		return length <= 4 ? 0 : length <= 7 ? 1 : 2;
	}

	/**
	 * Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}:
	 * the matcher compares every window of the utterance with every value and only cares
	 * about small distances.
	 */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = i;
			for (int j = 1; j <= b.length(); j++) {
				int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], limit + 1);
	}

	static int count(String text) {
		String key = text.toLowerCase(Locale.ROOT);
		Integer word = NUMBER_WORDS.get(key);
		return word != null ? word : Integer.parseInt(key);
	}

}
