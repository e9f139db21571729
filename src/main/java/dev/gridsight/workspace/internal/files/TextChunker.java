package dev.gridsight.workspace.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts text into passages of about {@code size} characters, each starting with the last
 * {@code overlap} or so characters of the one before, so that a sentence cut in two is
 * still whole in one of them. Cuts fall between paragraphs where possible, else between
 * sentences, else between words; a run with no space at all is cut hard.
 */
final class TextChunker {

	private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:])\\s+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final int size;

	private final int overlap;

	TextChunker(int size, int overlap) {
		if (size < 50 || overlap < 0 || overlap >= size / 2) {
			throw new IllegalArgumentException("chunk size " + size + ", overlap " + overlap);
		}
		this.size = size;
		this.overlap = overlap;
	}

	List<String> cut(String text) {
		List<Unit> units = new ArrayList<>();
		for (String paragraph : PARAGRAPHS.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
			String clean = paragraph.strip();
			if (!clean.isEmpty()) {
				List<String> pieces = pieces(clean);
				for (int i = 0; i < pieces.size(); i++) {
					units.add(new Unit(pieces.get(i), i == 0));
				}
			}
		}
		List<String> chunks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		List<String> inCurrent = new ArrayList<>();
		for (Unit unit : units) {
			int joined = current.length() + (current.isEmpty() ? 0 : 2) + unit.text().length();
			if (joined > size && !inCurrent.isEmpty()) {
				chunks.add(current.toString());
				String carried = tail(inCurrent);
				current.setLength(0);
				inCurrent.clear();
				if (!carried.isEmpty() && carried.length() + 2 + unit.text().length() <= size) {
					current.append(carried);
					inCurrent.add(carried);
				}
			}
			if (!current.isEmpty()) {
				current.append(unit.paragraphStart() ? "\n\n" : " ");
			}
			current.append(unit.text());
			inCurrent.add(unit.text());
		}
		if (!inCurrent.isEmpty()) {
			chunks.add(current.toString());
		}
		return chunks;
	}

	private record Unit(String text, boolean paragraphStart) {
	}

	/** A paragraph as units no longer than the chunk size. */
	private List<String> pieces(String paragraph) {
		if (paragraph.length() <= size) {
			return List.of(paragraph);
		}
		List<String> out = new ArrayList<>();
		for (String sentence : SENTENCES.split(paragraph)) {
			if (sentence.length() <= size) {
				out.add(sentence);
				continue;
			}
			StringBuilder words = new StringBuilder();
			for (String word : SPACES.split(sentence)) {
				while (word.length() > size) {
					if (!words.isEmpty()) {
						out.add(words.toString());
						words.setLength(0);
					}
					out.add(word.substring(0, size));
					word = word.substring(size);
				}
				if (words.length() + 1 + word.length() > size && !words.isEmpty()) {
					out.add(words.toString());
					words.setLength(0);
				}
				if (!words.isEmpty()) {
					words.append(' ');
				}
				words.append(word);
			}
			if (!words.isEmpty()) {
				out.add(words.toString());
			}
		}
		return out;
	}

	/**
	 * The overlap carried into the next chunk: the last whole units that fit in it, else
	 * the last words of the last unit.
	 */
	private String tail(List<String> units) {
		if (overlap == 0) {
			return "";
		}
		StringBuilder carried = new StringBuilder();
		for (int i = units.size() - 1; i >= 0; i--) {
			String unit = units.get(i);
			int length = carried.length() + (carried.isEmpty() ? 0 : 1) + unit.length();
			if (length > overlap) {
				break;
			}
			carried.insert(0, carried.isEmpty() ? unit : unit + " ");
		}
		if (!carried.isEmpty()) {
			return carried.toString();
		}
		String last = units.get(units.size() - 1);
		String end = last.substring(last.length() - overlap);
		int space = end.indexOf(' ');
		return (space >= 0 && space < end.length() - 1) ? end.substring(space + 1) : end;
	}

}
