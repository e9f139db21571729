package dev.gridsight.assistant.internal.intents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * The model and the seeded classifier, built once per JVM: loading the model and
 * embedding the examples take seconds, and every test and the benchmark read the same
 * ones.
 */
public final class SeededIntents {

	private static EmbeddingModel model;

	private static IntentClassifier classifier;

	private SeededIntents() {
	}

	public static synchronized EmbeddingModel model() {
		if (model == null) {
			model = new AllMiniLmL6V2EmbeddingModel();
		}
		return model;
	}

	public static synchronized IntentClassifier classifier() {
		if (classifier == null) {
			classifier = IntentClassifier.build(model(), IntentExamples.seeded());
		}
		return classifier;
	}

	/** Utterances written apart from the seeded examples, with the intent each means. */
	public static List<IntentExample> heldOut() {
		try (InputStream in = SeededIntents.class.getResourceAsStream("/assistant/held-out-utterances.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t", 2))
				.map((cells) -> new IntentExample(Intent.byId(cells[0]).orElseThrow(), cells[1]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
