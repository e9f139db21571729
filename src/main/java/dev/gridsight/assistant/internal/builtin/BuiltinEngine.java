package dev.gridsight.assistant.internal.builtin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.assistant.internal.intents.Classification;
import dev.gridsight.assistant.internal.intents.Intent;
import dev.gridsight.assistant.internal.intents.IntentClassifiers;
import dev.gridsight.assistant.internal.intents.IntentScore;
import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetProfile;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartData;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.ChatEngine;
import dev.gridsight.chat.ChatTurn;
import dev.gridsight.chat.CommandCall;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.TurnEvents;

/**
 * The default engine: offline and deterministic. It classifies the message's intent,
 * reads the datasets the user and the agent may both read, plans with {@link Planner} (a
 * pure function), and acts only through the turn's command runner, which checks every
 * call and shows it in the chat.
 */
@Component
class BuiltinEngine implements ChatEngine {

	private static final Logger log = LoggerFactory.getLogger(BuiltinEngine.class);

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	/** The most datasets whose words a turn reads. */
	private static final int MOST_DATASETS = 100;

	private final IntentClassifiers classifiers;

	private final Catalog catalog;

	private final JsonMapper json;

	private final Planner planner = new Planner();

	BuiltinEngine(IntentClassifiers classifiers, Catalog catalog, JsonMapper json) {
		this.classifiers = classifiers;
		this.catalog = catalog;
		this.json = json;
	}

	/** Intents a chart type word after a chart overrides: none of them draws one. */
	private static final java.util.Set<Intent> COMMANDS_NOT_CHARTS = java.util.EnumSet.of(Intent.PIN, Intent.TAB,
			Intent.SHARE, Intent.AGENT, Intent.SQL, Intent.HELP, Intent.DATASETS, Intent.DESCRIBE, Intent.GREETING,
			Intent.OUT_OF_SCOPE);

	@Override
	public String name() {
		return "builtin";
	}

	@Override
	public void answer(ChatTurn turn, TurnEvents events) {
		EngineState state = state(turn.state());
		List<KnownDataset> datasets = datasets(turn);
		Classification classification = this.classifiers.forWorkspace(turn.workspaceId()).classify(turn.content());
		IntentScore best = classification.best();
		Optional<Intent> verb = LeadingVerb.of(turn.content());
		Intent intent = verb.orElse(best.intent());
		if (verb.isEmpty() && state.query() != null && COMMANDS_NOT_CHARTS.contains(intent)
				&& EntityMatcher.namesChartType(turn.content())) {
			// "as a bar chart" after a chart redraws it, even when the nearest examples
			// are a command's ("pin this chart")
			intent = Intent.REFINE;
		}
		events.intent(intent.id(), verb.isPresent() ? 1.0 : best.score());
		if (turn.cancelled().getAsBoolean()) {
			return;
		}
		Plan plan = this.planner.plan(turn.content(), intent, verb.isEmpty() && classification.fallback(), state,
				datasets, turn.now(), turn.tabId());
		if (plan instanceof Plan.Chart chart) {
			chart(turn, events, state, chart);
		}
		else if (plan instanceof Plan.Command command) {
			command(turn, events, state, command);
		}
		else if (plan instanceof Plan.Ask ask) {
			events.question(ask.question(), ask.choices());
			remember(events, state.withPending(ask.pending()));
		}
		else if (plan instanceof Plan.Reply reply) {
			events.text(reply.text());
			remember(events, state.withoutPending());
		}
	}

	/** The datasets of the workspace that the agent allows, with their words. */
	private List<KnownDataset> datasets(ChatTurn turn) {
		UUID user = turn.user().id();
		List<KnownDataset> known = new ArrayList<>();
		for (DatasetSchema schema : this.catalog.readableIn(turn.workspaceId(), user, MOST_DATASETS)) {
			if (turn.agent().allowsDataset(schema.name())) {
				DatasetProfile profile = this.catalog.profile(user, schema);
				known.add(new KnownDataset(new DatasetVocabulary(schema, profile.values()), profile.rows(),
						profile.latest()));
			}
		}
		return known;
	}

	private void chart(ChatTurn turn, TurnEvents events, EngineState state, Plan.Chart chart) {
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("title", chart.title());
		arguments.put("query", this.json.convertValue(chart.query(), MAP));
		arguments.put("visual", this.json.convertValue(chart.visual(), MAP));
		arguments.put("explanation", chart.explanation());
		CommandOutcome outcome = turn.commands().run(new CommandCall("chart", arguments));
		if (outcome instanceof CommandOutcome.Done done) {
			ChatChart shown = done.charts().isEmpty() ? null : done.charts().get(0);
			events.text(chart.explanation() + ".");
			if (shown != null && "kpi".equals(chart.visual().type())) {
				oneNumber(shown.data()).ifPresent(number -> events.text(" **" + number + "**"));
			}
			if (!chart.alternatives().isEmpty()) {
				events.alternatives(chart.alternatives());
			}
			remember(events,
					state.withChart(chart.query(), chart.visual(), chart.title(), shown == null ? null : shown.id()));
			return;
		}
		if (outcome instanceof CommandOutcome.NeedsConfirmation waiting) {
			events.text(waiting.prompt());
		}
		else if (outcome instanceof CommandOutcome.Refused refused) {
			events.text("I can't make that chart here: " + refused.reason());
		}
		else if (outcome instanceof CommandOutcome.Failed failed) {
			events.text("I could not make the chart (" + chart.explanation() + "): " + failed.message());
		}
		remember(events, state.withoutPending());
	}

	private void command(ChatTurn turn, TurnEvents events, EngineState state, Plan.Command command) {
		if (command.lead() != null) {
			events.text(command.lead());
		}
		CommandOutcome outcome = turn.commands().run(new CommandCall(command.command(), command.arguments()));
		if (outcome instanceof CommandOutcome.Done done) {
			events.text(done.summary());
			if (!done.charts().isEmpty()) {
				ChatChart shown = done.charts().get(0);
				remember(events, state.withChart(shown.query(), shown.visual(), shown.title(), shown.id()));
				return;
			}
		}
		else if (outcome instanceof CommandOutcome.NeedsConfirmation waiting) {
			events.text(waiting.prompt());
		}
		else if (outcome instanceof CommandOutcome.Refused refused) {
			events.text("I can't run `" + command.command() + "` here: " + refused.reason());
		}
		else if (outcome instanceof CommandOutcome.Failed failed) {
			events.text("`" + command.command() + "` did not work: " + failed.message());
		}
		remember(events, state.withoutPending());
	}

	/** The value of a one-row answer, as the user should read it. */
	static Optional<String> oneNumber(ChartData data) {
		if (data == null || data.rows().size() != 1) {
			return Optional.empty();
		}
		List<Object> row = data.rows().get(0);
		for (int i = row.size() - 1; i >= 0; i--) {
			if (row.get(i) instanceof Number number) {
				return Optional.of(format(number));
			}
		}
		return Optional.empty();
	}

	static String format(Number number) {
		double value = number.doubleValue();
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.format(Locale.ROOT, "%,d", (long) value);
		}
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(Math.abs(value) >= 1000 ? 7 : 4));
		return rounded.stripTrailingZeros().toPlainString();
	}

	private EngineState state(String stored) {
		if (stored == null || stored.isBlank()) {
			return EngineState.EMPTY;
		}
		try {
			return this.json.readValue(stored, EngineState.class);
		}
		catch (JacksonException ex) {
			// a state from an older engine version: start afresh rather than fail the
			// turn
			log.info("Ignoring an unreadable engine state: {}", ex.getOriginalMessage());
			return EngineState.EMPTY;
		}
	}

	private void remember(TurnEvents events, EngineState state) {
		events.remember(this.json.writeValueAsString(state));
	}

}
