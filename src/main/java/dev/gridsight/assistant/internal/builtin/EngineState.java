package dev.gridsight.assistant.internal.builtin;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;

/**
 * What the built-in engine keeps between the turns of a session (stored as JSON with the
 * session): the last chart, which follow-ups refine and {@code pin} pins, and a question
 * waiting for its answer.
 *
 * @param query the last chart's query, or null
 * @param visual the last chart's visual, or null
 * @param title the last chart's title, or null
 * @param chartId the last chart as stored, or null
 * @param pending the clarifying question asked last turn, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EngineState(ChartQuery query, Visual visual, String title, UUID chartId, Pending pending) {

	static final EngineState EMPTY = new EngineState(null, null, null, null, null);

	/**
	 * A question the engine asked, and what it needs to go on from the answer.
	 *
	 * @param utterance the message that was missing something
	 * @param slot {@code dataset} or {@code measure}
	 * @param choices the choices offered
	 * @param dataset for a missing measure: the dataset the question was about
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Pending(String utterance, String slot, List<String> choices, String dataset) {

		Pending {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}

	}

	EngineState withPending(Pending question) {
		return new EngineState(this.query, this.visual, this.title, this.chartId, question);
	}

	EngineState withoutPending() {
		return withPending(null);
	}

	EngineState withChart(ChartQuery nextQuery, Visual nextVisual, String nextTitle, UUID nextChartId) {
		return new EngineState(nextQuery, nextVisual, nextTitle, nextChartId, null);
	}

}
