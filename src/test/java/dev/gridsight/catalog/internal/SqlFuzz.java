package dev.gridsight.catalog.internal;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Random SQL made from pieces, reproducible: each run prints its seed, and
 * {@code -Dgridsight.fuzz.seed=N} runs the same cases again.
 */
final class SqlFuzz {

	private final Random random;

	final long seed;

	private SqlFuzz(long seed) {
		this.seed = seed;
		this.random = new Random(seed);
	}

	/** The seed from {@code gridsight.fuzz.seed}, or a new one. */
	static SqlFuzz seeded(String what) {
		long seed = Long.getLong("gridsight.fuzz.seed", new Random().nextLong());
		System.out.printf("%s: seed %d (-Dgridsight.fuzz.seed=%d repeats it)%n", what, seed, seed);
		return new SqlFuzz(seed);
	}

	/** How many cases to run: {@code -D<property>=N}, or the default. */
	static int cases(String property, int byDefault) {
		return Integer.getInteger(property, byDefault);
	}

	String oneOf(List<String> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	@SafeVarargs
	final String anyOf(Supplier<String>... generators) {
		return generators[this.random.nextInt(generators.length)].get();
	}

	/** Up to {@code maxLength} characters drawn from the alphabet. */
	String chars(String alphabet, int minLength, int maxLength) {
		int length = minLength + this.random.nextInt(maxLength - minLength + 1);
		return IntStream.range(0, length)
			.mapToObj(i -> String.valueOf(alphabet.charAt(this.random.nextInt(alphabet.length()))))
			.collect(Collectors.joining());
	}

	/** Between {@code min} and {@code max} pieces, each followed by a separator. */
	String joined(int min, int max, Supplier<String> piece, Supplier<String> separator) {
		int count = min + this.random.nextInt(max - min + 1);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(piece.get()).append(separator.get());
		}
		return text.toString();
	}

}
