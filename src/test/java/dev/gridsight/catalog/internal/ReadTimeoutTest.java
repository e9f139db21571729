package dev.gridsight.catalog.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A compiled read that runs past the statement timeout is cancelled and reported as such;
 * one within it returns its rows, with the bound values applied.
 */
class ReadTimeoutTest {

	@Test
	void aQueryPastTheTimeoutIsCancelledWithAReadableReason() throws SQLException {
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
			// far too much work for one second on any machine
			Select<?> endless = DSL.using(SQLDialect.DUCKDB)
				.select(DSL.field("sum(hash(a.i + b.i))", Long.class).as("total"))
				.from(DSL.table("range(1000000000) a(i), range(1000000000) b(i)"));
			// the reason only comes from an interrupted statement: run to the end it
			// would take hours and return a row
			assertThatThrownBy(
					() -> DatasetReader.execute(duck, endless, new Catalog.ReadBudget(100, Duration.ofSeconds(1))))
				.isInstanceOf(InvalidInput.class)
				.hasMessageContaining("timeout of 1 s");
		}
	}

	@Test
	void aQueryWithinTheTimeoutReturnsItsRowsWithBoundValues() throws SQLException {
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
			Select<?> small = DSL.using(SQLDialect.DUCKDB)
				.select(DSL.field("i", Long.class).as("i"))
				.from(DSL.table("range(10) t(i)"))
				.where(DSL.field("i", Long.class).ge(DSL.val(7L)));
			TabularData rows = DatasetReader.execute(duck, small, new Catalog.ReadBudget(2, Duration.ofSeconds(5)));
			assertThat(rows.rows()).containsExactly(List.of(7L), List.of(8L));
			assertThat(rows.truncated()).isTrue();
		}
	}

}
