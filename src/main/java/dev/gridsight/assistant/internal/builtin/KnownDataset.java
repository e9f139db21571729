package dev.gridsight.assistant.internal.builtin;

import java.time.Instant;

/**
 * A dataset the engine may answer from: what its words are, how many rows it has (the
 * coarser of two datasets that answer alike is preferred) and where its relative windows
 * anchor.
 *
 * @param latest its latest timestamp; null without a time column or rows
 */
record KnownDataset(DatasetVocabulary vocabulary, long rows, Instant latest) {

	String name() {
		return this.vocabulary.schema().name();
	}

	/**
	 * Where 'last week' ends: the latest data of a historical dataset, now for live data.
	 */
	Instant reference(Instant now) {
		return this.vocabulary.schema().live() || this.latest == null ? now : this.latest;
	}

}
