package dev.gridsight.assistant.internal.builtin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.assistant.internal.intents.IntentClassifiers;
import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetProfile;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;
import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.ChatTurn;
import dev.gridsight.chat.CommandCall;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandRunner;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.chat.TurnEvents;
import dev.gridsight.identity.Role;
import dev.gridsight.identity.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine around its planner: it reads only the datasets the agent allows, acts only
 * through the command runner (which shows the charts), says what it charted and the
 * number of a one-number answer, remembers the chart for the next turn, and says plainly
 * when a command was refused.
 */
class BuiltinEngineTest {

	private static final IntentClassifiers CLASSIFIERS = new IntentClassifiers();

	private static final List<KnownDataset> EVAL = List.of(Vocabularies.known(Vocabularies.homeEnergy()),
			Vocabularies.known(Vocabularies.orders()), Vocabularies.known(Vocabularies.orderItems()));

	private static final UUID WORKSPACE = UUID.randomUUID();

	private final JsonMapper json = JsonMapper.builder().build();

	private final BuiltinEngine engine = new BuiltinEngine(CLASSIFIERS, new EvalCatalog(), this.json);

	/** What a turn emitted. */
	private static final class Recorded implements TurnEvents {

		final StringBuilder text = new StringBuilder();

		final List<TurnEvent> cards = new ArrayList<>();

		String state;

		@Override
		public void text(String delta) {
			this.text.append(delta);
		}

		@Override
		public void chart(ChatChart chart) {
			this.cards.add(new TurnEvent.ChartShown(chart));
		}

		@Override
		public void question(String text, List<String> choices) {
			this.cards.add(new TurnEvent.Question(text, choices));
		}

		@Override
		public void alternatives(List<TurnEvent.Alternative> options) {
			this.cards.add(new TurnEvent.Alternatives(options));
		}

		@Override
		public void error(String message) {
			this.cards.add(new TurnEvent.Error(message));
		}

		@Override
		public void remember(String state) {
			this.state = state;
		}

		@Override
		public void intent(String name, double score) {
		}

	}

	/** A runner that answers as told and keeps the calls. */
	private static final class Runner implements CommandRunner {

		final List<CommandCall> calls = new ArrayList<>();

		private final Function<CommandCall, CommandOutcome> answer;

		Runner(Function<CommandCall, CommandOutcome> answer) {
			this.answer = answer;
		}

		@Override
		public List<CommandSpec> allowed() {
			return List.of();
		}

		@Override
		public CommandOutcome run(CommandCall call) {
			this.calls.add(call);
			return this.answer.apply(call);
		}

	}

	/** The chart command as the chat runs it: a stored chart with these rows. */
	private Function<CommandCall, CommandOutcome> charting(List<List<Object>> rows) {
		return call -> {
			ChartQuery query = this.json.convertValue(call.arguments().get("query"), ChartQuery.class);
			Visual visual = this.json.convertValue(call.arguments().get("visual"), Visual.class);
			ChartData data = new ChartData(List.of(), rows, false, false, null, null, Map.of());
			ChatChart chart = new ChatChart(UUID.randomUUID(), (String) call.arguments().get("title"), query, visual,
					data, (String) call.arguments().get("explanation"));
			return new CommandOutcome.Done("Charted.", List.of(chart), Map.of("chartId", chart.id().toString()));
		};
	}

	private static ChatTurn turn(String content, String state, CommandRunner runner, Set<String> datasets) {
		AgentProfile agent = new AgentProfile(UUID.randomUUID(), WORKSPACE, "Analyst", 1, "", "builtin", Set.of(),
				datasets, 5, AgentProfile.Confirmation.NEVER);
		UserAccount user = new UserAccount(UUID.randomUUID(), "a@b.test", "A", Role.MEMBER, OffsetDateTime.now());
		return new ChatTurn(UUID.randomUUID(), UUID.randomUUID(), user, WORKSPACE, null, agent, content, List.of(),
				state, runner, () -> false, Instant.parse("2026-11-27T12:00:00Z"));
	}

	@Test
	void aChartIsMadeThroughTheChartCommandAndExplainedInOneLine() {
		Runner runner = new Runner(charting(List.of(List.of("Building 1", 10.0))));
		Recorded events = new Recorded();
		this.engine.answer(turn("Show total electricity load per building", null, runner, Set.of()), events);

		assertThat(runner.calls).singleElement().satisfies(call -> {
			assertThat(call.command()).isEqualTo("chart");
			assertThat(call.arguments()).containsKeys("title", "query", "visual", "explanation");
		});
		assertThat(events.text.toString()).isEqualTo("Sum of load_kwh by building, all data.");
		assertThat(events.cards).noneMatch(TurnEvent.ChartShown.class::isInstance);
		assertThat(this.json.readValue(events.state, EngineState.class).chartId()).isNotNull();
	}

	@Test
	void aOneNumberAnswerSaysTheNumber() {
		Runner runner = new Runner(charting(List.of(List.<Object>of(7.2398334))));
		Recorded events = new Recorded();
		this.engine.answer(turn("What was the peak load of Building 7?", null, runner, Set.of()), events);
		assertThat(events.text.toString()).startsWith("Maximum of load_kwh, Building 7, all data.")
			.endsWith("**7.24**");
	}

	@Test
	void theNextTurnRefinesTheRememberedChart() {
		Runner runner = new Runner(charting(List.of(List.of("2022-09-01T00:00:00", 3.0))));
		Recorded first = new Recorded();
		this.engine.answer(turn("daily load of Building 3 in September 2022", null, runner, Set.of()), first);
		Recorded second = new Recorded();
		this.engine.answer(turn("by week instead", first.state, runner, Set.of()), second);

		ChartQuery refined = this.json.convertValue(runner.calls.get(1).arguments().get("query"), ChartQuery.class);
		assertThat(refined.time().grain()).isEqualTo(ChartQuery.TimeGrain.WEEK);
		assertThat(second.text.toString()).contains("by week, Building 3");
	}

	@Test
	void aChartTypeAfterAChartRedrawsItRatherThanPinningIt() {
		Runner runner = new Runner(charting(List.of(List.of("Building 1", 3.0))));
		Recorded first = new Recorded();
		this.engine.answer(turn("Show total electricity load per building", null, runner, Set.of()), first);
		for (String followUp : List.of("as a bar chart", "show it as bars instead", "switch to a pie chart")) {
			Recorded next = new Recorded();
			this.engine.answer(turn(followUp, first.state, runner, Set.of()), next);
			CommandCall call = runner.calls.get(runner.calls.size() - 1);
			assertThat(call.command()).as(followUp).isEqualTo("chart");
		}
		Visual pie = this.json.convertValue(runner.calls.get(runner.calls.size() - 1).arguments().get("visual"),
				Visual.class);
		assertThat(pie.type()).isEqualTo("pie");
	}

	@Test
	void aRefusedChartIsSaidPlainly() {
		Runner runner = new Runner(call -> new CommandOutcome.Refused("the agent may not run chart"));
		Recorded events = new Recorded();
		this.engine.answer(turn("Show total electricity load per building", null, runner, Set.of()), events);
		assertThat(events.text.toString()).contains("the agent may not run chart");
	}

	@Test
	void datasetsTheAgentDoesNotAllowAreNeverRead() {
		Runner runner = new Runner(charting(List.of()));
		Recorded events = new Recorded();
		this.engine.answer(turn("Show total electricity load per building", null, runner, Set.of("restaurant_orders")),
				events);
		assertThat(runner.calls)
			.noneSatisfy(call -> assertThat(String.valueOf(call.arguments().get("query"))).contains("home_energy"));
	}

	@Test
	void keyboardMashFallsBackWithoutRunningAnything() {
		Runner runner = new Runner(charting(List.of()));
		Recorded events = new Recorded();
		this.engine.answer(turn("asdfgh qwzx lkjpoi", null, runner, Set.of()), events);
		assertThat(runner.calls).isEmpty();
		assertThat(events.text.toString()).contains("I can't answer that");
	}

	/** The evaluation datasets as the catalog would describe them. */
	private static final class EvalCatalog implements Catalog {

		@Override
		public List<DatasetSchema> readableIn(UUID workspaceId, UUID userId, int limit) {
			return EVAL.stream().map(dataset -> dataset.vocabulary().schema()).toList();
		}

		@Override
		public DatasetProfile profile(UUID userId, DatasetSchema dataset) {
			KnownDataset known = EVAL.stream().filter(each -> each.name().equals(dataset.name())).findFirst().get();
			return new DatasetProfile(known.vocabulary().values(), known.rows(), known.latest());
		}

		@Override
		public DatasetSchema readable(UUID datasetId, UUID userId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DatasetSchema readableByName(UUID workspaceId, String name, UUID userId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public TabularData select(UUID userId, DatasetSchema dataset, CompiledRead query, ReadBudget budget) {
			throw new UnsupportedOperationException();
		}

		@Override
		public TabularData runSql(UUID workspaceId, String sql, UUID userId, int rowCap) {
			throw new UnsupportedOperationException();
		}

	}

}
