package dev.gridsight.assistant.internal.builtin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gridsight.assistant.internal.builtin.Entities.AggregationMention;
import dev.gridsight.assistant.internal.builtin.Entities.DatasetMatch;
import dev.gridsight.assistant.internal.builtin.Entities.FieldCandidate;
import dev.gridsight.assistant.internal.builtin.Entities.FieldKind;
import dev.gridsight.assistant.internal.builtin.Entities.FieldMention;
import dev.gridsight.assistant.internal.builtin.Entities.RankingMention;
import dev.gridsight.assistant.internal.builtin.Entities.ValueCandidate;
import dev.gridsight.assistant.internal.builtin.Entities.ValueMention;
import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.Comparison;
import dev.gridsight.chart.ChartQuery.Dimension;
import dev.gridsight.chart.ChartQuery.Filter;
import dev.gridsight.chart.ChartQuery.FilterOp;
import dev.gridsight.chart.ChartQuery.Measure;
import dev.gridsight.chart.ChartQuery.Sort;
import dev.gridsight.chart.ChartQuery.SortDirection;
import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartQuery.TimePart;
import dev.gridsight.chart.ChartQuery.TimeSpec;
import dev.gridsight.chart.ChartWindow;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.Visual;
import dev.gridsight.chat.TurnEvent.Alternative;

/**
 * Turns a question into a ChartQuery and a visual, or a follow-up into a change of the
 * last one. Time expressions are read first and cut out, then the catalog's words. The
 * dataset is the one the words point at most; when two point at it alike, the coarser
 * (fewer rows) wins, since a line-item table would count an order's amount once per line.
 */
final class ChartPlanner {

	/**
	 * Datasets whose confidence differs by less than this point at the question alike.
	 */
	private static final double TIE = 0.06;

	/** Other measures this close to the chosen one are offered as alternatives. */
	private static final double CLOSE = 0.1;

	private static final Pattern COMPARE = Pattern.compile(
			"(?i)\\b(?:compar(?:e|ed|ing)\\s+(?:it\\s+|this\\s+|that\\s+)?(?:with|to|against)|versus|vs\\.?|against|relative\\s+to|than)\\s+(?:the\\s+)?(?:previous|prior|last|preceding|one\\s+before|period\\s+before)");

	private static final Pattern EXCLUDING = Pattern.compile(
			"(?i)\\b(?:without|except|excluding|exclude|not|leave\\s+out|leaving\\s+out|other\\s+than)\\s+(?:the\\s+)?$");

	private static final Pattern INSTEAD = Pattern.compile("(?i)\\b(instead|rather)\\b");

	private static final Pattern PART_OF_WHOLE = Pattern.compile(
			"(?i)\\b(share|shares|proportion|percentage|percent|breakdown|composition|mix|part\\s+of|split\\s+of|distribution)\\b");

	private static final Pattern TREND = Pattern
		.compile("(?i)\\b(trend|over\\s+time|timeline|history|evolution|plot|graph|time\\s+series)\\b");

	/** Name words of measures that are levels or rates: summing them means nothing. */
	private static final Set<String> INTENSIVE = Set.of("temp", "temperature", "price", "rate", "ratio", "pct",
			"percent", "percentage", "share", "avg", "average", "mean", "level", "speed", "pressure", "humidity",
			"vibration", "efficiency", "factor", "cop", "soc", "frequency", "voltage", "score", "intensity");

	private final TimeExpressions time;

	private final EntityMatcher matcher;

	ChartPlanner(TimeExpressions time, EntityMatcher matcher) {
		this.time = time;
		this.matcher = matcher;
	}

	/** What a message says, read against some datasets. */
	private record Reading(List<TimeMention> times, Entities entities) {
	}

	private Reading read(String utterance, List<KnownDataset> datasets, Instant reference) {
		List<TimeMention> times = this.time.find(utterance, reference, ZoneOffset.UTC);
		String rest = Span.blank(utterance, times.stream().map(TimeMention::span).toList());
		Entities entities = this.matcher.match(rest, datasets.stream().map(KnownDataset::vocabulary).toList());
		return new Reading(times, entities);
	}

	private static Instant reference(List<KnownDataset> datasets, Instant now) {
		return datasets.stream().map(dataset -> dataset.reference(now)).max(Comparator.naturalOrder()).orElse(now);
	}

	/** Whether the message names a measure, or counts rows split some way. */
	boolean chartable(String utterance, List<KnownDataset> datasets, Instant now) {
		Entities entities = read(utterance, datasets, reference(datasets, now)).entities();
		boolean measure = entities.fields().stream().anyMatch(mention -> mention.best().kind().measurable());
		boolean counts = entities.aggregations()
			.stream()
			.anyMatch(mention -> mention.aggregation() == Aggregation.COUNT
					|| mention.aggregation() == Aggregation.COUNT_DISTINCT);
		return measure || (counts && !entities.datasets().isEmpty());
	}

	boolean namesAMeasure(String utterance, List<KnownDataset> datasets, Instant now) {
		return read(utterance, datasets, reference(datasets, now)).entities()
			.fields()
			.stream()
			.anyMatch(mention -> mention.best().kind().measurable());
	}

	/** Whether the message names anything of the catalog at all. */
	boolean mentionsAnything(String utterance, List<KnownDataset> datasets, Instant now) {
		Reading reading = read(utterance, datasets, reference(datasets, now));
		return !reading.entities().datasets().isEmpty();
	}

	// --- a new chart

	/**
	 * @param forcedDataset the dataset the user chose in answer to a question, or null
	 */
	Plan plan(String utterance, List<KnownDataset> datasets, Instant now, String forcedDataset) {
		List<KnownDataset> candidates = forcedDataset == null ? datasets
				: datasets.stream().filter(dataset -> dataset.name().equals(forcedDataset)).toList();
		if (candidates.isEmpty()) {
			return Planner.fallback(datasets);
		}
		Reading first = read(utterance, candidates, reference(candidates, now));
		Optional<KnownDataset> chosen = choose(utterance, first.entities(), candidates);
		if (chosen.isEmpty()) {
			List<String> names = tied(first.entities(), candidates).stream().map(KnownDataset::name).toList();
			if (names.size() < 2) {
				names = candidates.stream().map(KnownDataset::name).toList();
			}
			return new Plan.Ask("Which dataset should I use?", names,
					new EngineState.Pending(utterance, "dataset", names, null));
		}
		KnownDataset dataset = chosen.get();
		Reading reading = read(utterance, List.of(dataset), dataset.reference(now));
		return build(utterance, dataset, reading, first.entities(), datasets);
	}

	/**
	 * The dataset the words point at most; among those pointed at alike, the coarser;
	 * empty when nothing tells them apart.
	 */
	private static Optional<KnownDataset> choose(String utterance, Entities entities, List<KnownDataset> datasets) {
		if (entities.datasets().isEmpty()) {
			return datasets.size() == 1 ? Optional.of(datasets.get(0)) : Optional.empty();
		}
		DatasetMatch top = entities.datasets().get(0);
		if (namedWhole(utterance, top)) {
			return byName(datasets, top.dataset());
		}
		List<KnownDataset> tied = tied(entities, datasets);
		if (tied.size() > 1 && tied.get(0).rows() == tied.get(1).rows()) {
			return Optional.empty();
		}
		return tied.isEmpty() ? byName(datasets, top.dataset()) : Optional.of(tied.get(0));
	}

	/**
	 * Whether the message says the dataset's whole name ('restaurant order items'), not
	 * only a word that several names share ('order').
	 */
	private static boolean namedWhole(String utterance, DatasetMatch match) {
		int said = match.spans().stream().mapToInt(span -> Words.of(span.in(utterance)).size()).sum();
		return !match.spans().isEmpty() && said >= Words.normsOf(match.dataset()).size();
	}

	/** The datasets pointed at about as much as the best, fewest rows first. */
	private static List<KnownDataset> tied(Entities entities, List<KnownDataset> datasets) {
		if (entities.datasets().isEmpty()) {
			return List.of();
		}
		double best = entities.datasets().get(0).confidence();
		return entities.datasets()
			.stream()
			.filter(match -> match.confidence() >= best - TIE)
			.flatMap(match -> byName(datasets, match.dataset()).stream())
			.sorted(Comparator.comparingLong(KnownDataset::rows))
			.toList();
	}

	private static Optional<KnownDataset> byName(List<KnownDataset> datasets, String name) {
		return datasets.stream().filter(dataset -> dataset.name().equals(name)).findFirst();
	}

	private Plan build(String utterance, KnownDataset dataset, Reading reading, Entities across,
			List<KnownDataset> all) {
		DatasetSchema schema = dataset.vocabulary().schema();
		Entities entities = reading.entities();
		boolean ranked = !entities.rankings().isEmpty();
		Aggregation said = aggregation(entities, ranked);

		List<FieldMention> measureMentions = new ArrayList<>();
		List<String> measureColumns = new ArrayList<>();
		List<String> dimensions = new ArrayList<>();
		String timeColumn = schema.timeColumn().map(DatasetColumn::name).orElse(null);
		String countDistinct = null;
		for (FieldMention mention : entities.fields()) {
			FieldCandidate best = mention.best();
			if (best.kind().measurable()) {
				if (!measureColumns.contains(best.field())) {
					measureColumns.add(best.field());
					measureMentions.add(mention);
				}
			}
			else if (best.kind() == FieldKind.DIMENSION || best.kind() == FieldKind.ID) {
				if (said == Aggregation.COUNT_DISTINCT && !mention.grouped()) {
					countDistinct = best.field();
				}
				else if (best.kind() == FieldKind.DIMENSION && !dimensions.contains(best.field())) {
					dimensions.add(best.field());
				}
			}
			else if (best.kind() == FieldKind.TIME) {
				timeColumn = best.field();
			}
		}

		// values: one is a filter; two or more of one column are compared side by side
		Map<String, List<Object>> included = values(utterance, entities, false);
		Map<String, List<Object>> excluded = values(utterance, entities, true);
		List<Filter> filters = new ArrayList<>();
		included.forEach((column, values) -> {
			List<Object> distinct = values.stream().distinct().toList();
			if (distinct.size() == 1) {
				filters.add(Filter.of(column, FilterOp.EQ, distinct.get(0)));
				dimensions.remove(column);
			}
			else {
				filters.add(Filter.of(column, FilterOp.IN, distinct));
				if (!dimensions.contains(column)) {
					dimensions.add(0, column);
				}
			}
		});
		excluded.forEach((column, values) -> filters.add(Filter.of(column, FilterOp.NOT_IN, values)));

		// time: a grain or a cycle on the time axis, a window, a comparison
		TimeSpec timeSpec = null;
		TimeMention.Window window = null;
		Matcher compare = COMPARE.matcher(utterance);
		boolean compared = compare.find();
		for (TimeMention mention : reading.times()) {
			if (mention instanceof TimeMention.Grain grain && timeColumn != null) {
				timeSpec = new TimeSpec(timeColumn, grain.grain(), null);
			}
			else if (mention instanceof TimeMention.Cycle cycle && timeColumn != null) {
				timeSpec = new TimeSpec(timeColumn, null, cycle.part());
			}
			else if (mention instanceof TimeMention.Window found && window == null
					&& !(compared && mention.span().start() >= compare.start())) {
				window = found;
			}
		}
		Optional<String> typed = entities.chartTypes().stream().map(Entities.ChartTypeMention::type).findFirst();
		boolean trend = TREND.matcher(utterance).find() || typed.filter(type -> type.equals("line")).isPresent();
		if (timeSpec == null && timeColumn != null && dimensions.isEmpty() && trend) {
			timeSpec = new TimeSpec(timeColumn, grainFor(window), null);
		}

		// measures
		List<Measure> measures = new ArrayList<>();
		List<Alternative> alternatives = new ArrayList<>();
		if (measureColumns.isEmpty()) {
			if (countDistinct != null) {
				measures.add(new Measure(countDistinct, Aggregation.COUNT_DISTINCT, "distinct_" + countDistinct));
			}
			else if (said == Aggregation.COUNT || countsRows(entities, dataset, dimensions, timeSpec)) {
				measures.add(new Measure("*", Aggregation.COUNT, "count"));
			}
			else {
				List<String> choices = measureNames(schema);
				if (choices.size() == 1) {
					measureColumns.add(choices.get(0));
				}
				else if (choices.isEmpty()) {
					measures.add(new Measure("*", Aggregation.COUNT, "count"));
				}
				else {
					return new Plan.Ask("Which measure of " + schema.name() + " should I chart?",
							choices.subList(0, Math.min(8, choices.size())), new EngineState.Pending(utterance,
									"measure", choices.subList(0, Math.min(8, choices.size())), schema.name()));
				}
			}
		}
		for (String column : measureColumns) {
			Aggregation agg = said != null && said != Aggregation.COUNT_DISTINCT ? said : defaultAggregation(column);
			measures.add(new Measure(column, agg, alias(column, agg)));
		}
		if (!measureMentions.isEmpty()) {
			alternatives.addAll(alternatives(utterance, measureMentions.get(0), measures.get(0), dataset, across, all));
		}

		// ranking: the top N of the first split, ties broken by name for a stable answer
		List<Sort> sort = new ArrayList<>();
		Integer limit = null;
		if (ranked && (!dimensions.isEmpty() || timeSpec != null)) {
			RankingMention ranking = entities.rankings().get(0);
			String by = measures.get(0).as();
			sort.add(new Sort(by,
					ranking.direction() == Entities.Direction.TOP ? SortDirection.DESC : SortDirection.ASC));
			sort.add(new Sort(dimensions.isEmpty() ? timeSpec.column() : dimensions.get(0), SortDirection.ASC));
			limit = ranking.count();
		}

		TimeWindow chosenWindow = window == null ? null : window.window();
		if (compared && chosenWindow == null) {
			chosenWindow = comparedWindow(reading.times(), compare.start());
		}
		ChartQuery query = new ChartQuery(schema.name(), measures, dimensions.stream().map(Dimension::new).toList(),
				timeSpec, filters, chosenWindow, compared && chosenWindow != null ? Comparison.PREVIOUS_PERIOD : null,
				sort, limit, null);
		Visual automatic = visual(query, typed.orElse(null), PART_OF_WHOLE.matcher(utterance).find());
		Visual visual = new Visual(automatic.type(), automatic.x(), withPrevious(automatic.y(), query),
				automatic.color(), null);
		return new Plan.Chart(Explanations.title(query), query, visual,
				Explanations.explain(query, window == null ? null : window.resolved()), alternatives);
	}

	/** An aggregation word that is not the name of a column kept as a measure. */
	private static Aggregation aggregation(Entities entities, boolean ranked) {
		for (AggregationMention mention : entities.aggregations()) {
			boolean column = entities.fields().stream().anyMatch(field -> field.span().equals(mention.span()));
			if (!column && (mention.confidence() >= 0.9 || !ranked)) {
				return mention.aggregation();
			}
		}
		return null;
	}

	/**
	 * Rows are counted when the question names the dataset's things ('orders per day')
	 * and no measure.
	 */
	private static boolean countsRows(Entities entities, KnownDataset dataset, List<String> dimensions,
			TimeSpec timeSpec) {
		boolean named = entities.datasets()
			.stream()
			.anyMatch(match -> match.dataset().equals(dataset.name()) && !match.spans().isEmpty());
		boolean ids = entities.fields().stream().anyMatch(mention -> mention.best().kind() == FieldKind.ID);
		return (named || ids) && (!dimensions.isEmpty() || timeSpec != null);
	}

	private static List<String> measureNames(DatasetSchema schema) {
		List<String> names = new ArrayList<>();
		schema.columns()
			.stream()
			.filter(column -> column.role() == ColumnRole.MEASURE)
			.forEach(column -> names.add(column.name()));
		schema.calculatedFields().stream().map(CalculatedField::name).forEach(names::add);
		return names;
	}

	/** Amounts add up; levels and rates ({@code price}, {@code temp}, …/h) average. */
	static Aggregation defaultAggregation(String column) {
		boolean intensive = Words.normsOf(column).stream().anyMatch(INTENSIVE::contains)
				|| column.toLowerCase(Locale.ROOT).contains("_per_");
		return intensive ? Aggregation.AVG : Aggregation.SUM;
	}

	static String alias(String column, Aggregation agg) {
		return agg == Aggregation.SUM ? column : agg.wire() + "_" + column;
	}

	/**
	 * The bucket for a trend over a window: hours within two days, days within two
	 * months.
	 */
	private static TimeGrain grainFor(TimeMention.Window window) {
		if (window == null) {
			return TimeGrain.DAY;
		}
		Duration length = Duration.between(window.resolved().from(), window.resolved().to());
		return length.compareTo(Duration.ofDays(2)) <= 0 ? TimeGrain.HOUR
				: length.compareTo(Duration.ofDays(62)) <= 0 ? TimeGrain.DAY : TimeGrain.MONTH;
	}

	/**
	 * 'compare with the previous month' on a chart without a window: the last month, set
	 * beside the one before.
	 */
	private static TimeWindow comparedWindow(List<TimeMention> times, int after) {
		for (TimeMention mention : times) {
			if (mention instanceof TimeMention.Window window && mention.span().start() >= after) {
				if (window.window() instanceof TimeWindow.Relative) {
					return window.window();
				}
				Duration length = Duration.between(window.resolved().from(), window.resolved().to());
				long days = Math.max(1, Math.round(length.toHours() / 24.0));
				return days >= 365 ? TimeWindow.last("P1Y")
						: days >= 28 ? TimeWindow.last("P1M") : TimeWindow.last("P" + days + "D");
			}
		}
		return TimeWindow.last("P1M");
	}

	/**
	 * Comparison → bar, trend over time → line (a series per measure, or per value of the
	 * split), part of a whole → pie, one number → KPI.
	 */
	static Visual visual(ChartQuery query, String typed, boolean partOfWhole) {
		List<String> y = query.measures().stream().map(ChartQuery.Measure::as).toList();
		String dimension = query.dimensions().isEmpty() ? null : query.dimensions().get(0).column();
		TimeSpec time = query.time();
		String type;
		String x;
		String color = null;
		if (time == null && dimension == null) {
			type = "kpi";
			x = null;
		}
		else if (time != null) {
			x = time.column();
			color = dimension;
			type = time.part() == null || time.part() == TimePart.HOUR_OF_DAY ? "line" : "bar";
		}
		else {
			x = dimension;
			color = query.dimensions().size() > 1 ? query.dimensions().get(1).column() : null;
			boolean additive = query.measures().size() == 1 && query.measures().get(0).agg() != null
					&& query.measures().get(0).agg().additive();
			type = partOfWhole && additive && color == null ? "pie" : "bar";
		}
		return new Visual(typed != null ? typed : type, x, y, color, null);
	}

	/**
	 * The other measures the words fit about as well, in this dataset or in another that
	 * the question points at alike; each as a message that asks for it by name.
	 */
	private static List<Alternative> alternatives(String utterance, FieldMention mention, Measure chosen,
			KnownDataset dataset, Entities across, List<KnownDataset> all) {
		List<Alternative> options = new ArrayList<>();
		double best = mention.best().confidence();
		String said = mention.span().in(utterance);
		for (FieldCandidate candidate : mention.candidates()) {
			if (candidate.field().equals(chosen.column()) || !candidate.kind().measurable()
					|| candidate.confidence() < best - CLOSE) {
				continue;
			}
			Aggregation agg = chosen.agg() == null ? defaultAggregation(candidate.field()) : chosen.agg();
			options.add(new Alternative(Explanations.aggregation(agg) + " of " + candidate.field(),
					replaced(utterance, mention.span(), candidate.field())));
		}
		List<KnownDataset> others = tied(across, all).stream()
			.filter(other -> !other.name().equals(dataset.name()))
			.toList();
		for (FieldMention wide : across.fields()) {
			if (!wide.span().in(utterance).equalsIgnoreCase(said)) {
				continue;
			}
			for (KnownDataset other : others) {
				wide.candidates()
					.stream()
					.filter(candidate -> candidate.dataset().equals(other.name()) && candidate.kind().measurable())
					.findFirst()
					.ifPresent(candidate -> {
						Aggregation agg = chosen.agg() == null ? defaultAggregation(candidate.field()) : chosen.agg();
						options.add(new Alternative(
								Explanations.aggregation(agg) + " of " + candidate.field() + " in " + other.name(),
								replaced(utterance, wide.span(), candidate.field()) + " in "
										+ other.name().replace('_', ' ')));
					});
			}
		}
		return options.stream().limit(3).toList();
	}

	private static String replaced(String utterance, Span span, String with) {
		return (utterance.substring(0, span.start()) + with + utterance.substring(span.end())).trim();
	}

	// --- a follow-up

	/**
	 * The last chart changed as the message says: a grain or a cycle, a window, values to
	 * keep or leave out, a chart type, a top N, a comparison with the period before, a
	 * measure, an aggregation or a split. Empty when the message changes nothing of it.
	 */
	Optional<Plan> refine(String utterance, EngineState previous, List<KnownDataset> datasets, Instant now) {
		ChartQuery last = previous.query();
		Optional<KnownDataset> found = byName(datasets, last.dataset());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		KnownDataset dataset = found.get();
		DatasetSchema schema = dataset.vocabulary().schema();
		Reading reading = read(utterance, List.of(dataset), dataset.reference(now));
		Entities entities = reading.entities();
		boolean changed = false;

		TimeSpec timeSpec = last.time();
		TimeWindow window = last.window();
		ChartWindow resolved = null;
		Comparison comparison = last.compare();
		String timeColumn = timeSpec != null ? timeSpec.column()
				: schema.timeColumn().map(DatasetColumn::name).orElse(null);
		Matcher compare = COMPARE.matcher(utterance);
		boolean compared = compare.find();
		if (compared) {
			comparison = Comparison.PREVIOUS_PERIOD;
			if (window == null) {
				window = comparedWindow(reading.times(), compare.start());
			}
			changed = true;
		}
		for (TimeMention mention : reading.times()) {
			if (mention instanceof TimeMention.Grain grain && timeColumn != null) {
				timeSpec = new TimeSpec(timeColumn, grain.grain(), null);
				changed = true;
			}
			else if (mention instanceof TimeMention.Cycle cycle && timeColumn != null) {
				timeSpec = new TimeSpec(timeColumn, null, cycle.part());
				changed = true;
			}
			else if (mention instanceof TimeMention.Window stated
					&& !(compared && mention.span().start() >= compare.start())) {
				window = stated.window();
				resolved = stated.resolved();
				changed = true;
			}
		}

		List<Filter> filters = new ArrayList<>(last.filters());
		List<String> dimensions = new ArrayList<>(last.dimensions().stream().map(Dimension::column).toList());
		Map<String, List<Object>> included = values(utterance, entities, false);
		Map<String, List<Object>> excluded = values(utterance, entities, true);
		for (Map.Entry<String, List<Object>> entry : included.entrySet()) {
			filters.removeIf(filter -> filter.column().equals(entry.getKey()));
			List<Object> values = entry.getValue().stream().distinct().toList();
			filters.add(values.size() == 1 ? Filter.of(entry.getKey(), FilterOp.EQ, values.get(0))
					: Filter.of(entry.getKey(), FilterOp.IN, values));
			changed = true;
		}
		for (Map.Entry<String, List<Object>> entry : excluded.entrySet()) {
			filters.removeIf(filter -> filter.column().equals(entry.getKey()) && filter.op() == FilterOp.NOT_IN);
			filters.add(Filter.of(entry.getKey(), FilterOp.NOT_IN, entry.getValue()));
			changed = true;
		}

		List<Measure> measures = new ArrayList<>(last.measures());
		Aggregation said = aggregation(entities, !entities.rankings().isEmpty());
		List<String> named = new ArrayList<>();
		for (FieldMention mention : entities.fields()) {
			FieldCandidate best = mention.best();
			if (best.kind().measurable() && !named.contains(best.field())) {
				named.add(best.field());
			}
			else if (best.kind() == FieldKind.DIMENSION && !dimensions.contains(best.field())
					&& (mention.grouped() || INSTEAD.matcher(utterance).find())) {
				if (INSTEAD.matcher(utterance).find() || dimensions.size() >= 2) {
					dimensions.clear();
				}
				dimensions.add(best.field());
				changed = true;
			}
		}
		if (!named.isEmpty()) {
			Aggregation kept = measures.get(0).agg();
			measures.clear();
			for (String column : named) {
				Aggregation agg = said != null ? said
						: kept == null || kept == Aggregation.COUNT ? defaultAggregation(column) : kept;
				measures.add(new Measure(column, agg, alias(column, agg)));
			}
			changed = true;
		}
		else if (said != null && said != Aggregation.COUNT && said != Aggregation.COUNT_DISTINCT) {
			measures = measures.stream()
				.map(measure -> measure.countsRows() ? measure
						: new Measure(measure.column(), said, alias(measure.column(), said)))
				.toList();
			changed = true;
		}

		List<Sort> sort = new ArrayList<>();
		for (Sort kept : last.sort()) {
			boolean measureSort = last.measures().stream().anyMatch(measure -> kept.by().equals(measure.as()));
			sort.add(measureSort ? new Sort(measures.get(0).as(), kept.dir()) : kept);
		}
		Integer limit = last.limit();
		if (!entities.rankings().isEmpty()) {
			RankingMention ranking = entities.rankings().get(0);
			sort.clear();
			sort.add(new Sort(measures.get(0).as(),
					ranking.direction() == Entities.Direction.TOP ? SortDirection.DESC : SortDirection.ASC));
			if (!dimensions.isEmpty()) {
				sort.add(new Sort(dimensions.get(0), SortDirection.ASC));
			}
			limit = ranking.count();
			changed = true;
		}
		List<String> outputs = new ArrayList<>(dimensions);
		measures.forEach(measure -> outputs.add(measure.as()));
		if (timeSpec != null) {
			outputs.add(timeSpec.column());
		}
		sort.removeIf(kept -> !outputs.contains(kept.by()));

		Optional<String> typed = entities.chartTypes().stream().map(Entities.ChartTypeMention::type).findFirst();
		if (typed.isPresent()) {
			changed = true;
		}
		if (!changed) {
			return Optional.empty();
		}
		ChartQuery query = new ChartQuery(last.dataset(), measures, dimensions.stream().map(Dimension::new).toList(),
				timeSpec, filters, window, comparison, sort, limit, null);
		Visual automatic = visual(query, null, false);
		Visual before = previous.visual();
		boolean sameShape = before != null && visual(last, null, false).type().equals(automatic.type());
		String type = typed.orElse(sameShape ? before.type() : automatic.type());
		Visual visual = new Visual(type, automatic.x(), withPrevious(automatic.y(), query), automatic.color(), null);
		return Optional.of(new Plan.Chart(Explanations.title(query), query, visual,
				Explanations.explain(query, resolved), List.of()));
	}

	/** With a comparison, each measure's previous-period column is drawn beside it. */
	private static List<String> withPrevious(List<String> y, ChartQuery query) {
		if (query.compare() == null) {
			return y;
		}
		List<String> both = new ArrayList<>();
		y.forEach(column -> {
			both.add(column);
			both.add(column + "_previous");
		});
		return both;
	}

	/**
	 * The values mentioned, by column: those after 'without'/'except' when
	 * {@code excluding}, the others otherwise.
	 */
	private static Map<String, List<Object>> values(String utterance, Entities entities, boolean excluding) {
		Map<String, List<Object>> byColumn = new LinkedHashMap<>();
		for (ValueMention mention : entities.values()) {
			boolean excluded = EXCLUDING.matcher(utterance.substring(0, mention.span().start())).find();
			if (excluded == excluding) {
				ValueCandidate value = mention.best();
				byColumn.computeIfAbsent(value.column(), column -> new ArrayList<>()).add(value.value());
			}
		}
		return byColumn;
	}

}
