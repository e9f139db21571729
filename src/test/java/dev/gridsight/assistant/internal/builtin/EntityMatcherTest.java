package dev.gridsight.assistant.internal.builtin;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gridsight.assistant.internal.builtin.Entities.Direction;
import dev.gridsight.assistant.internal.builtin.Entities.FieldCandidate;
import dev.gridsight.assistant.internal.builtin.Entities.FieldKind;
import dev.gridsight.assistant.internal.builtin.Entities.FieldMention;
import dev.gridsight.assistant.internal.builtin.Entities.ValueCandidate;
import dev.gridsight.chart.ChartQuery.Aggregation;

import static org.assertj.core.api.Assertions.assertThat;

class EntityMatcherTest {

	private static final DatasetVocabulary HOME = Vocabularies.homeEnergy();

	private static final DatasetVocabulary ORDERS = Vocabularies.orders();

	private static final DatasetVocabulary ITEMS = Vocabularies.orderItems();

	private static final DatasetVocabulary SENSORS = Vocabularies.sensors();

	private static final List<DatasetVocabulary> WORKSPACE = List.of(HOME, ORDERS, ITEMS);

	private final EntityMatcher matcher = new EntityMatcher();

	private Entities match(String utterance) {
		return this.matcher.match(utterance, WORKSPACE);
	}

	private static List<String> fields(List<FieldMention> mentions) {
		return mentions.stream().map(mention -> mention.best().field()).toList();
	}

	@Nested
	class Datasets {

		@Test
		void columnsMentionedPointAtTheirDataset() {
			Entities found = match("Show total electricity load per building");
			assertThat(found.datasets().get(0).dataset()).isEqualTo("home_energy");
		}

		@Test
		void theWholeNameOfADatasetBeatsItsWords() {
			Entities found = match("how many rows in restaurant order items");
			assertThat(found.datasets().get(0).dataset()).isEqualTo("restaurant_order_items");
			assertThat(found.datasets().get(0).confidence()).isGreaterThan(found.datasets().get(1).confidence());
		}

		@Test
		void aWordOfTheNameAndAColumnTogether() {
			Entities found = match("Top 5 items by quantity sold");
			assertThat(found.datasets().get(0).dataset()).isEqualTo("restaurant_order_items");
		}

		@Test
		void aValuePointsAtTheDatasetsThatHoldIt() {
			Entities found = match("only Downtown");
			assertThat(found.datasets()).extracting(Entities.DatasetMatch::dataset)
				.containsExactlyInAnyOrder("restaurant_orders", "restaurant_order_items");
		}

		@Test
		void aMadeUpDatasetIsFoundByItsOwnNames() {
			Entities found = matcher.match("vibration at Rotterdam North", List.of(HOME, ORDERS, SENSORS));
			assertThat(found.datasets().get(0).dataset()).isEqualTo("plant_sensors");
		}

	}

	@Nested
	class Fields {

		@Test
		void aMeasureByTheWordsOfItsNameWithoutItsUnit() {
			Entities found = match("Show total electricity load per building");
			assertThat(fields(found.measures())).containsExactly("load_kwh");
			FieldMention building = found.dimensions().get(0);
			assertThat(building.best().field()).isEqualTo("building");
			assertThat(building.grouped()).isTrue();
		}

		@ParameterizedTest
		@CsvSource({ "solar generation per month, solar_kwh", "average price, price_usd_per_kwh",
				"carbon intensity, carbon_kg_per_kwh", "outdoor temperature, outdoor_temp_c",
				"load_kwh by hour, load_kwh", "total cost, cost_usd", "the revenue, revenue", "sum of tips, tip" })
		void measuresAndCalculatedFieldsByTheirWords(String utterance, String field) {
			assertThat(fields(match(utterance).measures())).containsExactly(field);
		}

		@Test
		void aCalculatedFieldSaysWhatItIs() {
			FieldCandidate cost = match("cost per building").measures().get(0).best();
			assertThat(cost.kind()).isEqualTo(FieldKind.CALCULATED);
			assertThat(cost.dataset()).isEqualTo("home_energy");
		}

		@Test
		void pluralsAndSnakeCaseNamesOfDimensions() {
			Entities found = match("Number of orders by payment method");
			assertThat(fields(found.dimensions())).containsExactly("payment_method");
			assertThat(found.dimensions().get(0).grouped()).isTrue();
		}

		@Test
		void aTypoInAColumnNameIsForgiven() {
			assertThat(fields(match("quantitty by item").measures())).containsExactly("quantity");
		}

		@Test
		void twoColumnsThatFitTheSameWordAreBothKeptBestFirst() {
			DatasetVocabulary orders = Vocabularies.orders(List.of("sales", "net sales"), List.of("sales"));
			Entities found = matcher.match("Show me sales by location", List.of(orders));
			FieldMention sales = found.measures().get(0);
			assertThat(sales.candidates()).extracting(FieldCandidate::field).containsExactly("subtotal", "total");
			assertThat(sales.candidates().get(0).confidence()).isEqualTo(sales.candidates().get(1).confidence());
		}

		@Test
		void aColumnInTwoDatasetsIsOneMentionWithBothReadings() {
			FieldMention channel = match("orders by channel").dimensions().get(0);
			assertThat(channel.candidates()).extracting(FieldCandidate::dataset)
				.containsExactly("restaurant_orders", "restaurant_order_items");
		}

		@Test
		void aSynonymFromTheCatalogOfAMadeUpDataset() {
			Entities found = matcher.match("production rate per line", List.of(SENSORS));
			assertThat(fields(found.measures())).containsExactly("throughput_tph");
			assertThat(fields(found.dimensions())).containsExactly("line");
		}

		@Test
		void anAbbreviationFindsTheLongerName() {
			assertThat(fields(matcher.match("max bearing temp", List.of(SENSORS)).measures()))
				.containsExactly("bearing_temperature_c");
		}

	}

	@Nested
	class GeneralWords {

		@ParameterizedTest
		@CsvSource({ "total sales by location", "revenue per day", "turnover by channel", "average order value" })
		void moneyWordsFindTheAmountsOfADataset(String utterance) {
			List<FieldMention> measures = matcher.match(utterance, List.of(ORDERS)).measures();
			assertThat(measures).singleElement()
				.satisfies(mention -> assertThat(mention.candidates()).extracting(FieldCandidate::field)
					.contains("subtotal", "total"));
		}

		@Test
		void aColumnNamedLikeTheWordIsOneReadingAmongOthers() {
			FieldMention revenue = match("revenue by channel").measures().get(0);
			assertThat(revenue.candidates()).extracting(FieldCandidate::dataset)
				.contains("restaurant_orders", "restaurant_order_items");
		}

		@Test
		void anEditorsSynonymOutranksTheGeneralWord() {
			FieldMention sales = matcher
				.match("sales by location", List.of(Vocabularies.orders(List.of(), List.of("sales"))))
				.measures()
				.get(0);
			assertThat(sales.best().field()).isEqualTo("total");
		}

		@Test
		void consumptionIsALoadAndProductionAThroughput() {
			assertThat(fields(match("electricity consumption per building").measures())).containsExactly("load_kwh");
			assertThat(fields(matcher.match("production at Gent", List.of(SENSORS)).measures()))
				.containsExactly("throughput_tph");
		}

	}

	@Nested
	class Values {

		@Test
		void anExactValueIsAFilterNotTheColumn() {
			Entities found = match("Plot the hourly load of Building 5");
			assertThat(found.values()).singleElement()
				.extracting(mention -> mention.best())
				.isEqualTo(new ValueCandidate("home_energy", "building", "Building 5", 1.0));
			assertThat(found.dimensions()).isEmpty();
		}

		@Test
		void buildingTwelveIsNeverBuildingOne() {
			Entities found = match("load of Building 12");
			assertThat(found.values()).singleElement()
				.satisfies(mention -> assertThat(mention.candidates()).extracting(ValueCandidate::value)
					.containsExactly("Building 12"));
		}

		@Test
		void aMisspeltValueIsFoundWithLessConfidence() {
			ValueCandidate found = match("load of buildng 3").values().get(0).best();
			assertThat(found.value()).isEqualTo("Building 3");
			assertThat(found.confidence()).isLessThan(0.9).isGreaterThan(0.5);
		}

		@Test
		void aValueWrittenInLowerCaseIsFoundInEveryDatasetThatHasIt() {
			List<ValueCandidate> found = match("revenue in downtown").values().get(0).candidates();
			assertThat(found).extracting(ValueCandidate::value).containsOnly("Downtown");
			assertThat(found).extracting(ValueCandidate::dataset)
				.containsExactlyInAnyOrder("restaurant_orders", "restaurant_order_items");
			assertThat(found.get(0).confidence()).isEqualTo(0.95);
		}

		@Test
		void hyphensAndSpacesInValuesDoNotMatter() {
			Entities found = match("Compare delivery vs dine in revenue");
			assertThat(found.values()).extracting(mention -> mention.best().value())
				.containsExactly("Delivery", "Dine-in");
		}

		@Test
		void aTypoInAMadeUpSiteName() {
			Entities found = matcher.match("throughput at Roterdam South", List.of(SENSORS));
			assertThat(found.values().get(0).best().value()).isEqualTo("Rotterdam South");
		}

		@Test
		void lineTwelveOfTheSensorsIsNotLineOne() {
			Entities found = matcher.match("vibration on line 12", List.of(SENSORS));
			assertThat(found.values()).singleElement()
				.extracting(mention -> mention.best().value())
				.isEqualTo("Line 12");
		}

		@Test
		void aShortValueNeedsToBeWrittenOut() {
			// "Mall" is one letter from "all": short values are never fuzzy
			assertThat(match("show all orders").values()).isEmpty();
			assertThat(match("orders at the mall").values().get(0).best().value()).isEqualTo("Mall");
		}

	}

	@Nested
	class WordsAroundTheCatalog {

		@ParameterizedTest
		@CsvSource({ "top 3 buildings, TOP, 3", "5 best items, TOP, 5", "lowest 10 buildings, BOTTOM, 10",
				"bottom five locations, BOTTOM, 5", "the 4 largest buildings, TOP, 4",
				"Which 3 buildings generated the most solar energy?, TOP, 3",
				"which 2 items sold the least, BOTTOM, 2" })
		void rankings(String utterance, Direction direction, int count) {
			Entities found = match(utterance);
			assertThat(found.rankings()).singleElement().satisfies(ranking -> {
				assertThat(ranking.direction()).isEqualTo(direction);
				assertThat(ranking.count()).isEqualTo(count);
			});
			assertThat(found.numbers()).isEmpty();
		}

		@ParameterizedTest
		@CsvSource({ "total load, SUM", "sum of solar, SUM", "average load, AVG", "mean price, AVG", "peak load, MAX",
				"maximum temperature, MAX", "minimum temperature, MIN", "how many orders, COUNT",
				"number of orders, COUNT", "count of orders, COUNT", "median tip, MEDIAN",
				"number of distinct items, COUNT_DISTINCT", "95th percentile load, P95" })
		void aggregationWords(String utterance, Aggregation aggregation) {
			assertThat(match(utterance).aggregations()).singleElement()
				.extracting(Entities.AggregationMention::aggregation)
				.isEqualTo(aggregation);
		}

		@ParameterizedTest
		@CsvSource({ "load per building as a bar chart, bar", "sales by location as a pie, pie",
				"pie chart of revenue by channel, pie", "load as a line chart, line", "revenue in a table, table",
				"scatter of load and temperature, scatter", "load heatmap, heatmap", "histogram of tips, histogram",
				"box plot of load by building, box", "total revenue as a KPI, kpi",
				"stacked bar chart of revenue, stacked_bar" })
		void chartTypes(String utterance, String type) {
			assertThat(match(utterance).chartTypes()).singleElement()
				.extracting(Entities.ChartTypeMention::type)
				.isEqualTo(type);
		}

		@Test
		void aLineOfTheSensorsIsNotALineChart() {
			assertThat(matcher.match("vibration per line", List.of(SENSORS)).chartTypes()).isEmpty();
		}

		@Test
		void numbersLeftOverAreNumbers() {
			Entities found = match("load above 2.5 for Building 3");
			assertThat(found.numbers()).extracting(Entities.NumberMention::value)
				.containsExactly(new BigDecimal("2.5"));
			assertThat(found.values().get(0).best().value()).isEqualTo("Building 3");
		}

	}

	@Nested
	class Nothing {

		@ParameterizedTest
		@ValueSource(strings = { "flibbertigibbet", "what is the weather like", "hello there" })
		void unknownWordsMatchNothing(String utterance) {
			Entities found = match(utterance);
			assertThat(found.datasets()).isEmpty();
			assertThat(found.fields()).isEmpty();
			assertThat(found.values()).isEmpty();
			assertThat(found.spans()).isEmpty();
		}

		@Test
		void topFiveIsARankNotANumberOrAValue() {
			Entities found = match("top 5 buildings");
			assertThat(found.rankings()).hasSize(1);
			assertThat(found.values()).isEmpty();
			assertThat(found.numbers()).isEmpty();
		}

		@Test
		void theSpansCutTheUtteranceDownToWhatIsLeft() {
			String utterance = "Show total electricity load per building as a bar chart";
			assertThat(Span.cut(utterance, match(utterance).spans())).isEqualTo("Show electricity per");
		}

	}

}
