package dev.gridsight.assistant.internal.builtin;

import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;

/** A time expression found in an utterance: a window, a bucket size, or a cycle. */
sealed interface TimeMention permits TimeMention.Window, TimeMention.Grain, TimeMention.Cycle {

	Span span();

	/**
	 * "last week", "March 2023".
	 *
	 * @param window what goes into the ChartQuery: relative forms stay relative, so the
	 * chart keeps following its data
	 * @param resolved the window at the reference the utterance was read against, for the
	 * answer's one-line explanation
	 */
	record Window(Span span, TimeWindow window, ChartWindow resolved) implements TimeMention {
	}

	/** "hourly", "per month". */
	record Grain(Span span, TimeGrain grain) implements TimeMention {
	}

	/** "by hour of day", "by day of week". */
	record Cycle(Span span, TimePart part) implements TimeMention {
	}

}
