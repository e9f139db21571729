package dev.gridsight.assistant.internal.intents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.Test;

import dev.gridsight.platform.TextEmbeddings;

import static org.assertj.core.api.Assertions.assertThat;

/** Each workspace's classifier comes from its stored examples, or the seed. */
class IntentClassifiersTest {

	final UUID edited = UUID.randomUUID();

	final UUID untouched = UUID.randomUUID();

	final IntentExamples walrusSql = walrusSql();

	final IntentClassifiers classifiers = new IntentClassifiers(
			(workspace) -> workspace.equals(edited) ? Optional.of(walrusSql) : Optional.empty(), SeededIntents.model());

	@Test
	void aWorkspaceWithStoredExamplesIsClassifiedByThem() {
		assertThat(classifiers.forWorkspace(edited).classify("purple walrus ballet").best().intent())
			.isEqualTo(Intent.SQL);
		assertThat(classifiers.forWorkspace(untouched).classify("purple walrus ballet").best().intent())
			.isNotEqualTo(Intent.SQL);
	}

	@Test
	void anEditAppliesToTheNextUtteranceOfThatWorkspaceOnly() {
		classifiers.forWorkspace(untouched);
		classifiers.examplesChanged(untouched, walrusSql);

		assertThat(classifiers.forWorkspace(untouched).examples().examplesOf(Intent.SQL))
			.containsExactlyElementsOf(walrusSql.examplesOf(Intent.SQL));
		assertThat(classifiers.forWorkspace(UUID.randomUUID()).examples().examplesOf(Intent.SQL))
			.isEqualTo(IntentExamples.seeded().examplesOf(Intent.SQL));
	}

	@Test
	void anEditBeforeAnyUtteranceLeavesTheModelUnloaded() {
		IntentClassifiers fresh = new IntentClassifiers((workspace) -> Optional.of(walrusSql));

		fresh.examplesChanged(edited, walrusSql);

		assertThat(fresh.modelLoaded()).isFalse();
	}

	@Test
	void theApplicationsClassifiersUseTheSharedEmbeddingModel() {
		AtomicInteger asked = new AtomicInteger();
		TextEmbeddings shared = new TextEmbeddings() {

			@Override
			public float[] embed(String text) {
				throw new UnsupportedOperationException();
			}

			@Override
			public List<float[]> embedAll(List<String> texts) {
				throw new UnsupportedOperationException();
			}

			@Override
			public EmbeddingModel model() {
				asked.incrementAndGet();
				return SeededIntents.model();
			}

			@Override
			public boolean loaded() {
				return true;
			}

		};
		IntentClassifiers application = new IntentClassifiers((workspace) -> Optional.empty(), shared);
		assertThat(asked).hasValue(0);

		application.forWorkspace(untouched).classify("show me the load by site");

		assertThat(asked).hasValue(1);
		assertThat(application.model()).isSameAs(SeededIntents.model());
	}

	private static IntentExamples walrusSql() {
		Map<String, List<String>> all = new LinkedHashMap<>(IntentExamples.seeded().asMap());
		all.put(Intent.SQL.id(), List.of("purple walrus ballet tickets", "a walrus dancing ballet in purple"));
		return IntentExamples.of(all);
	}

}
