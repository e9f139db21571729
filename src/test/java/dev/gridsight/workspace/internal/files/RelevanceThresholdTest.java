package dev.gridsight.workspace.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.Test;

import dev.gridsight.assistant.internal.intents.SeededIntents;
import dev.gridsight.platform.TextEmbeddings;
import dev.gridsight.workspace.WorkspaceFiles.FileChunk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance threshold (gridsight.files.min-score, 0.3), checked on the real MiniLM
 * model: questions about a passage find it first and above the threshold; questions about
 * nothing in the files find nothing.
 */
class RelevanceThresholdTest {

	static final double THRESHOLD = new FilesSettings(null, 0, 0, 0, 0, null, 0, 0).minScore();

	static final List<String> PASSAGES = List.of(
			"The boiler feed pump number two was replaced in March 2026 because its bearings overheated twice "
					+ "during the winter peak. The new pump draws 15 percent less power.",
			"Gas turbine GTA 1 is due for a borescope inspection every 8,000 operating hours; the last one found "
					+ "light erosion on the first-stage blades.",
			"The grid tariff has three periods: peak from 18:00 to 22:00, standard during the day, off-peak at "
					+ "night. Peak energy costs 2.4 times the off-peak price.",
			"Visitors must wear a helmet, safety shoes and ear protection in the turbine hall and sign in at the "
					+ "gatehouse.");

	static final Map<String, Integer> RELEVANT = Map.of("Why was the feed pump replaced?", 0,
			"When is the next borescope inspection of GTA 1?", 1, "What hours are the peak tariff period?", 2,
			"What protective equipment do visitors need?", 3);

	static final List<String> UNRELATED = List.of("What is the best recipe for chocolate cake?",
			"Who won the football world cup in 1998?", "How do I renew my passport?",
			"Recommend a good science fiction novel.");

	final EmbeddingModel model = SeededIntents.model();

	@Test
	void aQuestionAboutAPassageFindsItFirstAndAnUnrelatedQuestionFindsNothing() {
		List<FileRepository.Passage> passages = new ArrayList<>();
		UUID file = UUID.randomUUID();
		for (int i = 0; i < PASSAGES.size(); i++) {
			passages
				.add(new FileRepository.Passage(file, "plant.md", i, null, PASSAGES.get(i), embed(PASSAGES.get(i))));
		}
		RELEVANT.forEach((question, expected) -> {
			List<FileChunk> found = WorkspaceFileService.ranked(embed(question), passages, THRESHOLD, 3);
			System.out.printf("relevant   %.3f %s%n", found.isEmpty() ? 0 : found.get(0).score(), question);
			assertThat(found).as(question).isNotEmpty();
			assertThat(found.get(0).index()).as(question).isEqualTo(expected);
		});
		for (String question : UNRELATED) {
			List<FileChunk> best = WorkspaceFileService.ranked(embed(question), passages, -1, 1);
			System.out.printf("unrelated  %.3f %s%n", best.get(0).score(), question);
			assertThat(WorkspaceFileService.ranked(embed(question), passages, THRESHOLD, 3)).as(question).isEmpty();
		}
	}

	private float[] embed(String text) {
		float[] vector = model.embed(text).content().vector();
		assertThat(vector).hasSize(TextEmbeddings.DIMENSIONS);
		return vector;
	}

}
