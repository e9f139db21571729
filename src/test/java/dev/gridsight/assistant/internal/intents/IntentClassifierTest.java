package dev.gridsight.assistant.internal.intents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real model: it and the seeded vectors are built once per JVM
 * ({@link SeededIntents}). The floors below are what all-MiniLM-L6-v2 with centroid
 * scoring reaches today; issue 9's targets (0.85 under leave-one-out, 0.90 held out) are
 * not met yet, see decision 025.
 */
class IntentClassifierTest {

	static final double LEAVE_ONE_OUT_FLOOR = 0.75;

	static final double HELD_OUT_FLOOR = 0.85;

	final IntentClassifier classifier = SeededIntents.classifier();

	@Test
	void classifiesUtterancesWrittenApartFromTheExamples() {
		List<IntentExample> heldOut = SeededIntents.heldOut();
		List<String> failures = new ArrayList<>();
		for (IntentExample utterance : heldOut) {
			Classification result = classifier.classify(utterance.text());
			String expected = (utterance.intent() == Intent.OUT_OF_SCOPE) ? "fallback" : utterance.intent().id();
			if (!IntentClassifier.answered(result).equals(expected)) {
				failures.add("'" + utterance.text() + "' expected " + expected + ", got " + result.top(3));
			}
		}
		double accuracy = 1 - failures.size() / (double) heldOut.size();
		System.out.printf("held-out accuracy %.3f (%d of %d)%n", accuracy, heldOut.size() - failures.size(),
				heldOut.size());
		assertThat(accuracy).as("held-out accuracy; misses:%n%s", String.join("\n", failures))
			.isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
	}

	/**
	 * Keyboard mash ("asdf qwer zxcv") can still score 0.27–0.36: decision 025, left to
	 * do.
	 */
	@Test
	void fallsBackOnNonsenseAndRequestsItCannotServe() {
		for (String text : List.of("", "   ", "who painted the Mona Lisa", "sing me a lullaby",
				"recommend a restaurant nearby")) {
			assertThat(classifier.classify(text).fallback()).as("'%s' → %s", text, classifier.classify(text).top(3))
				.isTrue();
		}
	}

	@Test
	void leaveOneOutAccuracyOverTheSeededExamples() {
		LeaveOneOut loo = classifier.leaveOneOut();

		System.out.printf("leave-one-out accuracy %.3f (%d of %d), %s, threshold %.2f%n", loo.accuracy(),
				loo.total() - loo.misses().size(), loo.total(), classifier.scoring(), classifier.threshold());
		loo.confusions().forEach((pair, count) -> System.out.println("  " + pair + ": " + count));
		assertThat(loo.accuracy()).as("confusions: %s", loo.confusions()).isGreaterThanOrEqualTo(LEAVE_ONE_OUT_FLOOR);
	}

	@Test
	void ranksEveryIntentBestFirst() {
		Classification result = classifier.classify("pin this chart to the sales tab");

		assertThat(result.best().intent()).isEqualTo(Intent.PIN);
		assertThat(result.ranked()).hasSize(Intent.values().length);
		assertThat(result.ranked()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
	}

	@Test
	void learnsAnEditedExampleWithoutLosingTheOthers() {
		Map<String, List<String>> edited = new LinkedHashMap<>(classifier.examples().asMap());
		List<String> pin = new ArrayList<>(edited.get("pin"));
		pin.add("stash the zorblax widget");
		edited.put("pin", pin);

		IntentClassifier rebuilt = classifier.withExamples(IntentExamples.of(edited));

		assertThat(rebuilt.classify("stash the zorblax widget").best().intent()).isEqualTo(Intent.PIN);
		assertThat(rebuilt.classify("list my datasets").best().intent()).isEqualTo(Intent.DATASETS);
		assertThat(classifier.examples().examplesOf(Intent.PIN)).doesNotContain("stash the zorblax widget");
	}

	@Test
	void givesTheSameAnswersFromManyThreads() throws Exception {
		List<String> texts = SeededIntents.heldOut().stream().map(IntentExample::text).toList();
		List<Intent> sequential = texts.stream().map((text) -> classifier.classify(text).best().intent()).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Intent>> parallel = new ArrayList<>();
			for (String text : texts) {
				parallel.add(pool.submit(() -> classifier.classify(text).best().intent()));
			}
			for (int i = 0; i < texts.size(); i++) {
				assertThat(parallel.get(i).get()).as(texts.get(i)).isEqualTo(sequential.get(i));
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
