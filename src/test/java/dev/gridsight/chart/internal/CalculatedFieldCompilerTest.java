package dev.gridsight.chart.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jooq.Select;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetProfile;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check the catalog runs before it stores a calculated field: compiled as a measure,
 * then planned by each engine over an empty table.
 */
class CalculatedFieldCompilerTest {

	private static final UUID USER = UUID.randomUUID();

	private static final List<DatasetColumn> COLUMNS = List.of(
			DatasetColumn.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIME),
			DatasetColumn.of("site", ColumnType.VARCHAR, ColumnRole.DIMENSION),
			DatasetColumn.of("load_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE),
			DatasetColumn.of("price_usd_per_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE),
			DatasetColumn.of("customers", ColumnType.BIGINT, ColumnRole.MEASURE));

	private static List<TestWarehouse> opened;

	@BeforeAll
	static void createAnEmptyTablePerEngine() {
		opened = TestWarehouse.open("fieldcheck");
		opened.forEach(warehouse -> warehouse.createTable("meters", COLUMNS));
	}

	@AfterAll
	static void dropTheWarehouses() {
		opened.forEach(TestWarehouse::close);
	}

	static Stream<TestWarehouse> engines() {
		return opened.stream();
	}

	private static DatasetSchema meters(List<DatasetColumn> columns, CalculatedField... fields) {
		return new DatasetSchema(UUID.randomUUID(), UUID.randomUUID(), "meters", "meters", columns, List.of(fields),
				false, 1);
	}

	private static DatasetSchema meters(CalculatedField... fields) {
		return meters(COLUMNS, fields);
	}

	/** Runs the engine probe on the test warehouse, counting the calls. */
	private static final class WarehouseCatalog implements Catalog {

		private final TestWarehouse warehouse;

		final AtomicInteger reads = new AtomicInteger();

		WarehouseCatalog(TestWarehouse warehouse) {
			this.warehouse = warehouse;
		}

		@Override
		public TabularData select(UUID userId, DatasetSchema dataset, CompiledRead query, ReadBudget budget) {
			this.reads.incrementAndGet();
			Select<?> select = query.compile(this.warehouse.dialect());
			try (PreparedStatement statement = this.warehouse.connection().prepareStatement(select.getSQL())) {
				List<Object> values = select.getBindValues();
				for (int i = 0; i < values.size(); i++) {
					statement.setObject(i + 1, values.get(i));
				}
				try (ResultSet rs = statement.executeQuery()) {
					return TabularData.read(rs, budget.rowCap());
				}
			}
			catch (SQLException ex) {
				throw new InvalidInput(ex.getMessage());
			}
		}

		@Override
		public DatasetSchema readable(UUID datasetId, UUID userId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DatasetSchema readableByName(UUID workspaceId, String name, UUID userId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<DatasetSchema> readableIn(UUID workspaceId, UUID userId, int limit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public TabularData runSql(UUID workspaceId, String sql, UUID userId, int rowCap) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DatasetProfile profile(UUID userId, DatasetSchema dataset) {
			throw new UnsupportedOperationException();
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void acceptsArithmeticOverNumericColumnsAndOtherFieldsAndAsksTheEngine(TestWarehouse warehouse) {
		WarehouseCatalog catalog = new WarehouseCatalog(warehouse);
		CalculatedFieldCompiler check = new CalculatedFieldCompiler(catalog);
		DatasetSchema schema = meters(new CalculatedField("cost", "load_kwh * price_usd_per_kwh"),
				new CalculatedField("cost_per_customer", "cost / customers - -1.5e0 * (\"load_kwh\" + 2)"));

		check.check(schema, "cost", USER);
		check.check(schema, "cost_per_customer", USER);

		assertThat(catalog.reads).hasValue(2);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("engines")
	void refusesWhatTheEngineCannotComputeEvenWhenTheCatalogAllowsIt(TestWarehouse warehouse) {
		List<DatasetColumn> withAGhost = new ArrayList<>(COLUMNS);
		withAGhost.add(DatasetColumn.of("ghost_kwh", ColumnType.DOUBLE, ColumnRole.MEASURE));
		CalculatedFieldCompiler check = new CalculatedFieldCompiler(new WarehouseCatalog(warehouse));

		assertThatThrownBy(
				() -> check.check(meters(withAGhost, new CalculatedField("haunted", "ghost_kwh * 2")), "haunted", USER))
			.isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("Calculated field 'haunted' cannot be computed on dataset meters: ");
	}

	private static void assertRefused(CalculatedField field, String message, CalculatedField... others) {
		CalculatedField[] fields = Stream.concat(Stream.of(field), Stream.of(others)).toArray(CalculatedField[]::new);
		WarehouseCatalog catalog = new WarehouseCatalog(opened.get(0));
		assertThatThrownBy(() -> new CalculatedFieldCompiler(catalog).check(meters(fields), field.name(), USER))
			.isInstanceOf(InvalidInput.class)
			.hasMessage(message);
		// a field the compiler refuses never reaches the engine
		assertThat(catalog.reads).hasValue(0);
	}

	@Test
	void namesAnUnknownColumnAndTheClosestKnownOne() {
		assertRefused(new CalculatedField("cost", "lod_kwh * price_usd_per_kwh"),
				"Calculated field 'cost' cannot be used: unknown column 'lod_kwh' (did you mean 'load_kwh'?)."
						+ " Use numbers, numeric columns, + - * / and parentheses.");
		assertRefused(new CalculatedField("cost", "wind * 2"),
				"Calculated field 'cost' cannot be used: unknown column 'wind'."
						+ " Use numbers, numeric columns, + - * / and parentheses.");
	}

	@Test
	void refusesAColumnThatIsNotANumber() {
		assertRefused(new CalculatedField("doubled", "site * 2"),
				"Column 'site' is varchar, not a number, so it cannot be used in calculated field 'doubled'.");
	}

	@Test
	void givesThePositionOfASyntaxError() {
		String hint = " Use numbers, numeric columns, + - * / and parentheses.";
		assertRefused(new CalculatedField("f", "load_kwh * * 2"),
				"Calculated field 'f' cannot be used: '*' at position 12 is not allowed." + hint);
		assertRefused(new CalculatedField("f", "load_kwh +"),
				"Calculated field 'f' cannot be used: it ends where a number, a column or '(' was expected." + hint);
		assertRefused(new CalculatedField("f", "(load_kwh * 2"),
				"Calculated field 'f' cannot be used: a ')' is missing." + hint);
		assertRefused(new CalculatedField("f", "load_kwh; select 1"),
				"Calculated field 'f' cannot be used: ';' at position 9 is not allowed." + hint);
		assertRefused(new CalculatedField("f", "sqrt(load_kwh)"),
				"Calculated field 'f' cannot be used: function calls are not allowed ('sqrt(' at position 1)." + hint);
	}

	@Test
	void refusesAFieldThatRefersToItselfShowingThePath() {
		assertRefused(new CalculatedField("loop", "loop + 1"),
				"Calculated field 'loop' refers to itself: loop -> loop.");
		assertRefused(new CalculatedField("a", "b + 1"), "Calculated field 'a' refers to itself: a -> b -> c -> a.",
				new CalculatedField("b", "c * 2"), new CalculatedField("c", "a - load_kwh"));
	}

	@Test
	void refusesAFieldTheSchemaDoesNotHold() {
		assertThatThrownBy(
				() -> new CalculatedFieldCompiler(new WarehouseCatalog(opened.get(0))).check(meters(), "cost", USER))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("Dataset meters has no calculated field 'cost'.");
	}

	@Test
	void listsTheNamesAnExpressionUsesInOrderWithoutNumbers() {
		CalculatedFieldCompiler check = new CalculatedFieldCompiler(new WarehouseCatalog(opened.get(0)));
		assertThat(check.namesUsedBy(new CalculatedField("f", "\"load_kwh\" * price + cost - 2.5e3 / (cost)")))
			.containsExactly("load_kwh", "price", "cost");
		assertThat(check.namesUsedBy(new CalculatedField("f", "-(1 + .5)"))).isEmpty();
		assertThatThrownBy(() -> check.namesUsedBy(new CalculatedField("f", "cost +")))
			.isInstanceOf(InvalidInput.class);
	}

}
