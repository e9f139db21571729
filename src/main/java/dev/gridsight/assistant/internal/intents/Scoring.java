package dev.gridsight.assistant.internal.intents;

/**
 * How an intent's score is drawn from its examples' similarities to an utterance: the
 * mean of its {@code neighbours} nearest examples, or the similarity to the mean of all
 * its examples (its centroid). Both are kept so that the benchmark can compare them under
 * leave-one-out; decision 025 says which one the classifier uses and why.
 */
public record Scoring(Method method, int neighbours) {

	public enum Method {

		NEAREST, CENTROID

	}

	public Scoring {
		if (method == Method.NEAREST && neighbours < 1) {
			throw new IllegalArgumentException("nearest-example scoring needs at least one neighbour");
		}
	}

	public static Scoring nearest(int neighbours) {
		return new Scoring(Method.NEAREST, neighbours);
	}

	public static Scoring centroid() {
		return new Scoring(Method.CENTROID, 0);
	}

	@Override
	public String toString() {
		return (method == Method.CENTROID) ? "centroid" : neighbours + "-nearest mean";
	}

}
