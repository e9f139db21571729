package dev.gridsight.assistant.internal.builtin;

import java.util.List;
import java.util.Map;

import dev.gridsight.catalog.DatasetSchema;

/**
 * What the entity matcher may recognise of one dataset: its catalog schema and the
 * distinct values of its dimension columns, which the caller reads (the matcher never
 * queries).
 *
 * @param schema the dataset's columns, calculated fields and synonyms
 * @param values distinct values by column name; columns left out are not searched
 */
record DatasetVocabulary(DatasetSchema schema, Map<String, List<String>> values) {

	DatasetVocabulary {
		values = values == null ? Map.of() : Map.copyOf(values);
	}

}
