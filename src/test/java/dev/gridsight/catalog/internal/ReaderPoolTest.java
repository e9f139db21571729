package dev.gridsight.catalog.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReaderPoolTest {

	private static final String SUM_FROM = "SELECT sum(v) FROM t WHERE v >= ?";

	private DuckDBConnection root;

	private ReaderPool pool;

	@BeforeEach
	void open() throws SQLException {
		this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
		try (Statement statement = this.root.createStatement()) {
			statement.execute("CREATE TABLE t AS SELECT i AS v FROM range(1, 11) r(i)");
		}
		this.pool = new ReaderPool(this.root, 2);
	}

	@AfterEach
	void close() throws SQLException {
		this.pool.close();
		this.root.close();
	}

	@Test
	void closingHandsTheConnectionBackAndItsPlansAreReused() throws SQLException {
		Connection first = this.pool.borrow();
		assertThat(sum(first, 8)).isEqualTo(27);
		first.close();
		assertThat(first.isClosed()).isTrue();
		assertThat(this.pool.idleCount()).isEqualTo(1);
		assertThatThrownBy(() -> first.createStatement()).isInstanceOf(SQLException.class)
			.hasMessageContaining("handed back");

		Connection second = this.pool.borrow();
		assertThat(this.pool.idleCount()).isZero();
		// the same plan, with the parameters of the earlier use cleared
		try (PreparedStatement statement = second.prepareStatement(SUM_FROM)) {
			assertThatThrownBy(statement::executeQuery).isInstanceOf(SQLException.class);
		}
		assertThat(sum(second, 1)).isEqualTo(55);
		second.close();
	}

	@Test
	void aCachedPlanSeesRowsWrittenAfterItWasPrepared() throws SQLException {
		try (Connection reader = this.pool.borrow()) {
			assertThat(sum(reader, 10)).isEqualTo(10);
		}
		try (Statement statement = this.root.createStatement()) {
			statement.execute("INSERT INTO t VALUES (20)");
		}
		try (Connection reader = this.pool.borrow()) {
			assertThat(sum(reader, 10)).isEqualTo(30);
		}
	}

	@Test
	void aPlanThatFailsIsPreparedAfreshNextTime() throws SQLException {
		try (Connection reader = this.pool.borrow()) {
			assertThat(sum(reader, 10)).isEqualTo(10);
		}
		try (Statement statement = this.root.createStatement()) {
			statement.execute("DROP TABLE t");
		}
		try (Connection reader = this.pool.borrow()) {
			assertThatThrownBy(() -> sum(reader, 10)).isInstanceOf(SQLException.class);
		}
		try (Statement statement = this.root.createStatement()) {
			statement.execute("CREATE TABLE t AS SELECT 7 AS v");
		}
		try (Connection reader = this.pool.borrow()) {
			assertThat(sum(reader, 1)).isEqualTo(7);
		}
	}

	@Test
	void connectionsBeyondThePoolSizeAreClosedNotKept() throws SQLException {
		Connection a = this.pool.borrow();
		Connection b = this.pool.borrow();
		Connection c = this.pool.borrow();
		assertThat(sum(c, 5)).isEqualTo(45);
		a.close();
		b.close();
		c.close();
		assertThat(this.pool.idleCount()).isEqualTo(2);
	}

	private static long sum(Connection connection, long from) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SUM_FROM)) {
			statement.setLong(1, from);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

}
