package dev.gridsight.workspace.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import dev.gridsight.assistant.internal.intents.SeededIntents;
import dev.gridsight.workspace.TestPdfs;

/**
 * How long an upload of a 100-page PDF (about 2,500 characters a page) spends reading,
 * cutting and embedding its text, with the model already loaded: the upload does all of
 * it before it answers. Run it with {@code bench/files}.
 */
public final class FileReadingBenchmark {

	private static final String[] WORDS = { "boiler", "turbine", "steam", "pressure", "the", "feed", "pump", "was",
			"inspected", "during", "maintenance", "and", "valve", "grid", "tariff", "peak", "load", "of", "meter",
			"operator", "reported", "a", "fault", "in", "hall", "two", "energy", "cost", "night", "shift" };

	private FileReadingBenchmark() {
	}

	public static void main(String[] args) {
		int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		Random random = new Random(11);
		String[] texts = new String[pages];
		for (int p = 0; p < pages; p++) {
			StringBuilder page = new StringBuilder();
			while (page.length() < 2_500) {
				int words = 8 + random.nextInt(14);
				for (int w = 0; w < words; w++) {
					page.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
				}
				page.append(". ");
			}
			texts[p] = page.toString();
		}
		byte[] pdf = TestPdfs.pdf(texts);
		EmbeddingModel model = SeededIntents.model();
		model.embed("warm up");

		long start = System.nanoTime();
		List<String> read = PdfText.pages("bench.pdf", pdf, 1_000);
		long parsed = System.nanoTime();
		TextChunker chunker = new TextChunker(1_000, 150);
		List<TextSegment> chunks = new ArrayList<>();
		for (String page : read) {
			chunker.cut(page).forEach((chunk) -> chunks.add(TextSegment.from(chunk)));
		}
		long cut = System.nanoTime();
		model.embedAll(chunks);
		long embedded = System.nanoTime();

		System.out.printf("PDF: %d pages, %.1f MB, %d passages%n", pages, pdf.length / 1e6, chunks.size());
		System.out.printf("read text (PDFBox):  %6.0f ms%n", (parsed - start) / 1e6);
		System.out.printf("cut into passages:   %6.0f ms%n", (cut - parsed) / 1e6);
		System.out.printf("embed (MiniLM):      %6.0f ms (%.1f ms a passage)%n", (embedded - cut) / 1e6,
				(embedded - cut) / 1e6 / chunks.size());
		System.out.printf("total:               %6.0f ms%n", (embedded - start) / 1e6);
	}

}
