package dev.gridsight.assistant.internal.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.gridsight.chart.ChartQuery.Aggregation;

/**
 * What an utterance names in the catalog and around it. Every mention keeps its span and
 * a confidence in [0, 1]; a mention with more than one reading keeps them all, best
 * first, so the engine can answer with the first and offer the others.
 */
record Entities(List<DatasetMatch> datasets, List<FieldMention> fields, List<ValueMention> values,
		List<RankingMention> rankings, List<AggregationMention> aggregations, List<ChartTypeMention> chartTypes,
		List<NumberMention> numbers) {

	/** Mentions whose best reading is a measure or a calculated field. */
	List<FieldMention> measures() {
		return this.fields.stream().filter(mention -> mention.best().kind().measurable()).toList();
	}

	/** Mentions whose best reading is a dimension column. */
	List<FieldMention> dimensions() {
		return this.fields.stream().filter(mention -> mention.best().kind() == FieldKind.DIMENSION).toList();
	}

	/** Every span found, for cutting them out of the utterance. */
	List<Span> spans() {
		List<Span> spans = new ArrayList<>();
		Stream.of(this.fields, this.values, this.rankings, this.aggregations, this.chartTypes, this.numbers)
			.flatMap(List::stream)
			.map(mention -> ((Mention) mention).span())
			.forEach(spans::add);
		this.datasets.forEach(match -> spans.addAll(match.spans()));
		return spans;
	}

	sealed interface Mention
			permits FieldMention, ValueMention, RankingMention, AggregationMention, ChartTypeMention, NumberMention {

		Span span();

	}

	/**
	 * A dataset the utterance points at, by its name or by what it mentions of it.
	 *
	 * @param spans where its name or words of its name stand; empty when only its columns
	 * or values were mentioned
	 */
	record DatasetMatch(String dataset, double confidence, List<Span> spans) {
	}

	enum FieldKind {

		MEASURE, CALCULATED, DIMENSION, TIME, ID;

		boolean measurable() {
			return this == MEASURE || this == CALCULATED;
		}

	}

	/**
	 * @param grouped whether "by", "per", "each" or "across" stands right before it: "per
	 * building" asks to split, "buildings" alone may not
	 * @param candidates best first
	 */
	record FieldMention(Span span, boolean grouped, List<FieldCandidate> candidates) implements Mention {

		FieldCandidate best() {
			return this.candidates.get(0);
		}

	}

	record FieldCandidate(String dataset, String field, FieldKind kind, double confidence) {
	}

	record ValueMention(Span span, List<ValueCandidate> candidates) implements Mention {

		ValueCandidate best() {
			return this.candidates.get(0);
		}

	}

	record ValueCandidate(String dataset, String column, String value, double confidence) {
	}

	enum Direction {

		TOP, BOTTOM

	}

	/** "top 3", "5 best", "lowest 10", "which 3 … the most". */
	record RankingMention(Span span, Direction direction, int count, double confidence) implements Mention {
	}

	record AggregationMention(Span span, Aggregation aggregation, double confidence) implements Mention {
	}

	/**
	 * @param type one of {@code Visual.TYPES}
	 */
	record ChartTypeMention(Span span, String type, double confidence) implements Mention {
	}

	/** A number that is not part of a value, a rank or a name. */
	record NumberMention(Span span, BigDecimal value) implements Mention {
	}

}
