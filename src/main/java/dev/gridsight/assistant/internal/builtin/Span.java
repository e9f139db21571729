package dev.gridsight.assistant.internal.builtin;

import java.util.Collection;

/**
 * Where an entity stands in the utterance, {@code [start, end)} in characters, so the
 * engine can take it out before it looks for the next kind of thing.
 */
record Span(int start, int end) implements Comparable<Span> {

	Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
		}
	}

	int length() {
		return this.end - this.start;
	}

	boolean overlaps(Span other) {
		return this.start < other.end && other.start < this.end;
	}

	boolean contains(Span other) {
		return this.start <= other.start && other.end <= this.end;
	}

	String in(String utterance) {
		return utterance.substring(this.start, this.end);
	}

	/**
	 * The utterance with these spans replaced by spaces: offsets stay valid, so what is
	 * found in the rest still points into the original text.
	 */
	static String blank(String utterance, Collection<Span> spans) {
		char[] chars = utterance.toCharArray();
		for (Span span : spans) {
			for (int i = span.start; i < span.end && i < chars.length; i++) {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}

	/** The utterance without these spans, white space folded: what is left to read. */
	static String cut(String utterance, Collection<Span> spans) {
		return blank(utterance, spans).trim().replaceAll("\\s+", " ");
	}

	@Override
	public int compareTo(Span other) {
		return this.start != other.start ? Integer.compare(this.start, other.start)
				: Integer.compare(other.end, this.end);
	}

}
