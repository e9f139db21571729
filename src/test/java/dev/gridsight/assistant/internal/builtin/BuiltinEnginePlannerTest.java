package dev.gridsight.assistant.internal.builtin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gridsight.assistant.internal.intents.Intent;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.FilterOp;
import dev.gridsight.chart.ChartQuery.SortDirection;
import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;
import dev.gridsight.chart.TimeWindow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the built-in engine plans for a message, on the evaluation datasets and on a
 * made-up plant dataset: the query and visual of a chart, follow-ups, a clarifying
 * question and its answer, alternatives, commands and the fallback.
 */
class BuiltinEnginePlannerTest {

	private static final List<KnownDataset> EVAL = List.of(Vocabularies.known(Vocabularies.homeEnergy()),
			Vocabularies.known(Vocabularies.orders()), Vocabularies.known(Vocabularies.orderItems()));

	private static final List<KnownDataset> PLANT = List.of(Vocabularies.known(Vocabularies.sensors()));

	private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

	private final Planner planner = new Planner();

	private Plan plan(String utterance) {
		return plan(utterance, Intent.CHART, EngineState.EMPTY, EVAL);
	}

	private Plan plan(String utterance, Intent intent, EngineState state, List<KnownDataset> datasets) {
		return this.planner.plan(utterance, intent, false, state, datasets, NOW, null);
	}

	private static Plan.Chart chart(Plan plan) {
		assertThat(plan).isInstanceOf(Plan.Chart.class);
		return (Plan.Chart) plan;
	}

	private static EngineState after(Plan.Chart chart) {
		return EngineState.EMPTY.withChart(chart.query(), chart.visual(), chart.title(), UUID.randomUUID());
	}

	@Nested
	class NewCharts {

		@Test
		void aMeasurePerDimensionIsABarOfItsSum() {
			Plan.Chart chart = chart(plan("Show total electricity load per building"));
			ChartQuery query = chart.query();
			assertThat(query.dataset()).isEqualTo("home_energy");
			assertThat(query.measures()).singleElement().satisfies(measure -> {
				assertThat(measure.column()).isEqualTo("load_kwh");
				assertThat(measure.agg()).isEqualTo(Aggregation.SUM);
			});
			assertThat(query.dimensions()).extracting(ChartQuery.Dimension::column).containsExactly("building");
			assertThat(chart.visual().type()).isEqualTo("bar");
			assertThat(chart.explanation()).isEqualTo("Sum of load_kwh by building, all data");
		}

		@Test
		void anHourlyPlotOfOneDayOfOneValueIsALine() {
			Plan.Chart chart = chart(plan("Plot the hourly load of Building 5 on 2022-08-15"));
			ChartQuery query = chart.query();
			assertThat(query.time().grain()).isEqualTo(TimeGrain.HOUR);
			assertThat(query.filters()).singleElement().satisfies(filter -> {
				assertThat(filter.column()).isEqualTo("building");
				assertThat(filter.value()).isEqualTo("Building 5");
			});
			assertThat(query.window()).isEqualTo(
					TimeWindow.between(Instant.parse("2022-08-15T00:00:00Z"), Instant.parse("2022-08-16T00:00:00Z")));
			assertThat(chart.visual().type()).isEqualTo("line");
			assertThat(chart.explanation()).isEqualTo("Sum of load_kwh by hour, Building 5, 15 Aug 2022");
		}

		@Test
		void anAverageByHourOfDayIsACycle() {
			ChartQuery query = chart(plan("Average load by hour of day for Building 2")).query();
			assertThat(query.time().part()).isEqualTo(TimePart.HOUR_OF_DAY);
			assertThat(query.measures().get(0).agg()).isEqualTo(Aggregation.AVG);
		}

		@Test
		void whichNDimensionsMostIsATopNSortedByTheMeasure() {
			ChartQuery query = chart(plan("Which 3 buildings generated the most solar energy?")).query();
			assertThat(query.measures().get(0).column()).isEqualTo("solar_kwh");
			assertThat(query.dimensions()).extracting(ChartQuery.Dimension::column).containsExactly("building");
			assertThat(query.limit()).isEqualTo(3);
			assertThat(query.sort().get(0).dir()).isEqualTo(SortDirection.DESC);
		}

		@Test
		void monthlyIsAGrain() {
			ChartQuery query = chart(plan("Monthly solar generation for Building 1")).query();
			assertThat(query.time().grain()).isEqualTo(TimeGrain.MONTH);
			assertThat(query.measures().get(0).column()).isEqualTo("solar_kwh");
		}

		@Test
		void onePeakIsAKpiOfTheMaximum() {
			Plan.Chart chart = chart(plan("What was the peak load of Building 7?"));
			assertThat(chart.query().measures()).singleElement()
				.satisfies(measure -> assertThat(measure.agg()).isEqualTo(Aggregation.MAX));
			assertThat(chart.query().dimensions()).isEmpty();
			assertThat(chart.query().time()).isNull();
			assertThat(chart.visual().type()).isEqualTo("kpi");
		}

		@Test
		void revenueWordsFindAmountsOfTheCoarserDatasetAndOfferTheOtherReadings() {
			Plan.Chart chart = chart(plan("Show me total sales by location"));
			assertThat(chart.query().dataset()).isEqualTo("restaurant_orders");
			assertThat(chart.query().measures().get(0).column()).isIn("subtotal", "total");
			assertThat(chart.alternatives()).isNotEmpty();
			String other = chart.query().measures().get(0).column().equals("subtotal") ? "total" : "subtotal";
			assertThat(chart.alternatives()).anySatisfy(option -> assertThat(option.label()).contains(other));
		}

		@Test
		void anAlternativeMessageAsksForThatReading() {
			Plan.Chart chart = chart(plan("Revenue per day"));
			for (var option : chart.alternatives()) {
				Plan.Chart again = chart(plan(option.message()));
				assertThat(Explanations.measure(again.query().measures().get(0)))
					.isEqualTo(option.label().replaceAll(" in .*$", ""));
			}
			assertThat(chart.query().time().grain()).isEqualTo(TimeGrain.DAY);
		}

		@Test
		void twoValuesOfOneColumnAreComparedSideBySide() {
			Plan.Chart chart = chart(plan("Compare delivery vs dine-in revenue"));
			assertThat(chart.query().dataset()).isEqualTo("restaurant_orders");
			assertThat(chart.query().filters()).singleElement().satisfies(filter -> {
				assertThat(filter.op()).isEqualTo(FilterOp.IN);
				assertThat(filter.values()).containsExactlyInAnyOrder("Delivery", "Dine-in");
			});
			assertThat(chart.query().dimensions()).extracting(ChartQuery.Dimension::column).containsExactly("channel");
			assertThat(chart.visual().type()).isEqualTo("bar");
		}

		@Test
		void topNItemsIsOrderedWithTiesByName() {
			ChartQuery query = chart(plan("Top 5 items by quantity sold")).query();
			assertThat(query.dataset()).isEqualTo("restaurant_order_items");
			assertThat(query.limit()).isEqualTo(5);
			assertThat(query.sort()).extracting(ChartQuery.Sort::by).containsExactly("quantity", "item");
		}

		@Test
		void numberOfThingsCountsRows() {
			ChartQuery query = chart(plan("Number of orders by payment method")).query();
			assertThat(query.dataset()).isEqualTo("restaurant_orders");
			assertThat(query.measures()).singleElement()
				.satisfies(measure -> assertThat(measure.countsRows()).isTrue());
			assertThat(query.dimensions()).extracting(ChartQuery.Dimension::column).containsExactly("payment_method");
		}

		@Test
		void orderValueIsTheAverageAmountOfAnOrder() {
			ChartQuery query = chart(plan("Average order value by channel")).query();
			assertThat(query.dataset()).isEqualTo("restaurant_orders");
			assertThat(query.measures().get(0).agg()).isEqualTo(Aggregation.AVG);
			assertThat(query.measures().get(0).column()).isIn("subtotal", "total");
		}

		@Test
		void aShareOfAWholeIsAPie() {
			assertThat(chart(plan("share of sales by channel")).visual().type()).isEqualTo("pie");
		}

		@Test
		void twoMeasuresOverTimeAreALineWithTwoSeries() {
			Plan.Chart chart = chart(plan("daily load and solar for Building 3"));
			assertThat(chart.visual().type()).isEqualTo("line");
			assertThat(chart.visual().y()).containsExactly("load_kwh", "solar_kwh");
		}

		@Test
		void levelsAreAveragedAndAmountsSummed() {
			assertThat(chart(plan("temperature by building")).query().measures().get(0).agg())
				.isEqualTo(Aggregation.AVG);
			assertThat(chart(plan("tips by location")).query().measures().get(0).agg()).isEqualTo(Aggregation.SUM);
		}

		@Test
		void aMadeUpPlantDatasetIsChartedByItsOwnWords() {
			Plan.Chart chart = chart(plan("average vibration per line at Rotterdam North last week", Intent.CHART,
					EngineState.EMPTY, PLANT));
			ChartQuery query = chart.query();
			assertThat(query.dataset()).isEqualTo("plant_sensors");
			assertThat(query.measures().get(0).column()).isEqualTo("vibration_mm_s");
			assertThat(query.dimensions()).extracting(ChartQuery.Dimension::column).containsExactly("line");
			assertThat(query.filters()).singleElement()
				.satisfies(filter -> assertThat(filter.value()).isEqualTo("Rotterdam North"));
			assertThat(query.window()).isNotNull();
			assertThat(chart.explanation()).startsWith("Average of vibration_mm_s by line, Rotterdam North, last week");
		}

		@Test
		void aRelativeWindowIsExplainedInWordsWithTheDatesItCovers() {
			Plan.Chart chart = chart(plan("total load per building over the last 7 days"));
			assertThat(chart.query().window()).isEqualTo(TimeWindow.last("P7D"));
			assertThat(chart.explanation()).isEqualTo("Sum of load_kwh by building, last 7 days (24–31 Jul 2023)");
		}

		@Test
		void productionOnAPlantIsItsThroughput() {
			ChartQuery query = chart(plan("daily production at Gent", Intent.CHART, EngineState.EMPTY, PLANT)).query();
			assertThat(query.measures().get(0).column()).isEqualTo("throughput_tph");
			assertThat(query.time().grain()).isEqualTo(TimeGrain.DAY);
		}

	}

	@Nested
	class FollowUps {

		private final Plan.Chart daily = chart(plan("daily load of Building 3 in September 2022"));

		private Plan.Chart refine(String utterance) {
			return chart(plan(utterance, Intent.REFINE, after(this.daily), EVAL));
		}

		@Test
		void byWeekInsteadChangesTheGrainOnly() {
			Plan.Chart weekly = refine("by week instead");
			assertThat(weekly.query().time().grain()).isEqualTo(TimeGrain.WEEK);
			assertThat(weekly.query().filters()).isEqualTo(this.daily.query().filters());
			assertThat(weekly.query().window()).isEqualTo(this.daily.query().window());
		}

		@Test
		void onlyAValueReplacesTheFilterOnItsColumn() {
			Plan.Chart other = refine("only Building 7");
			assertThat(other.query().filters()).singleElement()
				.satisfies(filter -> assertThat(filter.value()).isEqualTo("Building 7"));
		}

		@Test
		void asABarChartChangesTheVisualOnly() {
			Plan.Chart bars = refine("as a bar chart");
			assertThat(bars.visual().type()).isEqualTo("bar");
			assertThat(bars.query()).isEqualTo(this.daily.query());
		}

		@Test
		void compareWithThePreviousMonthAddsThePreviousPeriod() {
			Plan.Chart compared = refine("compare with the previous month");
			assertThat(compared.query().compare()).isEqualTo(ChartQuery.Comparison.PREVIOUS_PERIOD);
			assertThat(compared.visual().y()).containsExactly("load_kwh", "load_kwh_previous");
		}

		@Test
		void topThreeOnlyKeepsTheBestThreeOfTheSplit() {
			Plan.Chart perLocation = chart(plan("sales by location"));
			Plan.Chart top = chart(plan("top 3 only", Intent.REFINE, after(perLocation), EVAL));
			assertThat(top.query().limit()).isEqualTo(3);
			assertThat(top.query().sort().get(0).by()).isEqualTo(perLocation.query().measures().get(0).as());
			assertThat(top.query().dimensions()).isEqualTo(perLocation.query().dimensions());
		}

		@Test
		void onlyDowntownFiltersTheRestaurantChart() {
			Plan.Chart perChannel = chart(plan("sales by channel"));
			Plan.Chart downtown = chart(plan("only Downtown", Intent.FILTER, after(perChannel), EVAL));
			assertThat(downtown.query().filters()).singleElement()
				.satisfies(filter -> assertThat(filter.value()).isEqualTo("Downtown"));
			assertThat(downtown.explanation()).contains("Downtown");
		}

		@Test
		void aFollowUpOnThePlantDatasetRefinesItToo() {
			Plan.Chart first = chart(plan("vibration by site", Intent.CHART, EngineState.EMPTY, PLANT));
			Plan.Chart hourly = chart(plan("hourly instead for Line 12", Intent.REFINE, after(first), PLANT));
			assertThat(hourly.query().time().grain()).isEqualTo(TimeGrain.HOUR);
			assertThat(hourly.query().filters()).singleElement()
				.satisfies(filter -> assertThat(filter.value()).isEqualTo("Line 12"));
		}

	}

	@Nested
	class Clarification {

		@Test
		void noMeasureAsksWhichAndTheAnswerResumesTheQuestion() {
			Plan asked = plan("show Gent by line", Intent.CHART, EngineState.EMPTY, PLANT);
			assertThat(asked).isInstanceOf(Plan.Ask.class);
			Plan.Ask question = (Plan.Ask) asked;
			assertThat(question.choices()).contains("vibration_mm_s", "throughput_tph");
			Plan answered = plan("vibration_mm_s", Intent.CHART, EngineState.EMPTY.withPending(question.pending()),
					PLANT);
			ChartQuery query = chart(answered).query();
			assertThat(query.measures().get(0).column()).isEqualTo("vibration_mm_s");
			assertThat(query.dimensions()).extracting(ChartQuery.Dimension::column).containsExactly("line");
			assertThat(query.filters()).singleElement()
				.satisfies(filter -> assertThat(filter.value()).isEqualTo("Gent"));
		}

		@Test
		void datasetsThatFitAlikeAreAskedAboutAndTheChoiceIsUsed() {
			List<KnownDataset> twins = List.of(Vocabularies.known(Vocabularies.sensors()),
					new KnownDataset(Vocabularies.renamed(Vocabularies.sensors(), "plant_sensors_copy"), 1000, NOW));
			Plan asked = plan("vibration by site", Intent.CHART, EngineState.EMPTY, twins);
			assertThat(asked).isInstanceOf(Plan.Ask.class);
			Plan.Ask question = (Plan.Ask) asked;
			assertThat(question.choices()).containsExactlyInAnyOrder("plant_sensors", "plant_sensors_copy");
			Plan answered = plan("plant_sensors_copy", Intent.CHART, EngineState.EMPTY.withPending(question.pending()),
					twins);
			assertThat(chart(answered).query().dataset()).isEqualTo("plant_sensors_copy");
		}

	}

	@Nested
	class Commands {

		@Test
		void pinPinsTheLastChartToTheSessionsTab() {
			Plan.Chart first = chart(plan("sales by channel"));
			EngineState state = after(first);
			UUID tab = UUID.randomUUID();
			Plan pin = planner.plan("pin it to the dashboard", Intent.PIN, false, state, EVAL, NOW, tab);
			assertThat(pin).isEqualTo(new Plan.Command("pin",
					java.util.Map.of("chartId", state.chartId().toString(), "tabId", tab.toString()), null));
		}

		@Test
		void pinWithoutAChartSaysSoPlainly() {
			Plan pin = plan("pin it", Intent.PIN, EngineState.EMPTY, EVAL);
			assertThat(pin).isInstanceOf(Plan.Reply.class);
		}

		@Test
		void describeNamesTheDatasetSaid() {
			Plan describe = plan("describe restaurant order items", Intent.DESCRIBE, EngineState.EMPTY, EVAL);
			assertThat(describe)
				.isEqualTo(new Plan.Command("describe", java.util.Map.of("dataset", "restaurant_order_items"), null));
		}

		@Test
		void windowTakesTheSpanSaid() {
			Plan window = plan("show the last 7 days", Intent.WINDOW, EngineState.EMPTY, EVAL);
			assertThat(window).isEqualTo(new Plan.Command("window", java.util.Map.of("window", "P7D"), null));
		}

		@Test
		void aMeasureOfThePastReadAsAForecastIsChartedInstead() {
			Plan plan = plan("Monthly solar generation for Building 1", Intent.FORECAST, EngineState.EMPTY, EVAL);
			assertThat(chart(plan).query().time().grain()).isEqualTo(TimeGrain.MONTH);
		}

		@Test
		void forecastIsHandedToItsCommandWithTheWordsThatNameTheSite() {
			assertThat(plan("forecast tomorrow's load", Intent.FORECAST, EngineState.EMPTY, EVAL))
				.isEqualTo(new Plan.Command("forecast", java.util.Map.of("about", "forecast tomorrow's load"), null));
			assertThat(plan("forecast the plant's next 48 hours", Intent.FORECAST, EngineState.EMPTY, EVAL))
				.isEqualTo(new Plan.Command("forecast",
						java.util.Map.of("about", "forecast the plant's next 48 hours", "hours", 48), null));
		}

		@Test
		void aPlanAboutThePastIsAHindsightRun() {
			assertThat(Planner.energyArguments("what would the best dispatch of the plant have been yesterday?", true))
				.containsEntry("demand", "actual")
				.containsEntry("about", "what would the best dispatch of the plant have been yesterday?");
			assertThat(Planner.energyArguments("optimize the battery for the next 24h", true))
				.containsEntry("horizon", 24)
				.doesNotContainKey("demand");
		}

	}

	@Nested
	class AnyMessage {

		@ParameterizedTest
		@ValueSource(strings = { "", "   ", "top 3", "how many", "by week", "last week", "orders per day",
				"how many buildings", "number of distinct items", "bottom 2 locations by tips last 3 days",
				"load vs solar for Building 3 last week", "price by hour of day as a heatmap", "compare it",
				"total cost per building in March 2023", "🙂🙂", "SELECT * FROM x", "top 10 days by load",
				"average temperature between Jan 2 and Jan 4 2023", "revenue without Airport by channel",
				"share of revenue by category" })
		void yieldsAPlanForEveryIntentAndNeverThrows(String utterance) {
			for (Intent intent : Intent.values()) {
				for (EngineState state : List.of(EngineState.EMPTY, after(chart(plan("sales by channel"))))) {
					assertThat(planner.plan(utterance, intent, false, state, EVAL, NOW, null)).isNotNull();
					assertThat(planner.plan(utterance, intent, true, state, PLANT, NOW, null)).isNotNull();
				}
			}
		}

	}

	@Nested
	class Fallback {

		@ParameterizedTest
		@ValueSource(strings = { "asdkjh qwpoeiru zxmcnv", "what is the meaning of life", "book me a flight" })
		void whatTheCatalogCannotAnswerIsSaidPlainlyWithSuggestions(String utterance) {
			Plan reply = planner.plan(utterance, Intent.OUT_OF_SCOPE, true, EngineState.EMPTY, EVAL, NOW, null);
			assertThat(reply).isInstanceOf(Plan.Reply.class);
			assertThat(((Plan.Reply) reply).fallback()).isTrue();
			assertThat(((Plan.Reply) reply).text()).contains("I can't answer that").contains("load_kwh");
		}

		@Test
		void keyboardMashClassifiedAsAChartStillFallsBack() {
			Plan reply = plan("sdfkj hwqe lkjzx", Intent.CHART, EngineState.EMPTY, EVAL);
			assertThat(reply).isInstanceOf(Plan.Reply.class);
		}

		@Test
		void noReadableDatasetSaysSo() {
			Plan reply = plan("sales by location", Intent.CHART, EngineState.EMPTY, List.of());
			assertThat(((Plan.Reply) reply).text()).contains("no dataset");
		}

	}

}
