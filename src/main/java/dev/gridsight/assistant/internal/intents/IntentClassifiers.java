package dev.gridsight.assistant.internal.intents;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import org.springframework.stereotype.Component;

/**
 * The intent classifier of each workspace, built on first use. The embedding model (about
 * 450 MB of memory once loaded) is loaded only when the first utterance is classified, so
 * an application that never chats, and every test context that does not, never pays for
 * it. Each workspace's classifier is kept until its examples change
 * ({@link #examplesChanged}).
 */
@Component
public class IntentClassifiers {

	private volatile EmbeddingModel model;

	private volatile IntentClassifier seeded;

	private final Map<UUID, IntentClassifier> byWorkspace = new ConcurrentHashMap<>();

	/** The classifier over the workspace's examples (the seeded ones until edited). */
	public IntentClassifier forWorkspace(UUID workspaceId) {
		return byWorkspace.computeIfAbsent(workspaceId, (id) -> seeded());
	}

	/** Forgets the workspace's classifier: the next utterance builds it again. */
	public void examplesChanged(UUID workspaceId, IntentExamples examples) {
		byWorkspace.put(workspaceId, seeded().withExamples(examples));
	}

	/** The shared embedding model, loaded on first call. */
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

	private IntentClassifier seeded() {
		IntentClassifier built = seeded;
		if (built == null) {
			synchronized (this) {
				if (seeded == null) {
					seeded = IntentClassifier.build(model(), IntentExamples.seeded());
				}
				built = seeded;
			}
		}
		return built;
	}

}
