package dev.gridsight.chart.internal;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import dev.gridsight.catalog.DatasetColumn;

/**
 * A warehouse engine for chart tests: DuckDB in memory always, and PostgreSQL in a fresh
 * schema when {@code GRIDSIGHT_TEST_POSTGRES_URL} is set. Each test class opens its own
 * and closes it (dropping the schema) after its tests.
 */
final class TestWarehouse {

	static final String POSTGRES_URL = "GRIDSIGHT_TEST_POSTGRES_URL";

	private final SQLDialect dialect;

	private final Connection connection;

	private final String schema;

	private final DSLContext ctx;

	private TestWarehouse(SQLDialect dialect, Connection connection, String schema) {
		this.dialect = dialect;
		this.connection = connection;
		this.schema = schema;
		this.ctx = DSL.using(connection, dialect);
	}

	/** DuckDB, and PostgreSQL when the environment names one. */
	static List<TestWarehouse> open(String purpose) {
		List<TestWarehouse> warehouses = new ArrayList<>();
		try {
			warehouses.add(new TestWarehouse(SQLDialect.DUCKDB, DriverManager.getConnection("jdbc:duckdb:"), null));
			String url = System.getenv(POSTGRES_URL);
			if (url != null && !url.isBlank()) {
				Connection connection = DriverManager.getConnection(url);
				String schema = ("chart_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
					.toLowerCase(Locale.ROOT);
				DSLContext ctx = DSL.using(connection, SQLDialect.POSTGRES);
				ctx.createSchema(DSL.name(schema)).execute();
				ctx.execute("set search_path to " + ctx.render(DSL.name(schema)));
				warehouses.add(new TestWarehouse(SQLDialect.POSTGRES, connection, schema));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot open a test warehouse", ex);
		}
		return warehouses;
	}

	SQLDialect dialect() {
		return this.dialect;
	}

	DSLContext ctx() {
		return this.ctx;
	}

	Connection connection() {
		return this.connection;
	}

	Result<Record> fetch(CompiledQuery query) {
		return fetch(query.select());
	}

	/**
	 * Runs the select as the chart service does: its own SQL text and bound values on a
	 * plain JDBC statement.
	 */
	Result<Record> fetch(Select<?> select) {
		try (PreparedStatement statement = this.connection.prepareStatement(select.getSQL())) {
			List<Object> values = select.getBindValues();
			for (int i = 0; i < values.size(); i++) {
				statement.setObject(i + 1, values.get(i));
			}
			try (ResultSet rs = statement.executeQuery()) {
				return this.ctx.fetch(rs);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage() + "\n" + select.getSQL(), ex);
		}
	}

	void createTable(String table, List<DatasetColumn> columns) {
		CreateTableElementListStep create = this.ctx.createTable(DSL.name(table));
		for (DatasetColumn column : columns) {
			create = create.column(DSL.name(column.name()), DatasetFields.dataType(column.type()));
		}
		create.execute();
	}

	/** Loads a CSV with a header whose columns are the table's, in order. */
	void loadCsv(String table, Path csv, List<DatasetColumn> columns) {
		createTable(table, columns);
		try {
			if (this.dialect == SQLDialect.DUCKDB) {
				this.ctx.execute("copy " + this.ctx.render(DSL.name(table)) + " from "
						+ this.ctx.render(DSL.inline(csv.toAbsolutePath().toString())) + " (header)");
			}
			else {
				CopyManager copy = new CopyManager(this.connection.unwrap(BaseConnection.class));
				try (Reader reader = Files.newBufferedReader(csv)) {
					copy.copyIn(
							"copy " + this.ctx.render(DSL.name(table)) + " from stdin with (format csv, header true)",
							reader);
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot load " + csv + " into " + this, ex);
		}
	}

	/** Not {@link AutoCloseable}: JUnit would close it after each parameterized test. */
	void close() {
		try {
			if (this.schema != null) {
				this.ctx.dropSchema(DSL.name(this.schema)).cascade().execute();
			}
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot close " + this, ex);
		}
	}

	@Override
	public String toString() {
		return this.dialect == SQLDialect.DUCKDB ? "duckdb" : "postgres";
	}

}
