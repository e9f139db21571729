package dev.gridsight.chart.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.CalculatedFieldCheck;
import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.platform.InvalidInput;

/**
 * Checks a calculated field the way a chart will use it: compiled by the chart compiler
 * into a jOOQ expression, then planned by the dataset's engine with
 * {@code SELECT <field> FROM
 *
<table>
 *  LIMIT 0}, which reads no rows.
 */
@Component
class CalculatedFieldCompiler implements CalculatedFieldCheck {

	/** A probe reads no rows; it only has the engine plan the expression. */
	private static final Catalog.ReadBudget PROBE = new Catalog.ReadBudget(0, Duration.ofSeconds(30));

	private final Catalog catalog;

	CalculatedFieldCompiler(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void check(DatasetSchema schema, String fieldName, UUID userId) {
		Field<Double> expression = compile(schema, fieldName);
		DatasetFields fields = new DatasetFields(schema);
		try {
			this.catalog.select(userId, schema,
					dialect -> DSL.using(dialect).select(expression.as(fieldName)).from(fields.table()).limit(0),
					PROBE);
		}
		catch (InvalidInput ex) {
			throw new InvalidInput("Calculated field '" + fieldName + "' cannot be computed on dataset " + schema.name()
					+ ": " + firstLine(ex.getMessage()));
		}
	}

	/** The field as the double-valued expression a measure aggregates. */
	static Field<Double> compile(DatasetSchema schema, String fieldName) {
		DatasetFields fields = new DatasetFields(schema);
		if (schema.calculatedField(fieldName).isEmpty()) {
			throw new InvalidInput("Dataset " + schema.name() + " has no calculated field '" + fieldName + "'.");
		}
		return fields.calculated(fieldName, new LinkedHashSet<>());
	}

	@Override
	public Set<String> namesUsedBy(CalculatedField field) {
		return CalculatedFieldParser.namesUsedBy(field);
	}

	private static String firstLine(String message) {
		return message == null ? "the engine refused it" : message.lines().findFirst().orElse(message);
	}

}
