package dev.gridsight.chart.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.platform.InvalidInput;

/**
 * The dataset's columns and calculated fields as jOOQ fields of the source table: the
 * only way a name from a query reaches SQL, and only after it was found in the catalog.
 */
final class DatasetFields {

	static final String SOURCE = "src";

	private final DatasetSchema schema;

	DatasetFields(DatasetSchema schema) {
		this.schema = schema;
	}

	DatasetSchema schema() {
		return this.schema;
	}

	Table<?> table() {
		return DSL.table(DSL.name(this.schema.table())).as(SOURCE);
	}

	boolean isCalculated(String name) {
		return this.schema.column(name).isEmpty() && this.schema.calculatedField(name).isPresent();
	}

	DatasetColumn column(String name) {
		return this.schema.column(name).orElseThrow(() -> unknown(name));
	}

	Field<?> field(DatasetColumn column) {
		return DSL.field(DSL.name(SOURCE, column.name()), dataType(column.type()));
	}

	/** A temporal column as a timestamp (dates at midnight), for windows and buckets. */
	Field<LocalDateTime> timestamp(DatasetColumn column) {
		if (column.type() == ColumnType.TIMESTAMP) {
			return DSL.field(DSL.name(SOURCE, column.name()), SQLDataType.LOCALDATETIME);
		}
		if (column.type() == ColumnType.DATE) {
			return DSL.field(DSL.name(SOURCE, column.name()), SQLDataType.LOCALDATE).cast(SQLDataType.LOCALDATETIME);
		}
		throw new InvalidInput("Column '" + column.name() + "' is " + column.type().wire()
				+ ", not a timestamp or date, so it cannot be the time axis or carry a window.");
	}

	/** A numeric column or calculated field as a double-valued expression. */
	Field<Double> numeric(String name, String usedIn) {
		if (isCalculated(name)) {
			return calculated(name, new LinkedHashSet<>());
		}
		DatasetColumn column = column(name);
		if (!column.type().isNumeric()) {
			throw new InvalidInput("Column '" + name + "' is " + column.type().wire()
					+ ", not a number, so it cannot be used in " + usedIn + ".");
		}
		Field<?> field = field(column);
		return column.type() == ColumnType.DOUBLE ? field.coerce(SQLDataType.DOUBLE) : field.cast(SQLDataType.DOUBLE);
	}

	/**
	 * The field's expression; {@code visiting} holds the fields being expanded, in order,
	 * so a cycle can be shown as the path that closes it.
	 */
	Field<Double> calculated(String name, Set<String> visiting) {
		CalculatedField calculated = this.schema.calculatedField(name).orElseThrow(() -> unknown(name));
		if (!visiting.add(name)) {
			List<String> path = new ArrayList<>(visiting);
			path = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
			path.add(name);
			throw new InvalidInput(
					"Calculated field '" + name + "' refers to itself: " + String.join(" -> ", path) + ".");
		}
		Field<Double> expression = new CalculatedFieldParser(calculated, this, visiting).parse();
		visiting.remove(name);
		return expression;
	}

	InvalidInput unknown(String name) {
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
		for (DatasetColumn column : this.schema.columns()) {
			for (String synonym : column.synonyms()) {
				if (synonym.toLowerCase(Locale.ROOT).equals(lower)) {
					return new InvalidInput("Unknown column '" + name + "' in dataset " + this.schema.name()
							+ ". Did you mean '" + column.name() + "'?");
				}
			}
		}
		return new InvalidInput("Unknown column '" + name + "' in dataset " + this.schema.name() + "."
				+ ClosestName.hint(name, knownNames()));
	}

	List<String> knownNames() {
		List<String> names = new ArrayList<>();
		this.schema.columns().forEach(column -> names.add(column.name()));
		this.schema.calculatedFields().forEach(field -> names.add(field.name()));
		return names;
	}

	static DataType<?> dataType(ColumnType type) {
		return switch (type) {
			case TIMESTAMP -> SQLDataType.LOCALDATETIME;
			case DATE -> SQLDataType.LOCALDATE;
			case DOUBLE -> SQLDataType.DOUBLE;
			case BIGINT -> SQLDataType.BIGINT;
			case BOOLEAN -> SQLDataType.BOOLEAN;
			case VARCHAR -> SQLDataType.VARCHAR;
		};
	}

}
