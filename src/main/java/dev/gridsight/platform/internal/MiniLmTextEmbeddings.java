package dev.gridsight.platform.internal;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import org.springframework.stereotype.Component;

import dev.gridsight.platform.TextEmbeddings;

/**
 * The application's single copy of the MiniLM model, loaded by the first caller: an
 * application (or a test context) that never compares texts never pays for it.
 */
@Component
class MiniLmTextEmbeddings implements TextEmbeddings {

	private volatile EmbeddingModel model;

	@Override
	public float[] embed(String text) {
		return normalized(model().embed(text).content());
	}

	@Override
	public List<float[]> embedAll(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		return model().embedAll(segments).content().stream().map(MiniLmTextEmbeddings::normalized).toList();
	}

	@Override
	public EmbeddingModel model() {
		EmbeddingModel loaded = model;
		if (loaded == null) {
			synchronized (this) {
				if (model == null) {
					model = new AllMiniLmL6V2EmbeddingModel();
				}
				loaded = model;
			}
		}
		return loaded;
	}

	@Override
	public boolean loaded() {
		return model != null;
	}

	private static float[] normalized(Embedding embedding) {
		float[] vector = embedding.vector();
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		if (norm == 0) {
			return vector;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		float[] out = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			out[i] = vector[i] * scale;
		}
		return out;
	}

}
