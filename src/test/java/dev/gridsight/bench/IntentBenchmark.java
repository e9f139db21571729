package dev.gridsight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gridsight.assistant.internal.intents.Classification;
import dev.gridsight.assistant.internal.intents.Intent;
import dev.gridsight.assistant.internal.intents.IntentClassifier;
import dev.gridsight.assistant.internal.intents.IntentExample;
import dev.gridsight.assistant.internal.intents.IntentExamples;
import dev.gridsight.assistant.internal.intents.LeaveOneOut;
import dev.gridsight.assistant.internal.intents.Scoring;
import dev.gridsight.assistant.internal.intents.SeededIntents;

/**
 * The built-in assistant's intent classifier (decision 025): model load and start-up
 * embedding time, leave-one-out accuracy over the seeded examples for each scoring, how
 * the fallback threshold trades accuracy against catching out-of-scope text, and p50/p95
 * classification time after a warm-up. Run it with {@code bench/intents}.
 */
public final class IntentBenchmark {

	private static final List<String> NONSENSE = List.of("asdf qwer zxcv", "lorem ipsum dolor sit amet",
			"blue banana seventeen", "xyz", "the cat sat on the mat", "purple monkey dishwasher", "12345");

	private IntentBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		long rssBefore = rssKb();
		long start = System.nanoTime();
		SeededIntents.model().embed("warm the model up");
		double loadMs = millisSince(start);
		long rssModel = rssKb();
		start = System.nanoTime();
		IntentClassifier seeded = SeededIntents.classifier();
		double buildMs = millisSince(start);
		IntentExamples examples = seeded.examples();
		System.out.printf("model load + first embedding: %.0f ms (resident memory +%d MB)%n", loadMs,
				(rssModel - rssBefore) / 1024);
		System.out.printf("start-up: embedding %d examples of %d intents: %.0f ms%n", examples.size(),
				examples.intents().size(), buildMs);

		System.out.println("\nleave-one-out accuracy (threshold " + seeded.threshold() + " / best intent only):");
		for (Scoring scoring : List.of(Scoring.centroid(), Scoring.nearest(1), Scoring.nearest(2), Scoring.nearest(3),
				Scoring.nearest(5))) {
			LeaveOneOut withThreshold = seeded.with(scoring, seeded.threshold()).leaveOneOut();
			LeaveOneOut argmax = seeded.with(scoring, -1).leaveOneOut();
			System.out.printf("  %-16s %.3f / %.3f%s%n", scoring, withThreshold.accuracy(), argmax.accuracy(),
					scoring.equals(seeded.scoring()) ? "   <- used" : "");
		}

		List<IntentExample> heldOut = SeededIntents.heldOut();
		IntentClassifier withoutOutOfScope = withoutOutOfScope(seeded);
		List<String> outOfScope = examples.examplesOf(Intent.OUT_OF_SCOPE);
		List<Classification> heldOutResults = heldOut.stream().map((u) -> seeded.classify(u.text())).toList();
		List<Double> unseenOutOfScope = outOfScope.stream()
			.map((text) -> withoutOutOfScope.classify(text).best().score())
			.toList();
		List<Double> nonsense = NONSENSE.stream().map((text) -> seeded.classify(text).best().score()).toList();
		System.out.println("\nthreshold sweep (" + seeded.scoring() + "): LOO accuracy, held-out accuracy of "
				+ heldOut.size() + ", out-of-scope caught by the threshold alone (its intent removed) of "
				+ outOfScope.size() + ", nonsense caught of " + NONSENSE.size());
		for (double threshold = 0.15; threshold < 0.451; threshold += 0.05) {
			double t = threshold;
			LeaveOneOut loo = seeded.with(seeded.scoring(), t).leaveOneOut();
			long heldOutRight = 0;
			for (int i = 0; i < heldOut.size(); i++) {
				Classification c = heldOutResults.get(i);
				boolean fallback = c.best().score() < t || c.best().intent() == Intent.OUT_OF_SCOPE;
				String answered = fallback ? "fallback" : c.best().intent().id();
				heldOutRight += answered.equals(expected(heldOut.get(i).intent())) ? 1 : 0;
			}
			System.out.printf("  %.2f  %.3f  %.3f  %2d  %d%n", t, loo.accuracy(),
					heldOutRight / (double) heldOut.size(), unseenOutOfScope.stream().filter((s) -> s < t).count(),
					nonsense.stream().filter((s) -> s < t).count());
		}
		System.out.println("  best scores of out-of-scope examples without their intent: " + rounded(unseenOutOfScope));
		System.out.println("  best scores of nonsense: " + rounded(nonsense));

		LeaveOneOut loo = seeded.leaveOneOut();
		System.out.printf("%nLOO accuracy: %.3f (%d of %d)%n", loo.accuracy(), loo.total() - loo.misses().size(),
				loo.total());
		loo.confusions().forEach((pair, count) -> System.out.println("  " + pair + ": " + count));
		long heldOutRight = 0;
		for (int i = 0; i < heldOut.size(); i++) {
			String answered = heldOutResults.get(i).fallback() ? "fallback"
					: heldOutResults.get(i).best().intent().id();
			if (answered.equals(expected(heldOut.get(i).intent()))) {
				heldOutRight++;
			}
			else {
				System.out.println(
						"  held-out miss: " + heldOut.get(i) + " -> " + answered + " " + heldOutResults.get(i).top(3));
			}
		}
		System.out.printf("held-out accuracy: %.3f (%d of %d)%n", heldOutRight / (double) heldOut.size(), heldOutRight,
				heldOut.size());

		timeClassification(seeded, heldOut);
	}

	private static void timeClassification(IntentClassifier classifier, List<IntentExample> utterances) {
		for (int i = 0; i < 50; i++) {
			classifier.classify(utterances.get(i % utterances.size()).text());
		}
		int runs = 400;
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			classifier.classify(utterances.get(i % utterances.size()).text());
			millis[i] = millisSince(start);
		}
		Arrays.sort(millis);
		System.out.printf(
				"classification time over %d utterances after warm-up: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", runs,
				millis[runs / 2], millis[runs * 95 / 100], millis[runs - 1]);
	}

	private static IntentClassifier withoutOutOfScope(IntentClassifier seeded) {
		Map<String, List<String>> rest = new LinkedHashMap<>(seeded.examples().asMap());
		rest.remove(Intent.OUT_OF_SCOPE.id());
		return seeded.withExamples(IntentExamples.of(rest));
	}

	private static String expected(Intent intent) {
		return (intent == Intent.OUT_OF_SCOPE) ? "fallback" : intent.id();
	}

	private static List<String> rounded(List<Double> scores) {
		List<String> out = new ArrayList<>();
		scores.stream().sorted().forEach((s) -> out.add(String.format("%.2f", s)));
		return out;
	}

	private static double millisSince(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static long rssKb() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElse(0L);
	}

}
