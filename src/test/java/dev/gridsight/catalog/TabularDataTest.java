package dev.gridsight.catalog;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TabularDataTest {

	/** Reads one row of DuckDB expressions, keyed by their column name. */
	private static TabularData select(String expressions) throws Exception {
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duck.createStatement();
				ResultSet rs = statement.executeQuery("select " + expressions)) {
			return TabularData.read(rs, 10);
		}
	}

	private static Map<String, ColumnType> types(TabularData data) {
		Map<String, ColumnType> types = new LinkedHashMap<>();
		data.columns().forEach(column -> types.put(column.name(), column.type()));
		return types;
	}

	@Test
	void typesDuckDbIntegersOfEveryWidthAsBigint() throws Exception {
		TabularData data = select("1::TINYINT as ti, 1::SMALLINT as si, 1::INTEGER as i, 1::BIGINT as bi, "
				+ "1::HUGEINT as hi, 1::UTINYINT as uti, 1::USMALLINT as usi, 1::UINTEGER as ui, 1::UBIGINT as ubi, "
				+ "1::UHUGEINT as uhi");

		assertThat(types(data).values()).containsOnly(ColumnType.BIGINT).hasSize(10);
		assertThat(data.rows().get(0)).allSatisfy(value -> assertThat(((Number) value).longValue()).isEqualTo(1L));
	}

	@Test
	void typesIntervalsAndOtherNamesContainingIntAsText() throws Exception {
		TabularData data = select("INTERVAL 1 DAY as gap, [1, 2]::INTEGER[] as list, "
				+ "{'x': 1}::STRUCT(x INTEGER) as point, '12:00'::TIME as noon, gen_random_uuid() as id, "
				+ "'x'::VARCHAR as word");

		assertThat(types(data)).containsEntry("gap", ColumnType.VARCHAR)
			.containsEntry("list", ColumnType.VARCHAR)
			.containsEntry("point", ColumnType.VARCHAR)
			.containsEntry("noon", ColumnType.VARCHAR)
			.containsEntry("id", ColumnType.VARCHAR)
			.containsEntry("word", ColumnType.VARCHAR);
		assertThat(data.rows().get(0).get(0)).isInstanceOf(String.class);
		assertThat(data.rows().get(0).get(5)).isEqualTo("x");
	}

	@Test
	void typesDecimalsTimesAndBooleansByTheirNames() throws Exception {
		TabularData data = select("1.5::DOUBLE as d, 1.5::FLOAT as f, 1.25::DECIMAL(18,3) as dec, "
				+ "DATE '2025-01-01' as day, TIMESTAMP '2025-01-01 10:00' as ts, "
				+ "TIMESTAMPTZ '2025-01-01 10:00+00' as tstz, true as ok");

		assertThat(types(data)).containsExactly(Map.entry("d", ColumnType.DOUBLE), Map.entry("f", ColumnType.DOUBLE),
				Map.entry("dec", ColumnType.DOUBLE), Map.entry("day", ColumnType.DATE),
				Map.entry("ts", ColumnType.TIMESTAMP), Map.entry("tstz", ColumnType.TIMESTAMP),
				Map.entry("ok", ColumnType.BOOLEAN));
	}

	@Test
	void keepsAHugeintBeyondALongWhole() throws Exception {
		TabularData data = select("170141183460469231731687303715884105727::HUGEINT as big");

		assertThat(data.columns().get(0).type()).isEqualTo(ColumnType.BIGINT);
		assertThat(data.rows().get(0).get(0)).isEqualTo(new BigInteger("170141183460469231731687303715884105727"));
	}

	@ParameterizedTest
	@CsvSource({ "int2, BIGINT", "int4, BIGINT", "int8, BIGINT", "serial, BIGINT", "bigserial, BIGINT",
			"float4, DOUBLE", "float8, DOUBLE", "numeric, DOUBLE", "timestamptz, TIMESTAMP", "bool, BOOLEAN",
			"interval, VARCHAR", "point, VARCHAR", "_int4, VARCHAR", "text, VARCHAR", "bpchar, VARCHAR",
			"tinterval, VARCHAR", "int4range, VARCHAR" })
	void typesPostgresNamesExactly(String name, ColumnType expected) {
		assertThat(TabularData.typeOf(name)).isEqualTo(expected);
	}

}
