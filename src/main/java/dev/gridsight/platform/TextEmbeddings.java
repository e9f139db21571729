package dev.gridsight.platform;

import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * The one in-process sentence embedding model (all-MiniLM-L6-v2, 384 dimensions), shared
 * by every module that compares texts: the built-in engine's intent classifier and the
 * workspace files' retrieval. The model (about 450 MB once loaded) is loaded on first
 * use, once per application.
 */
public interface TextEmbeddings {

	/** The length of every vector. */
	int DIMENSIONS = 384;

	/** The text's embedding, normalized to length 1. */
	float[] embed(String text);

	/** The embeddings of the texts, in their order. */
	List<float[]> embedAll(List<String> texts);

	/** The LangChain4j model itself, for code that takes its interface. */
	EmbeddingModel model();

	/** Whether the model is in memory already. */
	boolean loaded();

	/**
	 * The cosine similarity of two vectors of the same length (for normalized vectors,
	 * their dot product).
	 */
	static double cosine(float[] a, float[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
		}
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return (na == 0 || nb == 0) ? 0 : dot / Math.sqrt(na * nb);
	}

}
