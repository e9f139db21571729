package dev.gridsight.chat.internal.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.platform.PageQuery;

/** Reads {@code chat_turns}, which the chat's turn runner writes, one row per turn. */
@Repository
class TurnRepository {

	private final JdbcClient jdbc;

	TurnRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How a turn list is ordered: an allow-list, never a client's column name. */
	enum Order {

		RECENT("created_at desc, id"), SLOWEST("latency_ms desc, id");

		final String sql;

		Order(String sql) {
			this.sql = sql;
		}

	}

	/** What the figures need of one turn. */
	record TurnFigures(OffsetDateTime createdAt, String intent, String outcome, int commandErrors, double latencyMs,
			double commandMs) {
	}

	record TurnRow(UUID id, UUID sessionId, UUID userId, String engine, String content, String intent,
			Double intentScore, String outcome, int commandErrors, double latencyMs, double commandMs,
			OffsetDateTime createdAt) {
	}

	/** The newest {@code limit} turns that match, newest first. */
	List<TurnFigures> figures(TurnFilter filter, int limit) {
		List<Object> parameters = new ArrayList<>(filter.parameters());
		parameters.add(limit);
		return jdbc
			.sql("select created_at, intent, outcome, command_errors, latency_ms, command_ms from chat_turns"
					+ filter.where() + " order by created_at desc limit ?")
			.params(parameters)
			.query((rs, row) -> new TurnFigures(rs.getObject("created_at", OffsetDateTime.class),
					rs.getString("intent"), rs.getString("outcome"), rs.getInt("command_errors"),
					rs.getDouble("latency_ms"), rs.getDouble("command_ms")))
			.list();
	}

	List<TurnRow> page(TurnFilter filter, Order order, PageQuery page) {
		List<Object> parameters = new ArrayList<>(filter.parameters());
		parameters.add(page.size());
		parameters.add(page.offset());
		return jdbc
			.sql("select id, session_id, user_id, engine, content, intent, intent_score, outcome, command_errors,"
					+ " latency_ms, command_ms, created_at from chat_turns" + filter.where() + " order by " + order.sql
					+ " limit ? offset ?")
			.params(parameters)
			.query(this::row)
			.list();
	}

	long count(TurnFilter filter) {
		return jdbc.sql("select count(*) from chat_turns" + filter.where())
			.params(filter.parameters())
			.query(Long.class)
			.single();
	}

	private TurnRow row(ResultSet rs, int row) throws SQLException {
		return new TurnRow(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getString("engine"), rs.getString("content"),
				rs.getString("intent"), rs.getObject("intent_score", Double.class), rs.getString("outcome"),
				rs.getInt("command_errors"), rs.getDouble("latency_ms"), rs.getDouble("command_ms"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

}
