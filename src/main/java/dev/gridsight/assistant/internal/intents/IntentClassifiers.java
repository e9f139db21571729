package dev.gridsight.assistant.internal.intents;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.TextEmbeddings;

/**
 * The intent classifier of each workspace, built on first use. The embedding model (about
 * 450 MB of memory once loaded) is loaded only when the first utterance is classified, so
 * an application that never chats, and every test context that does not, never pays for
 * it. A workspace that edited its examples gets a classifier over the stored set (only
 * the edited texts are embedded again); the others share the seeded one. Each workspace's
 * classifier is kept until its examples change ({@link #examplesChanged}). In the
 * application the model is the shared one of {@link TextEmbeddings} (one copy for the
 * classifier and the workspace files).
 */
@Component
public class IntentClassifiers {

	private static final Logger log = LoggerFactory.getLogger(IntentClassifiers.class);

	private final EditedExamples edited;

	private final Supplier<EmbeddingModel> source;

	private volatile EmbeddingModel model;

	private volatile IntentClassifier seeded;

	private final Map<UUID, IntentClassifier> byWorkspace = new ConcurrentHashMap<>();

	/** With the application's shared model, fetched on the first utterance. */
	@Autowired
	public IntentClassifiers(EditedExamples edited, TextEmbeddings embeddings) {
		this(edited, (Supplier<EmbeddingModel>) embeddings::model);
	}

	/**
	 * With a model of its own, loaded on first use: for tests and tools without Spring.
	 */
	public IntentClassifiers(EditedExamples edited) {
		this(edited, (Supplier<EmbeddingModel>) AllMiniLmL6V2EmbeddingModel::new);
	}

	private IntentClassifiers(EditedExamples edited, Supplier<EmbeddingModel> source) {
		this.edited = edited;
		this.source = source;
	}

	/** Seeded examples only: for tests and tools without a database. */
	public IntentClassifiers() {
		this((workspaceId) -> Optional.empty());
	}

	/** With a model already loaded: tests share one per JVM. */
	IntentClassifiers(EditedExamples edited, EmbeddingModel model) {
		this(edited, () -> model);
		this.model = model;
	}

	/** The classifier over the workspace's examples (the seeded ones until edited). */
	public IntentClassifier forWorkspace(UUID workspaceId) {
		return byWorkspace.computeIfAbsent(workspaceId, this::build);
	}

	/**
	 * The workspace's examples were edited: its classifier is rebuilt now, so the edit
	 * applies to the next utterance; other workspaces keep theirs.
	 */
	public void examplesChanged(UUID workspaceId, IntentExamples examples) {
		if (model == null) {
			// nobody chatted yet: the first utterance builds it from the stored examples
			byWorkspace.remove(workspaceId);
			return;
		}
		byWorkspace.put(workspaceId, seeded().withExamples(examples));
	}

	/** Whether the embedding model is in memory. */
	boolean modelLoaded() {
		return model != null;
	}

	private IntentClassifier build(UUID workspaceId) {
		Optional<IntentExamples> stored;
		try {
			stored = edited.of(workspaceId);
		}
		catch (InvalidInput ex) {
			// a seed changed by an upgrade can clash with an older edit: chat on, on the
			// seed
			log.warn("Workspace {} has intent examples that are no longer valid, using the seeded ones: {}",
					workspaceId, ex.getMessage());
			stored = Optional.empty();
		}
		return stored.map((examples) -> seeded().withExamples(examples)).orElseGet(this::seeded);
	}

	/** The shared embedding model, loaded on first call. */
	public EmbeddingModel model() {
		EmbeddingModel loaded = model;
		if (loaded == null) {
			synchronized (this) {
				if (model == null) {
					model = source.get();
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
