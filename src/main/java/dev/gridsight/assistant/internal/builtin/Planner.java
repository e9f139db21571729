package dev.gridsight.assistant.internal.builtin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gridsight.assistant.internal.builtin.Entities.DatasetMatch;
import dev.gridsight.assistant.internal.intents.Intent;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.chart.TimeWindow;

/**
 * Decides what to do with one message: a pure function of the message, its intent, the
 * datasets the user and the agent may read, and what the engine remembered from the last
 * turn. It answers a pending question first, then routes by intent: a chart (new or a
 * follow-up that refines the last one), a command call, a greeting, or a plain fallback
 * that says what the engine can do.
 */
final class Planner {

	/** Words that say the message changes the last chart rather than asking anew. */
	private static final Pattern HOURS = Pattern.compile("(?i)\\b(\\d{1,3})\\s*(?:h|hours?)\\b");

	private static final Pattern HINDSIGHT = Pattern
		.compile("(?i)\\b(yesterday|would\\s+have|should\\s+have|hindsight|last\\s+(?:day|week))\\b");

	private static final Pattern FOLLOW_UP = Pattern.compile(
			"(?i)\\b(instead|only|just|now|as an? |switch|turn (it|that)|make it|compare|versus|vs\\.?|top|bottom|same|exclude|without|except|leave out|split|break it down|zoom|it|that)\\b");

	/** Words that ask about what has not happened yet, or what to do about it. */
	private static final Pattern FUTURE = Pattern.compile(
			"(?i)\\b(forecasts?|predict\\w*|projections?|project|tomorrow|next|upcoming|coming|will|expected|future|optimi[sz]\\w*|schedul\\w*|dispatch\\w*|plan|best\\s+time|should)\\b");

	/** A greeting says one of these; keyboard mash that lands near greetings does not. */
	private static final Pattern GREETING_WORD = Pattern.compile(
			"(?i)\\b(hi|hello|hey|hiya|howdy|greetings|good\\s+(morning|afternoon|evening|day)|thanks?|thank\\s+you|cheers|bye|goodbye|yo|morning|ok|okay|great)\\b");

	private static final Pattern SELECT = Pattern.compile("(?is)\\b(select\\s.+)$");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern NAMED = Pattern
		.compile("(?i)\\b(?:called|named|titled)\\s+[\"“']?([^\"”']+?)[\"”']?\\s*$");

	private static final Pattern TAB_WORD = Pattern.compile("(?i)\\b(tab|dashboard)\\b");

	private static final Pattern ALL_DATA = Pattern.compile("(?i)\\b(all\\s+(?:the\\s+)?(?:data|time)|everything)\\b");

	private final TimeExpressions time = new TimeExpressions();

	private final EntityMatcher matcher = new EntityMatcher();

	private final ChartPlanner charts = new ChartPlanner(this.time, this.matcher);

	/**
	 * @param intent the classifier's best intent
	 * @param unsure whether the classifier was under its threshold (or out of scope)
	 * @param tabId the session's tab, or null
	 */
	Plan plan(String utterance, Intent intent, boolean unsure, EngineState state, List<KnownDataset> datasets,
			Instant now, UUID tabId) {
		EngineState previous = state == null ? EngineState.EMPTY : state;
		if (previous.pending() != null) {
			Optional<Plan> resumed = resume(utterance, previous.pending(), datasets, now);
			if (resumed.isPresent()) {
				return resumed.get();
			}
		}
		if (datasets.isEmpty() && intent != Intent.HELP && intent != Intent.GREETING && intent != Intent.DATASETS
				&& intent != Intent.AGENT) {
			return new Plan.Reply("There is no dataset here that you and this agent may read yet. Upload one on the "
					+ "Data page (or ask an owner to share one), then ask me for a chart.", true);
		}
		boolean chartable = this.charts.chartable(utterance, datasets, now);
		return switch (intent) {
			case CHART, KPI -> chartOrRefine(utterance, previous, datasets, now, false);
			case REFINE, FILTER, WINDOW -> {
				if (previous.query() != null) {
					yield chartOrRefine(utterance, previous, datasets, now, true);
				}
				if (chartable) {
					yield this.charts.plan(utterance, datasets, now, null);
				}
				yield intent == Intent.REFINE ? noChartYet() : command(utterance, intent, previous, datasets, tabId);
			}
			// a measure of the past with no word of the future is history to chart, not a
			// model run
			case FORECAST, OPTIMIZE ->
				chartable && !FUTURE.matcher(utterance).find() ? this.charts.plan(utterance, datasets, now, null)
						: command(utterance, intent, previous, datasets, tabId);
			case PIN, TAB, SHARE, AGENT, SQL, HELP ->
				unsure && chartable ? this.charts.plan(utterance, datasets, now, null)
						: command(utterance, intent, previous, datasets, tabId);
			case DATASETS, DESCRIBE -> chartable ? this.charts.plan(utterance, datasets, now, null)
					: command(utterance, intent, previous, datasets, tabId);
			case GREETING -> chartable ? this.charts.plan(utterance, datasets, now, null)
					: !unsure && GREETING_WORD.matcher(utterance).find() ? greeting(datasets) : fallback(datasets);
			case OUT_OF_SCOPE -> chartable ? this.charts.plan(utterance, datasets, now, null) : fallback(datasets);
		};
	}

	private Plan chartOrRefine(String utterance, EngineState previous, List<KnownDataset> datasets, Instant now,
			boolean saidRefine) {
		if (previous.query() != null && (saidRefine || FOLLOW_UP.matcher(utterance).find()
				|| !this.charts.namesAMeasure(utterance, datasets, now))) {
			Optional<Plan> refined = this.charts.refine(utterance, previous, datasets, now);
			if (refined.isPresent()) {
				return refined.get();
			}
		}
		if (!this.charts.chartable(utterance, datasets, now)
				&& !this.charts.mentionsAnything(utterance, datasets, now)) {
			return fallback(datasets);
		}
		return this.charts.plan(utterance, datasets, now, null);
	}

	private Optional<Plan> resume(String answer, EngineState.Pending pending, List<KnownDataset> datasets,
			Instant now) {
		Optional<String> choice = choice(answer, pending.choices());
		if (choice.isEmpty()) {
			return Optional.empty();
		}
		return switch (pending.slot()) {
			case "dataset" -> Optional.of(this.charts.plan(pending.utterance(), datasets, now, choice.get()));
			case "measure" -> Optional
				.of(this.charts.plan(pending.utterance() + " " + choice.get(), datasets, now, pending.dataset()));
			case "describe" -> Optional.of(new Plan.Command("describe", Map.of("dataset", choice.get()), null));
			default -> Optional.empty();
		};
	}

	/** The choice the answer picks: the same text, or the only one it is part of. */
	static Optional<String> choice(String answer, List<String> choices) {
		String said = normal(answer);
		if (said.isEmpty()) {
			return Optional.empty();
		}
		for (String choice : choices) {
			if (normal(choice).equals(said)) {
				return Optional.of(choice);
			}
		}
		List<String> containing = choices.stream()
			.filter(choice -> normal(choice).contains(said) || said.contains(normal(choice)))
			.toList();
		return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
	}

	private static String normal(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	// --- commands

	private Plan command(String utterance, Intent intent, EngineState previous, List<KnownDataset> datasets,
			UUID tabId) {
		return switch (intent) {
			case PIN -> {
				if (previous.chartId() == null) {
					yield noChartYet();
				}
				Map<String, Object> arguments = new LinkedHashMap<>();
				arguments.put("chartId", previous.chartId().toString());
				if (tabId != null) {
					arguments.put("tabId", tabId.toString());
				}
				yield new Plan.Command("pin", arguments, null);
			}
			case SHARE -> {
				Map<String, Object> arguments = new LinkedHashMap<>();
				boolean tab = TAB_WORD.matcher(utterance).find() || previous.chartId() == null;
				arguments.put("target", tab ? "tab" : "chart");
				Matcher email = EMAIL.matcher(utterance);
				arguments.put("with", email.find() ? email.group() : "public");
				yield new Plan.Command("share", arguments, null);
			}
			case TAB -> {
				Matcher named = NAMED.matcher(utterance);
				yield new Plan.Command("tab", named.find() ? Map.of("name", named.group(1).trim()) : Map.of(), null);
			}
			case WINDOW ->
				new Plan.Command("window", Map.of("window", windowSpec(utterance, datasets, previous)), null);
			case FILTER -> filter(utterance, datasets, previous);
			case DATASETS -> new Plan.Command("datasets", Map.of(), null);
			case DESCRIBE -> describe(utterance, datasets);
			case SQL -> {
				Matcher select = SELECT.matcher(utterance);
				yield select.find() ? new Plan.Command("sql", Map.of("sql", select.group(1).trim()), null)
						: new Plan.Reply("To run SQL, write the query itself: one `SELECT` over your datasets by "
								+ "name, e.g. `/sql select count(*) from " + firstName(datasets) + "`.", true);
			}
			case FORECAST -> new Plan.Command("forecast", energyArguments(utterance, false), null);
			case OPTIMIZE -> new Plan.Command("optimize", energyArguments(utterance, true), null);
			case AGENT -> new Plan.Command("agent", Map.of(), null);
			default -> new Plan.Command("help", Map.of(), null);
		};
	}

	/**
	 * The request's words (the energy model finds the site they name), its hours ("next
	 * 48 hours"), and for a plan whether it asks about the past ("yesterday", "would
	 * have").
	 */
	static Map<String, Object> energyArguments(String utterance, boolean plan) {
		Map<String, Object> arguments = new java.util.LinkedHashMap<>();
		arguments.put("about", utterance);
		Matcher hours = HOURS.matcher(utterance);
		if (hours.find()) {
			arguments.put(plan ? "horizon" : "hours", Integer.valueOf(hours.group(1)));
		}
		if (plan && HINDSIGHT.matcher(utterance).find()) {
			arguments.put("demand", "actual");
		}
		return arguments;
	}

	private Plan filter(String utterance, List<KnownDataset> datasets, EngineState previous) {
		Entities found = this.matcher.match(utterance, datasets.stream().map(KnownDataset::vocabulary).toList());
		if (found.values().isEmpty()) {
			return new Plan.Reply("Which values should the tab show? Name them as they appear in the data, e.g. "
					+ example(datasets) + ".", true);
		}
		Entities.ValueCandidate first = found.values().get(0).best();
		List<Object> values = found.values()
			.stream()
			.map(Entities.ValueMention::best)
			.filter(candidate -> candidate.column().equals(first.column()))
			.map(candidate -> (Object) candidate.value())
			.distinct()
			.toList();
		return new Plan.Command("filter", Map.of("column", first.column(), "values", values), null);
	}

	private String windowSpec(String utterance, List<KnownDataset> datasets, EngineState previous) {
		if (ALL_DATA.matcher(utterance).find()) {
			return "all";
		}
		Instant reference = datasets.stream()
			.map(dataset -> dataset.reference(Instant.now()))
			.max(Comparator.naturalOrder())
			.orElse(Instant.now());
		return this.time.find(utterance, reference, java.time.ZoneOffset.UTC)
			.stream()
			.filter(TimeMention.Window.class::isInstance)
			.map(mention -> spec(((TimeMention.Window) mention).window()))
			.findFirst()
			.orElse("all");
	}

	/** A window as the {@code window} command and {@code ?window=} read it. */
	static String spec(TimeWindow window) {
		if (window instanceof TimeWindow.Relative relative) {
			return relative.last();
		}
		if (window instanceof TimeWindow.Period period) {
			return period.period().wire();
		}
		if (window instanceof TimeWindow.Absolute absolute) {
			return absolute.from() + "/" + absolute.to();
		}
		return "points:" + ((TimeWindow.Points) window).points();
	}

	private Plan describe(String utterance, List<KnownDataset> datasets) {
		Entities found = this.matcher.match(utterance, datasets.stream().map(KnownDataset::vocabulary).toList());
		Optional<DatasetMatch> named = found.datasets().stream().filter(match -> !match.spans().isEmpty()).findFirst();
		if (named.isPresent()) {
			return new Plan.Command("describe", Map.of("dataset", named.get().dataset()), null);
		}
		if (datasets.size() == 1) {
			return new Plan.Command("describe", Map.of("dataset", datasets.get(0).name()), null);
		}
		List<String> names = datasets.stream().map(KnownDataset::name).toList();
		return new Plan.Ask("Which dataset should I describe?", names,
				new EngineState.Pending(utterance, "describe", names, null));
	}

	// --- plain answers

	private static Plan noChartYet() {
		return new Plan.Reply("There is no chart in this conversation yet to change or pin. Ask for one first, "
				+ "e.g. \"total sales by location\".", true);
	}

	private static Plan greeting(List<KnownDataset> datasets) {
		return new Plan.Reply("Hello! Ask me about your data and I'll chart it, e.g. " + example(datasets)
				+ ". Type `/help` to see the commands.", false);
	}

	static Plan fallback(List<KnownDataset> datasets) {
		return new Plan.Reply("I can't answer that from your data. I can chart a measure of your datasets (e.g. "
				+ example(datasets) + "), refine the last chart (\"by week instead\", \"only …\", \"as a bar chart\"), "
				+ "list or describe datasets, pin a chart to a tab, or change its time window. Type `/help` for the "
				+ "commands.", true);
	}

	/** 'sum of load_kwh by building': a question this workspace can answer. */
	static String example(List<KnownDataset> datasets) {
		for (KnownDataset dataset : datasets) {
			DatasetSchema schema = dataset.vocabulary().schema();
			Optional<DatasetColumn> measure = first(schema, ColumnRole.MEASURE);
			if (measure.isPresent()) {
				Optional<DatasetColumn> dimension = first(schema, ColumnRole.DIMENSION);
				String by = dimension.map(column -> " by " + column.name())
					.orElse(schema.timeColumn().isPresent() ? " per day" : "");
				return "\"total " + measure.get().name() + by + "\"";
			}
		}
		return datasets.isEmpty() ? "\"which datasets are there?\"" : "\"number of rows by day\"";
	}

	private static Optional<DatasetColumn> first(DatasetSchema schema, ColumnRole role) {
		return schema.columns().stream().filter(column -> column.role() == role).findFirst();
	}

	private static String firstName(List<KnownDataset> datasets) {
		return datasets.isEmpty() ? "my_dataset" : datasets.get(0).name();
	}

}
