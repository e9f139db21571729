package dev.gridsight.workspace.internal.files;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextChunkerTest {

	final TextChunker chunker = new TextChunker(1_000, 150);

	@Test
	void shortTextIsOneChunk() {
		assertThat(chunker.cut("One paragraph.\n\nAnother one.")).containsExactly("One paragraph.\n\nAnother one.");
	}

	@Test
	void blankTextHasNoChunks() {
		assertThat(chunker.cut("  \n\n \r\n ")).isEmpty();
	}

	@Test
	void cutsBetweenParagraphsAndCarriesTheLastOneOver() {
		String first = "a".repeat(600) + ".";
		String second = "Short middle paragraph.";
		String third = "b".repeat(600) + ".";
		List<String> chunks = chunker.cut(first + "\n\n" + second + "\n\n" + third);

		assertThat(chunks).hasSize(2);
		assertThat(chunks.get(0)).isEqualTo(first + "\n\n" + second);
		assertThat(chunks.get(1)).isEqualTo(second + "\n\n" + third);
	}

	@Test
	void aLongParagraphIsCutBetweenSentencesWithinTheSizeAndOverlaps() {
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			paragraph.append("Sentence number ").append(i).append(" talks about the boiler and the turbine. ");
		}
		List<String> chunks = chunker.cut(paragraph.toString());

		assertThat(chunks).hasSizeGreaterThan(2);
		assertThat(chunks).allSatisfy((chunk) -> {
			assertThat(chunk.length()).isLessThanOrEqualTo(1_000);
			assertThat(chunk).startsWith("Sentence number ").endsWith("turbine.");
		});
		for (int i = 1; i < chunks.size(); i++) {
			String previous = chunks.get(i - 1);
			String firstSentence = chunks.get(i).substring(0, chunks.get(i).indexOf('.') + 1);
			assertThat(previous.substring(previous.length() - 160)).contains(firstSentence);
		}
		String all = String.join(" ", chunks);
		for (int i = 0; i < 60; i++) {
			assertThat(all).contains("Sentence number " + i + " ");
		}
	}

	@Test
	void aRunWithoutSpacesIsCutHard() {
		List<String> chunks = chunker.cut("x".repeat(2_500));

		assertThat(chunks).allSatisfy((chunk) -> assertThat(chunk.length()).isLessThanOrEqualTo(1_000));
		assertThat(String.join("", chunks).replace(" ", "").length()).isGreaterThanOrEqualTo(2_500);
	}

}
