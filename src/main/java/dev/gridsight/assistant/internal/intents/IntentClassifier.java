package dev.gridsight.assistant.internal.intents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Classifies an utterance by the cosine similarity of its embedding to the embeddings of
 * the training examples (decision 025). The examples are embedded once, when the
 * classifier is built; a classification then costs one embedding and a few thousand
 * multiplications. Immutable, hence safe to share between threads; an edited example set
 * gives a new classifier through {@link #withExamples}, which embeds only the new texts.
 */
public final class IntentClassifier {

	/** Chosen under leave-one-out over the seeded examples (decision 025). */
	public static final Scoring DEFAULT_SCORING = Scoring.centroid();

	/**
	 * Under this best score the utterance is unlike every example: the engine falls back
	 * instead of guessing. Calibrated on the seeded examples (decision 025).
	 */
	public static final double DEFAULT_THRESHOLD = 0.25;

	/**
	 * The intent is in the first sentences; the model would split a long text and slow
	 * down.
	 */
	static final int MAX_UTTERANCE_LENGTH = 500;

	private final EmbeddingModel model;

	private final IntentExamples examples;

	private final Scoring scoring;

	private final double threshold;

	/**
	 * Examples in {@link IntentExamples#all()} order, so each intent's rows are
	 * contiguous.
	 */
	private final IntentExample[] rows;

	/** The examples' vectors, unit length, in {@link #rows} order. */
	private final float[][] vectors;

	private final Map<Intent, int[]> rangeOf = new EnumMap<>(Intent.class);

	private final Map<Intent, float[]> sumOf = new EnumMap<>(Intent.class);

	private IntentClassifier(EmbeddingModel model, IntentExamples examples, Scoring scoring, double threshold,
			float[][] vectors) {
		this.model = model;
		this.examples = examples;
		this.scoring = scoring;
		this.threshold = threshold;
		this.rows = examples.all().toArray(IntentExample[]::new);
		this.vectors = vectors;
		int start = 0;
		for (Intent intent : examples.intents()) {
			int end = start + examples.examplesOf(intent).size();
			this.rangeOf.put(intent, new int[] { start, end });
			float[] sum = new float[vectors[0].length];
			for (int i = start; i < end; i++) {
				add(sum, vectors[i], 1);
			}
			this.sumOf.put(intent, sum);
			start = end;
		}
	}

	public static IntentClassifier build(EmbeddingModel model, IntentExamples examples) {
		List<IntentExample> all = examples.all();
		return new IntentClassifier(model, examples, DEFAULT_SCORING, DEFAULT_THRESHOLD,
				embed(model, all.stream().map(IntentExample::text).toList()));
	}

	/**
	 * The same model and scoring over an edited set; unchanged examples keep their
	 * vectors.
	 */
	public IntentClassifier withExamples(IntentExamples next) {
		Map<String, float[]> known = new HashMap<>();
		for (int i = 0; i < rows.length; i++) {
			known.put(rows[i].text(), vectors[i]);
		}
		List<IntentExample> all = next.all();
		List<String> fresh = all.stream().map(IntentExample::text).filter((text) -> !known.containsKey(text)).toList();
		float[][] embedded = fresh.isEmpty() ? new float[0][] : embed(model, fresh);
		for (int i = 0; i < fresh.size(); i++) {
			known.put(fresh.get(i), embedded[i]);
		}
		float[][] nextVectors = all.stream().map((example) -> known.get(example.text())).toArray(float[][]::new);
		return new IntentClassifier(model, next, scoring, threshold, nextVectors);
	}

	/** For the benchmark, which compares scorings and thresholds on the same vectors. */
	public IntentClassifier with(Scoring otherScoring, double otherThreshold) {
		return new IntentClassifier(model, examples, otherScoring, otherThreshold, vectors);
	}

	public Classification classify(String utterance) {
		String text = (utterance == null) ? "" : utterance.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			List<IntentScore> none = examples.intents().stream().map((intent) -> new IntentScore(intent, 0)).toList();
			return new Classification(none, true);
		}
		if (text.length() > MAX_UTTERANCE_LENGTH) {
			text = text.substring(0, MAX_UTTERANCE_LENGTH);
		}
		return classify((normalized(model.embed(text).content().vector())), -1);
	}

	/** Classifies every example by all the others. */
	public LeaveOneOut leaveOneOut() {
		List<LeaveOneOut.Miss> misses = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			Classification result = classify(vectors[i], i);
			String answered = answered(result);
			if (!answered.equals(expected(rows[i].intent()))) {
				misses.add(new LeaveOneOut.Miss(rows[i], answered, result.best().score()));
			}
		}
		return new LeaveOneOut(rows.length, misses);
	}

	/** Each example's classification by all the others, in {@link #examples()} order. */
	public List<Classification> leaveOneOutClassifications() {
		List<Classification> all = new ArrayList<>(rows.length);
		for (int i = 0; i < rows.length; i++) {
			all.add(classify(vectors[i], i));
		}
		return all;
	}

	public IntentExamples examples() {
		return examples;
	}

	public Scoring scoring() {
		return scoring;
	}

	public double threshold() {
		return threshold;
	}

	/** What the engine would act on: an intent, or "fallback". */
	static String answered(Classification result) {
		return result.fallback() ? "fallback" : result.best().intent().id();
	}

	private static String expected(Intent intent) {
		return (intent == Intent.OUT_OF_SCOPE) ? "fallback" : intent.id();
	}

	private Classification classify(float[] vector, int leftOut) {
		List<IntentScore> scores = new ArrayList<>(rangeOf.size());
		rangeOf.forEach((intent, range) -> {
			double score = (scoring.method() == Scoring.Method.CENTROID) ? centroidScore(vector, intent, range, leftOut)
					: nearestScore(vector, range, leftOut);
			if (!Double.isNaN(score)) {
				scores.add(new IntentScore(intent, score));
			}
		});
		scores.sort(Comparator.comparingDouble(IntentScore::score).reversed());
		IntentScore best = scores.get(0);
		return new Classification(scores, best.score() < threshold || best.intent() == Intent.OUT_OF_SCOPE);
	}

	private double nearestScore(float[] vector, int[] range, int leftOut) {
		double[] best = new double[scoring.neighbours()];
		Arrays.fill(best, Double.NEGATIVE_INFINITY);
		int found = 0;
		for (int i = range[0]; i < range[1]; i++) {
			if (i == leftOut) {
				continue;
			}
			double similarity = dot(vector, vectors[i]);
			found++;
			// best is sorted descending; insert similarity if it beats the last kept
			for (int slot = 0; slot < best.length; slot++) {
				if (similarity > best[slot]) {
					System.arraycopy(best, slot, best, slot + 1, best.length - slot - 1);
					best[slot] = similarity;
					break;
				}
			}
		}
		int kept = Math.min(found, best.length);
		if (kept == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int slot = 0; slot < kept; slot++) {
			sum += best[slot];
		}
		return sum / kept;
	}

	private double centroidScore(float[] vector, Intent intent, int[] range, int leftOut) {
		float[] sum = sumOf.get(intent);
		if (leftOut >= range[0] && leftOut < range[1]) {
			if (range[1] - range[0] == 1) {
				return Double.NaN;
			}
			sum = sum.clone();
			add(sum, vectors[leftOut], -1);
		}
		double norm = Math.sqrt(dot(sum, sum));
		return dot(vector, sum) / norm;
	}

	private static float[][] embed(EmbeddingModel model, List<String> texts) {
		List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
		return embeddings.stream().map((embedding) -> normalized(embedding.vector())).toArray(float[][]::new);
	}

	private static float[] normalized(float[] vector) {
		double norm = Math.sqrt(dot(vector, vector));
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / norm);
		}
		return unit;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static void add(float[] sum, float[] vector, int sign) {
		for (int i = 0; i < sum.length; i++) {
			sum[i] += sign * vector[i];
		}
	}

}
