package dev.gridsight.assistant.internal.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gridsight.assistant.internal.builtin.Entities.AggregationMention;
import dev.gridsight.assistant.internal.builtin.Entities.ChartTypeMention;
import dev.gridsight.assistant.internal.builtin.Entities.DatasetMatch;
import dev.gridsight.assistant.internal.builtin.Entities.Direction;
import dev.gridsight.assistant.internal.builtin.Entities.FieldCandidate;
import dev.gridsight.assistant.internal.builtin.Entities.FieldKind;
import dev.gridsight.assistant.internal.builtin.Entities.FieldMention;
import dev.gridsight.assistant.internal.builtin.Entities.NumberMention;
import dev.gridsight.assistant.internal.builtin.Entities.RankingMention;
import dev.gridsight.assistant.internal.builtin.Entities.ValueCandidate;
import dev.gridsight.assistant.internal.builtin.Entities.ValueMention;
import dev.gridsight.assistant.internal.builtin.Words.Word;
import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartQuery.Aggregation;

/**
 * Finds what an utterance names in a workspace's catalog (datasets, columns, calculated
 * fields, dimension values) and the words around them that shape a chart (top N,
 * aggregations, chart types, numbers).
 *
 * <p>
 * Values are found first, because they are the most specific ('Building 5' is a value,
 * not the column {@code building}); their words are then out of the way of the column
 * search. A value matches exactly, then ignoring case, hyphens and plurals, then with a
 * few typing errors in its letters, never in its digits: 'Building 12' is never 'Building
 * 1'. Names match by their words, their words without units ({@code load_kwh} is 'load'),
 * their synonyms, abbreviations ('temp') and typos. The caller removes time expressions
 * first ({@link Span#blank}), so their digits are not read as numbers or ranks.
 */
final class EntityMatcher {

	/** Name parts that say a column's unit, not what it measures. */
	private static final Set<String> UNIT_WORDS = Set.of("kwh", "mwh", "wh", "gwh", "kw", "mw", "w", "kva", "usd",
			"eur", "gbp", "chf", "c", "f", "k", "kg", "g", "t", "tph", "pct", "percent", "per", "h", "hr", "min", "sec",
			"s", "ms", "l", "m", "mm", "cm", "km", "kmh", "mph", "v", "a", "hz", "pa", "kpa", "bar", "ppm", "qty",
			"num", "no", "amt", "val", "value", "cents");

	private static final double EXACT = 1.0;

	private static final double IGNORING_CASE = 0.95;

	private static final double NORMALISED = 0.9;

	private static final double SYNONYM = 0.9;

	private static final double WITHOUT_UNIT = 0.95;

	private static final double ONE_WORD_OF_SEVERAL = 0.6;

	private static final Pattern GROUPING = Pattern.compile("(?i)(?:\\bby|\\bper|\\beach|\\bacross)\\s+(?:the\\s+)?$");

	private static final String COUNT = Words.COUNT;

	private static final String UP = "top|best|highest|largest|biggest|greatest";

	private static final String DOWN = "bottom|worst|lowest|smallest|least|fewest";

	private static final List<Phrase<Direction>> RANKINGS = List.of(
			phrase("(" + UP + "|" + DOWN + ")\\s+" + COUNT, null, 0.95),
			phrase(COUNT + "\\s+(" + UP + "|" + DOWN + "|most)", null, 0.9));

	private static final Pattern WHICH_COUNT = Pattern
		.compile("(?i)\\b(?:which|what)\\s+(?:are\\s+the\\s+|were\\s+the\\s+)?" + COUNT + "\\b");

	private static final Pattern SUPERLATIVE = Pattern.compile("(?i)\\b(most|" + UP + "|" + DOWN + ")\\b");

	private static final List<Phrase<Aggregation>> AGGREGATIONS = List.of(phrase(
			"(?:number|count)\\s+of\\s+(?:distinct|unique|different)|how\\s+many\\s+(?:distinct|unique|different)|distinct|unique",
			Aggregation.COUNT_DISTINCT, 0.9),
			phrase("how\\s+many|number\\s+of|count(?:\\s+of)?|#\\s*of", Aggregation.COUNT, 0.9),
			phrase("total|totals|sum(?:\\s+of)?|summed|combined|cumulative", Aggregation.SUM, 0.9),
			phrase("how\\s+much", Aggregation.SUM, 0.7),
			phrase("average|avg|mean|on\\s+average|averaged", Aggregation.AVG, 0.9),
			phrase("max|maximum|peak", Aggregation.MAX, 0.95),
			phrase("highest|largest|biggest|greatest", Aggregation.MAX, 0.7),
			phrase("min|minimum", Aggregation.MIN, 0.95), phrase("lowest|smallest", Aggregation.MIN, 0.7),
			phrase("median", Aggregation.MEDIAN, 0.95), phrase("p95|95(?:th)?\\s+percentile", Aggregation.P95, 0.95));

	private static final String AS_A = "(?:(?:as|in|into|on)\\s+(?:an?\\s+)?)";

	private static final String CHART = "(?:\\s+(?:chart|graph|plot|diagram))";

	private static final List<Phrase<String>> CHART_TYPES = List.of(
			phrase(AS_A + "?stacked[\\s-]+(?:bar|column)s?" + CHART + "?", "stacked_bar", 0.95),
			phrase(AS_A + "(?:bar|column)s?" + CHART + "?|(?:bar|column)" + CHART, "bar", 0.95),
			phrase(AS_A + "?(?:pie|donut|doughnut)" + CHART + "?", "pie", 0.95),
			phrase(AS_A + "line" + CHART + "?|line" + CHART, "line", 0.95),
			phrase(AS_A + "area" + CHART + "?|area" + CHART, "area", 0.95),
			phrase(AS_A + "table|tabular|table\\s+view", "table", 0.9),
			phrase(AS_A + "?scatter(?:\\s*plot)?" + CHART + "?", "scatter", 0.95),
			phrase(AS_A + "?heat[\\s-]*map" + CHART + "?", "heatmap", 0.95),
			phrase(AS_A + "?histogram" + CHART + "?", "histogram", 0.95),
			phrase(AS_A + "?(?:box[\\s-]*(?:and[\\s-]*whiskers?[\\s-]*)?plot|boxplot)", "box", 0.95),
			phrase(AS_A + "?(?:kpi|single\\s+number|big\\s+number|scorecard)", "kpi", 0.9));

	/** Whether the utterance names a chart type ("as a bar chart", "pie"). */
	static boolean namesChartType(String utterance) {
		return CHART_TYPES.stream().anyMatch(phrase -> phrase.pattern().matcher(utterance).find());
	}

	Entities match(String utterance, List<DatasetVocabulary> datasets) {
		List<Word> words = Words.of(utterance);
		List<ValueMention> values = chooseValues(findValues(utterance, words, datasets));
		String rest = Span.blank(utterance, values.stream().map(ValueMention::span).toList());
		List<RankingMention> rankings = rankings(rest);
		rest = Span.blank(rest, rankings.stream().map(RankingMention::span).toList());
		List<AggregationMention> aggregations = choose(find(rest, AGGREGATIONS,
				(span, found) -> new AggregationMention(span, found.meaning(), found.confidence())));
		List<ChartTypeMention> chartTypes = choose(find(rest, CHART_TYPES,
				(span, found) -> new ChartTypeMention(span, found.meaning(), found.confidence())));
		// 'as a line chart' says nothing about a column named line
		rest = Span.blank(rest, chartTypes.stream().map(ChartTypeMention::span).toList());

		List<Word> restWords = Words.of(rest);
		List<Span> concepts = Lexicon.read(rest, datasets).stream().map(Lexicon.Reading::span).toList();
		List<FieldMention> fields = withoutRepeatedConcepts(withoutAggregationWords(
				chooseFields(utterance, withConcepts(rest, findFields(utterance, restWords, datasets), datasets)),
				aggregations), concepts);
		Map<String, NameEvidence> names = datasetNames(utterance, restWords, datasets);
		List<DatasetMatch> ranked = rankDatasets(datasets, names, fields, values);
		fields = fields.stream()
			.map(mention -> new FieldMention(mention.span(), mention.grouped(),
					byConfidence(mention.candidates(), FieldCandidate::confidence, FieldCandidate::dataset, ranked)))
			.toList();
		values = values.stream()
			.map(mention -> new ValueMention(mention.span(),
					byConfidence(mention.candidates(), ValueCandidate::confidence, ValueCandidate::dataset, ranked)))
			.toList();

		List<Span> taken = new ArrayList<>();
		fields.forEach(mention -> taken.add(mention.span()));
		aggregations.forEach(mention -> taken.add(mention.span()));
		List<NumberMention> numbers = numbers(Span.blank(rest, taken));
		return new Entities(ranked, fields, values, rankings, aggregations, chartTypes, numbers);
	}

	/**
	 * A column named like an aggregation ({@code total}, {@code count}) is the
	 * aggregation when another measure follows it: 'total cost' sums the cost. Alone
	 * ('average total') it stays a column.
	 */
	private static List<FieldMention> withoutAggregationWords(List<FieldMention> fields,
			List<AggregationMention> aggregations) {
		List<FieldMention> kept = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			FieldMention field = fields.get(i);
			boolean aggregationWord = aggregations.stream()
				.anyMatch(aggregation -> aggregation.span().equals(field.span()));
			boolean measureFollows = i + 1 < fields.size() && fields.get(i + 1).best().kind().measurable();
			if (!(aggregationWord && measureFollows)) {
				kept.add(field);
			}
		}
		return List.copyOf(kept);
	}

	// --- values

	private record ValueHit(Span span, ValueCandidate candidate) {
	}

	private static List<ValueHit> findValues(String utterance, List<Word> words, List<DatasetVocabulary> datasets) {
		List<ValueHit> hits = new ArrayList<>();
		for (DatasetVocabulary vocabulary : datasets) {
			DatasetSchema schema = vocabulary.schema();
			for (Map.Entry<String, List<String>> column : vocabulary.values().entrySet()) {
				if (schema.column(column.getKey()).isEmpty()) {
					continue;
				}
				for (String value : column.getValue()) {
					if (value == null || value.isBlank()) {
						continue;
					}
					List<Word> valueWords = Words.of(value);
					if (valueWords.isEmpty()) {
						continue;
					}
					for (int size = Math.max(1, valueWords.size() - 1); size <= valueWords.size() + 1; size++) {
						for (int from = 0; from + size <= words.size(); from++) {
							List<Word> window = words.subList(from, from + size);
							double confidence = valueConfidence(utterance, window, value, valueWords);
							if (confidence > 0 && adjacent(utterance, window)) {
								Span span = new Span(window.get(0).start(), window.get(size - 1).end());
								hits.add(new ValueHit(span,
										new ValueCandidate(schema.name(), column.getKey(), value, confidence)));
							}
						}
					}
				}
			}
		}
		return hits;
	}

	/**
	 * How surely these words are the value: exact, then ignoring case, then ignoring
	 * hyphens, spaces and plurals, then with typos in its letters. Digits must agree
	 * exactly, and short values must be written out, since one letter turns 'Mall' into
	 * 'all'.
	 */
	private static double valueConfidence(String utterance, List<Word> window, String value, List<Word> valueWords) {
		if (window.stream().allMatch(word -> Words.STOP.contains(word.norm()))) {
			return 0;
		}
		String written = utterance.substring(window.get(0).start(), window.get(window.size() - 1).end());
		if (written.equals(value.strip())) {
			return EXACT;
		}
		if (value.strip().length() <= 2) {
			return 0;
		}
		if (written.equalsIgnoreCase(value.strip())) {
			return IGNORING_CASE;
		}
		if (!digits(window).equals(digits(valueWords))) {
			return 0;
		}
		String said = joined(window);
		String meant = joined(valueWords);
		if (said.equals(meant)) {
			return NORMALISED;
		}
		int allowed = Words.typosAllowed(meant.length());
		if (allowed == 0 || said.charAt(0) != meant.charAt(0)) {
			return 0;
		}
		int distance = Words.distance(said, meant, allowed);
		return distance <= allowed ? 0.85 - 0.1 * distance : 0;
	}

	private static List<String> digits(List<Word> words) {
		return words.stream().filter(Word::numeric).map(Word::text).toList();
	}

	private static String joined(List<Word> words) {
		return String.join("", words.stream().map(Word::norm).toList());
	}

	/** Whether nothing that was blanked out stands between these words. */
	private static boolean adjacent(String utterance, List<Word> window) {
		for (int i = 1; i < window.size(); i++) {
			String between = utterance.substring(window.get(i - 1).end(), window.get(i).start());
			if (between.length() > 3 || between.chars().anyMatch(Character::isLetterOrDigit)) {
				return false;
			}
		}
		return true;
	}

	private static List<ValueMention> chooseValues(List<ValueHit> hits) {
		Map<Span, List<ValueCandidate>> bySpan = new LinkedHashMap<>();
		hits.forEach(hit -> bySpan.computeIfAbsent(hit.span(), span -> new ArrayList<>()).add(hit.candidate()));
		List<ValueMention> mentions = new ArrayList<>();
		bySpan.forEach((span, candidates) -> mentions.add(new ValueMention(span, distinct(candidates))));
		return strongestFirst(mentions, mention -> mention.best().confidence());
	}

	private static List<ValueCandidate> distinct(List<ValueCandidate> candidates) {
		Map<List<String>, ValueCandidate> best = new LinkedHashMap<>();
		for (ValueCandidate candidate : candidates) {
			best.merge(List.of(candidate.dataset(), candidate.column(), candidate.value()), candidate,
					(a, b) -> a.confidence() >= b.confidence() ? a : b);
		}
		List<ValueCandidate> list = new ArrayList<>(best.values());
		list.sort(Comparator.comparingDouble(ValueCandidate::confidence).reversed());
		return list;
	}

	// --- columns and calculated fields

	private record Name(List<String> words, double confidence, boolean synonym) {

		Name(List<String> words, double confidence) {
			this(words, confidence, false);
		}

	}

	/**
	 * @param synonym whether a catalog editor's synonym matched (it outranks the general
	 * lexicon)
	 */
	private record FieldHit(Span span, FieldCandidate candidate, boolean synonym) {

		FieldHit(Span span, FieldCandidate candidate) {
			this(span, candidate, false);
		}

	}

	private static List<FieldHit> findFields(String utterance, List<Word> words, List<DatasetVocabulary> datasets) {
		List<FieldHit> hits = new ArrayList<>();
		for (DatasetVocabulary vocabulary : datasets) {
			DatasetSchema schema = vocabulary.schema();
			for (DatasetColumn column : schema.columns()) {
				FieldKind kind = switch (column.role()) {
					case MEASURE -> FieldKind.MEASURE;
					case DIMENSION -> FieldKind.DIMENSION;
					case TIME -> FieldKind.TIME;
					case ID -> FieldKind.ID;
				};
				for (Name name : names(column.name(), column.unit(), column.synonyms())) {
					match(utterance, words, name, new FieldCandidate(schema.name(), column.name(), kind, 0), hits);
				}
			}
			for (CalculatedField field : schema.calculatedFields()) {
				for (Name name : names(field.name(), field.unit(), List.of())) {
					match(utterance, words, name,
							new FieldCandidate(schema.name(), field.name(), FieldKind.CALCULATED, 0), hits);
				}
			}
		}
		return hits;
	}

	/**
	 * 'solar generation' names solar_kwh once: a concept word whose best reading another
	 * mention already names is dropped.
	 */
	private static List<FieldMention> withoutRepeatedConcepts(List<FieldMention> fields, List<Span> concepts) {
		return fields.stream()
			.filter(mention -> !concepts.contains(mention.span()) || fields.stream()
				.noneMatch(other -> other != mention && !concepts.contains(other.span())
						&& other.best().field().equals(mention.best().field())
						&& other.best().dataset().equals(mention.best().dataset())))
			.toList();
	}

	/**
	 * Adds the general lexicon's readings ('sales' for an amount). Where a column is
	 * named by the concept word itself, that match drops to a concept reading's strength:
	 * 'revenue' is ambiguous whatever the columns are called. A catalog editor's synonym
	 * keeps its strength, since someone said what the word means here.
	 */
	private static List<FieldHit> withConcepts(String text, List<FieldHit> hits, List<DatasetVocabulary> datasets) {
		List<Lexicon.Reading> readings = Lexicon.read(text, datasets);
		if (readings.isEmpty()) {
			return hits;
		}
		List<FieldHit> all = new ArrayList<>();
		for (FieldHit hit : hits) {
			boolean conceptWord = !hit.synonym() && hit.candidate().kind().measurable()
					&& readings.stream().anyMatch(reading -> reading.span().equals(hit.span()));
			FieldCandidate candidate = hit.candidate();
			all.add(conceptWord ? new FieldHit(hit.span(), new FieldCandidate(candidate.dataset(), candidate.field(),
					candidate.kind(), Math.min(candidate.confidence(), Lexicon.CONFIDENCE))) : hit);
		}
		readings.forEach(
				reading -> reading.candidates().forEach(candidate -> all.add(new FieldHit(reading.span(), candidate))));
		return all;
	}

	/**
	 * The ways people say a name: all its words, its words without the unit, its
	 * synonyms, and any one of its words when it has several (each less sure).
	 */
	private static List<Name> names(String name, String unit, List<String> synonyms) {
		List<Name> names = new ArrayList<>();
		List<String> all = Words.normsOf(name);
		if (!all.isEmpty()) {
			names.add(new Name(all, EXACT));
		}
		Set<String> units = unit == null ? Set.of() : Set.copyOf(Words.normsOf(unit));
		List<String> core = all.stream().filter(word -> !UNIT_WORDS.contains(word) && !units.contains(word)).toList();
		if (!core.isEmpty() && core.size() < all.size()) {
			names.add(new Name(core, WITHOUT_UNIT));
		}
		for (String synonym : synonyms) {
			List<String> words = Words.normsOf(synonym);
			if (!words.isEmpty()) {
				names.add(new Name(words, SYNONYM, true));
			}
		}
		if (core.size() > 1) {
			core.stream()
				.filter(word -> word.length() >= 3)
				.forEach(word -> names.add(new Name(List.of(word), ONE_WORD_OF_SEVERAL)));
		}
		return names;
	}

	private static void match(String utterance, List<Word> words, Name name, FieldCandidate field,
			List<FieldHit> hits) {
		int size = name.words().size();
		for (int from = 0; from + size <= words.size(); from++) {
			List<Word> window = words.subList(from, from + size);
			double confidence = name.confidence();
			for (int i = 0; i < size && confidence > 0; i++) {
				confidence *= wordLikeness(window.get(i), name.words().get(i));
			}
			if (confidence > 0 && adjacent(utterance, window)) {
				hits.add(new FieldHit(new Span(window.get(0).start(), window.get(size - 1).end()),
						new FieldCandidate(field.dataset(), field.field(), field.kind(), confidence), name.synonym()));
			}
		}
	}

	/**
	 * 1 for the same word (or its plural), less for an abbreviation ('temp' for
	 * 'temperature') or a typo, 0 otherwise.
	 */
	private static double wordLikeness(Word said, String meant) {
		String word = said.norm();
		if (word.equals(meant)) {
			return 1;
		}
		if (Words.STOP.contains(word) || said.numeric()) {
			return 0;
		}
		String shorter = word.length() < meant.length() ? word : meant;
		String longer = shorter == word ? meant : word;
		if (shorter.length() >= 3 && longer.startsWith(shorter)) {
			return 0.85;
		}
		int allowed = Words.typosAllowed(meant.length());
		if (allowed > 0 && word.charAt(0) == meant.charAt(0) && Words.distance(word, meant, allowed) <= allowed) {
			return 0.8;
		}
		return 0;
	}

	private static List<FieldMention> chooseFields(String utterance, List<FieldHit> hits) {
		Map<Span, List<FieldCandidate>> bySpan = new LinkedHashMap<>();
		hits.forEach(hit -> bySpan.computeIfAbsent(hit.span(), span -> new ArrayList<>()).add(hit.candidate()));
		List<FieldMention> mentions = new ArrayList<>();
		bySpan.forEach((span, candidates) -> {
			Map<List<String>, FieldCandidate> best = new LinkedHashMap<>();
			for (FieldCandidate candidate : candidates) {
				best.merge(List.of(candidate.dataset(), candidate.field()), candidate,
						(a, b) -> a.confidence() >= b.confidence() ? a : b);
			}
			List<FieldCandidate> list = new ArrayList<>(best.values());
			list.sort(Comparator.comparingDouble(FieldCandidate::confidence).reversed());
			boolean grouped = GROUPING.matcher(utterance.substring(0, span.start())).find();
			mentions.add(new FieldMention(span, grouped, list));
		});
		return strongestFirst(mentions, mention -> mention.best().confidence());
	}

	// --- datasets

	/**
	 * Where the utterance says a dataset's name: all of it is strong evidence (0.9), a
	 * word of it weaker (0.4 each: 'orders' fits every dataset about orders).
	 */
	private record NameEvidence(List<Span> spans, double doubt) {
	}

	private static Map<String, NameEvidence> datasetNames(String utterance, List<Word> words,
			List<DatasetVocabulary> datasets) {
		Map<String, NameEvidence> evidence = new HashMap<>();
		Map<String, List<FieldHit>> wholes = new HashMap<>();
		for (DatasetVocabulary vocabulary : datasets) {
			String dataset = vocabulary.schema().name();
			List<String> name = Words.normsOf(dataset);
			List<FieldHit> whole = new ArrayList<>();
			if (!name.isEmpty()) {
				match(utterance, words, new Name(name, EXACT), new FieldCandidate(dataset, "", FieldKind.ID, 0), whole);
			}
			wholes.put(dataset, whole);
		}
		for (DatasetVocabulary vocabulary : datasets) {
			String dataset = vocabulary.schema().name();
			List<String> name = Words.normsOf(dataset);
			FieldCandidate self = new FieldCandidate(dataset, "", FieldKind.ID, 0);
			// 'restaurant order items' names restaurant_order_items, not
			// restaurant_orders
			List<FieldHit> whole = wholes.get(dataset)
				.stream()
				.filter(hit -> wholes.values()
					.stream()
					.flatMap(List::stream)
					.noneMatch(
							other -> other.span().length() > hit.span().length() && other.span().contains(hit.span())))
				.toList();
			List<FieldHit> parts = new ArrayList<>();
			if (whole.isEmpty() && name.size() > 1) {
				name.stream()
					.filter(word -> word.length() >= 3)
					.forEach(word -> match(utterance, words, new Name(List.of(word), EXACT), self, parts));
			}
			List<Span> spans = new ArrayList<>();
			double doubt = 1;
			for (FieldHit hit : whole) {
				spans.add(hit.span());
				doubt *= 1 - 0.9 * hit.candidate().confidence();
			}
			for (FieldHit hit : parts) {
				spans.add(hit.span());
				doubt *= 1 - 0.4 * hit.candidate().confidence();
			}
			if (!spans.isEmpty()) {
				spans.sort(Comparator.naturalOrder());
				evidence.put(dataset, new NameEvidence(List.copyOf(spans), doubt));
			}
		}
		return evidence;
	}

	/**
	 * Each piece of evidence raises a dataset's confidence without reaching 1 on its own:
	 * its name (above), a column 0.6 and a value 0.5 times how sure that match is.
	 */
	private static List<DatasetMatch> rankDatasets(List<DatasetVocabulary> datasets, Map<String, NameEvidence> names,
			List<FieldMention> fields, List<ValueMention> values) {
		List<DatasetMatch> matches = new ArrayList<>();
		for (DatasetVocabulary vocabulary : datasets) {
			String dataset = vocabulary.schema().name();
			NameEvidence name = names.getOrDefault(dataset, new NameEvidence(List.of(), 1));
			double doubt = name.doubt();
			for (FieldMention mention : fields) {
				doubt *= 1 - 0.6
						* best(mention.candidates(), dataset, FieldCandidate::dataset, FieldCandidate::confidence);
			}
			for (ValueMention mention : values) {
				doubt *= 1 - 0.5
						* best(mention.candidates(), dataset, ValueCandidate::dataset, ValueCandidate::confidence);
			}
			if (doubt < 1) {
				matches.add(new DatasetMatch(dataset, 1 - doubt, name.spans()));
			}
		}
		matches.sort(Comparator.comparingDouble(DatasetMatch::confidence).reversed());
		return List.copyOf(matches);
	}

	private static <T> double best(List<T> candidates, String dataset, Function<T, String> of,
			ToDoubleFunction<T> confidence) {
		return candidates.stream()
			.filter(candidate -> of.apply(candidate).equals(dataset))
			.mapToDouble(confidence)
			.max()
			.orElse(0);
	}

	/** Best first; among equals, the likelier dataset first, then catalog order. */
	private static <T> List<T> byConfidence(List<T> candidates, ToDoubleFunction<T> confidence,
			Function<T, String> dataset, List<DatasetMatch> ranked) {
		List<String> order = ranked.stream().map(DatasetMatch::dataset).toList();
		List<T> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparingDouble(confidence)
			.reversed()
			.thenComparingInt(candidate -> order.indexOf(dataset.apply(candidate))));
		return List.copyOf(sorted);
	}

	// --- ranks, aggregations, chart types, numbers

	private static List<RankingMention> rankings(String text) {
		List<RankingMention> found = choose(find(text, RANKINGS, (span, phrase) -> {
			Matcher m = phrase.pattern().matcher(span.in(text));
			m.matches();
			String first = m.group(1);
			String second = m.group(2);
			boolean countFirst = Character.isDigit(first.charAt(0)) || Words.NUMBER_WORDS.containsKey(lower(first));
			String count = countFirst ? first : second;
			String word = countFirst ? second : first;
			return new RankingMention(span, direction(word), Words.count(count), phrase.confidence());
		}));
		if (!found.isEmpty()) {
			return found;
		}
		Matcher which = WHICH_COUNT.matcher(text);
		if (which.find()) {
			Span span = new Span(which.start(1), which.end(1));
			Matcher superlative = SUPERLATIVE.matcher(text);
			boolean stated = superlative.find(which.end());
			Direction direction = stated ? direction(superlative.group(1)) : Direction.TOP;
			return List.of(new RankingMention(span, direction, Words.count(which.group(1)), stated ? 0.85 : 0.5));
		}
		return List.of();
	}

	private static Direction direction(String word) {
		return lower(word).matches(DOWN) ? Direction.BOTTOM : Direction.TOP;
	}

	private static List<NumberMention> numbers(String text) {
		List<NumberMention> numbers = new ArrayList<>();
		for (Word word : Words.of(text)) {
			if (word.numeric()) {
				String plain = word.text().matches("\\d{1,3}(,\\d{3})+") ? word.text().replace(",", "")
						: word.text().replace(',', '.');
				try {
					numbers.add(new NumberMention(word.span(), new BigDecimal(plain)));
				}
				catch (NumberFormatException ex) {
					// '1.2.3' is no number; it stays text
				}
			}
		}
		return numbers;
	}

	private record Phrase<T>(Pattern pattern, T meaning, double confidence) {
	}

	@FunctionalInterface
	private interface Reading<T, M> {

		M read(Span span, Phrase<T> phrase);

	}

	private static <T> Phrase<T> phrase(String regex, T meaning, double confidence) {
		return new Phrase<>(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), meaning, confidence);
	}

	private static <T, M extends Entities.Mention> List<M> find(String text, List<Phrase<T>> phrases,
			Reading<T, M> reading) {
		List<M> found = new ArrayList<>();
		for (Phrase<T> phrase : phrases) {
			Matcher matcher = phrase.pattern().matcher(text);
			while (matcher.find()) {
				found.add(reading.read(new Span(matcher.start(), matcher.end()), phrase));
			}
		}
		return found;
	}

	/** The longest of overlapping mentions (the earlier phrase among equals). */
	private static <M extends Entities.Mention> List<M> choose(List<M> mentions) {
		return strongestFirst(mentions, mention -> mention.span().length());
	}

	/**
	 * Keeps the strongest of overlapping mentions, longer before shorter among equals,
	 * and returns the kept ones in reading order.
	 */
	private static <M extends Entities.Mention> List<M> strongestFirst(List<M> mentions, ToDoubleFunction<M> strength) {
		List<M> sorted = new ArrayList<>(mentions);
		sorted.sort(Comparator.comparingDouble(strength)
			.reversed()
			.thenComparing(mention -> -mention.span().length())
			.thenComparing(mention -> mention.span().start()));
		List<M> kept = new ArrayList<>();
		for (M mention : sorted) {
			if (kept.stream().noneMatch(other -> other.span().overlaps(mention.span()))) {
				kept.add(mention);
			}
		}
		kept.sort(Comparator.comparing(Entities.Mention::span));
		return List.copyOf(kept);
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
