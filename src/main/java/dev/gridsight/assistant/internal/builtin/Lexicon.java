package dev.gridsight.assistant.internal.builtin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gridsight.assistant.internal.builtin.Entities.FieldCandidate;
import dev.gridsight.assistant.internal.builtin.Entities.FieldKind;
import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.DatasetColumn;

/**
 * General words of business and energy that name no column but a kind of measure:
 * 'revenue' and 'sales' are whatever amount a dataset records (total, subtotal, amount),
 * 'consumption' is a load or a demand, 'generation' is solar or PV output. Each concept
 * lists the name words of the columns it may mean, likeliest first; it is read against
 * every dataset, so it knows no dataset by name.
 *
 * <p>
 * A concept word is ambiguous by nature: when a dataset happens to have a column named
 * like it ({@code revenue}), that column is one reading among the others, not a certain
 * match, so the engine weighs the datasets by everything else the question says.
 */
final class Lexicon {

	/** How sure a concept reading is, lowered a little for each later column word. */
	static final double CONFIDENCE = 0.85;

	private static final double PHRASE_CONFIDENCE = 0.9;

	private static final double STEP = 0.01;

	private record Concept(Pattern phrase, List<String> columnWords) {
	}

	private static final List<Concept> CONCEPTS = List.of(concept(
			"revenues?|sales|turnover|income|takings|earnings|proceeds|(?:average\\s+)?(?:order|basket|ticket|check|transaction)\\s+(?:values?|sizes?|amounts?)",
			"revenue", "sales", "turnover", "income", "amount", "subtotal", "total", "gross", "net", "value"),
			concept("consumption|consumed|usage|used|demand|electricity\\s+use|energy\\s+use", "load", "consumption",
					"usage", "demand", "import", "energy"),
			concept("generation|generated|production|produced|yield|output", "generation", "solar", "pv", "wind",
					"production", "output", "yield", "throughput"),
			concept("costs?|spend|spending|spent|expenses?|bills?", "cost", "expense", "spend", "amount", "bill"),
			concept("emissions?|co2|carbon|footprint", "carbon", "co2", "emission", "emissions", "ghg"),
			concept("temperatures?|temps?", "temperature", "temp"),
			concept("prices?|tariffs?|rates?", "price", "tariff", "rate"),
			concept("units|volume|quantities|quantity|pieces", "quantity", "qty", "units", "volume", "count"));

	private Lexicon() {
	}

	private static Concept concept(String phrase, String... columnWords) {
		return new Concept(
				Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + phrase + ")(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
				Arrays.stream(columnWords).map(Words::norm).toList());
	}

	/** A concept said in the text, with the measures of each dataset it may mean. */
	record Reading(Span span, List<FieldCandidate> candidates) {
	}

	static List<Reading> read(String text, List<DatasetVocabulary> datasets) {
		List<Reading> readings = new ArrayList<>();
		for (Concept concept : CONCEPTS) {
			Matcher matcher = concept.phrase().matcher(text);
			while (matcher.find()) {
				List<FieldCandidate> candidates = new ArrayList<>();
				// 'order value' is surer than a word of a column name it contains
				double base = Words.of(matcher.group()).size() > 1 ? PHRASE_CONFIDENCE : CONFIDENCE;
				datasets.forEach(vocabulary -> candidates.addAll(measuresMeant(concept, vocabulary, base)));
				if (!candidates.isEmpty()) {
					readings.add(new Reading(new Span(matcher.start(), matcher.end()), candidates));
				}
			}
		}
		return readings;
	}

	private static List<FieldCandidate> measuresMeant(Concept concept, DatasetVocabulary vocabulary, double base) {
		List<FieldCandidate> found = new ArrayList<>();
		String dataset = vocabulary.schema().name();
		for (DatasetColumn column : vocabulary.schema().columns()) {
			if (column.role() == ColumnRole.MEASURE) {
				rank(concept, column.name()).ifPresent(rank -> found
					.add(new FieldCandidate(dataset, column.name(), FieldKind.MEASURE, base - STEP * rank)));
			}
		}
		for (CalculatedField field : vocabulary.schema().calculatedFields()) {
			rank(concept, field.name()).ifPresent(rank -> found
				.add(new FieldCandidate(dataset, field.name(), FieldKind.CALCULATED, base - STEP * rank)));
		}
		return found;
	}

	/** The place of the name's first word that the concept lists, if any. */
	private static OptionalInt rank(Concept concept, String name) {
		List<String> words = Words.normsOf(name);
		int best = Integer.MAX_VALUE;
		for (String word : words) {
			int at = concept.columnWords().indexOf(word);
			if (at >= 0) {
				best = Math.min(best, at);
			}
		}
		return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
	}

}
