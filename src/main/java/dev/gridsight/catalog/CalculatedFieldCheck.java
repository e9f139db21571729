package dev.gridsight.catalog;

import java.util.Set;

/**
 * Whether a calculated field can be computed over its dataset. The catalog stores fields;
 * the module that compiles queries implements this, so the catalog never depends on it.
 */
public interface CalculatedFieldCheck {

	/**
	 * Compiles the field as a measure would be, throwing
	 * {@link dev.gridsight.platform.InvalidInput} with a message that names the problem
	 * (an unknown or non-numeric column, a syntax error and its position, a cycle).
	 * @param schema the dataset's schema, already including the field as it would be
	 * stored
	 * @param fieldName the field to check
	 * @param userId who asks: the engine runs the probe only for a user who may read the
	 * dataset
	 */
	void check(DatasetSchema schema, String fieldName, java.util.UUID userId);

	/**
	 * The names (columns and other calculated fields) the field's expression refers to;
	 * throws {@link dev.gridsight.platform.InvalidInput} when it does not parse.
	 */
	Set<String> namesUsedBy(CalculatedField field);

}
