package dev.gridsight.assistant.internal.builtin;

import java.util.List;
import java.util.Map;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;
import dev.gridsight.chat.TurnEvent.Alternative;

/**
 * What the built-in engine decided to do with one message, before it does anything: the
 * pure result of {@link Planner}, so every reading can be tested without a server.
 */
sealed interface Plan {

	/**
	 * A chart to make with the {@code chart} command.
	 *
	 * @param explanation one line saying what is charted
	 * @param alternatives other readings, each a message the user can send
	 */
	record Chart(String title, ChartQuery query, Visual visual, String explanation,
			List<Alternative> alternatives) implements Plan {

		public Chart {
			alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
		}

	}

	/**
	 * Another command to run.
	 *
	 * @param lead a line said before the command runs, or null
	 */
	record Command(String command, Map<String, Object> arguments, String lead) implements Plan {
	}

	/** One clarifying question; {@code pending} says how to resume from the answer. */
	record Ask(String question, List<String> choices, EngineState.Pending pending) implements Plan {
	}

	/**
	 * A plain answer with no command.
	 *
	 * @param fallback whether the engine could not answer (it says what it can do)
	 */
	record Reply(String text, boolean fallback) implements Plan {
	}

}
