package dev.gridsight.assistant.internal.intents;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Each seeded example classified by the others. An example counts as right when the
 * engine would act on its intent: the best intent matches and is above the threshold (an
 * out-of-scope example is right when it falls back).
 */
public record LeaveOneOut(int total, List<Miss> misses) {

	public LeaveOneOut {
		misses = List.copyOf(misses);
	}

	public double accuracy() {
		return (total == 0) ? 0 : (total - misses.size()) / (double) total;
	}

	/** How often each wrong answer was given: "kpi → chart" = 3. */
	public Map<String, Long> confusions() {
		return misses.stream()
			.collect(Collectors.groupingBy((miss) -> miss.example().intent().id() + " → " + miss.answered(),
					TreeMap::new, Collectors.counting()));
	}

	/**
	 * @param answered the intent the engine would act on, or "fallback"
	 */
	public record Miss(IntentExample example, String answered, double bestScore) {

	}

}
