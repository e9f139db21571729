package dev.gridsight.chat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.ChatMessage;
import dev.gridsight.chat.SequencedEvent;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.platform.PageQuery;

/** Sessions, their messages, streamed events, turns and pending confirmations. */
@Repository
class ChatRepository {

	private static final String SESSION_COLUMNS = "id, workspace_id, user_id, title, agent_id, tab_id, "
			+ "allowed_commands, confirm_changes, engine_state, last_seq, created_at, updated_at, model, context_files";

	private static final TypeReference<List<ChatChart>> CHARTS = new TypeReference<>() {
	};

	private static final TypeReference<List<TurnEvent>> CARDS = new TypeReference<>() {
	};

	private static final TypeReference<Set<String>> NAMES = new TypeReference<>() {
	};

	private static final TypeReference<List<UUID>> FILES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> ARGUMENTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ChatRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// sessions

	void insert(ChatSessionRecord session) {
		jdbc.sql("""
				insert into chat_sessions (id, workspace_id, user_id, title, agent_id, tab_id, allowed_commands,
				                           confirm_changes, last_seq, created_at, updated_at, model, context_files)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(session.id(), session.workspaceId(), session.userId(), session.title(), session.agentId(),
					session.tabId(), names(session.allowedCommands()), session.confirmChanges(), session.createdAt(),
					session.updatedAt(), session.model(), files(session.contextFiles()))
			.update();
	}

	void update(ChatSessionRecord session) {
		jdbc.sql("""
				update chat_sessions set title = ?, agent_id = ?, tab_id = ?, allowed_commands = ?, confirm_changes = ?,
				       updated_at = ?, model = ?, context_files = ?
				where id = ?""")
			.params(session.title(), session.agentId(), session.tabId(), names(session.allowedCommands()),
					session.confirmChanges(), session.updatedAt(), session.model(), files(session.contextFiles()),
					session.id())
			.update();
	}

	void remember(UUID sessionId, String state, OffsetDateTime at) {
		jdbc.sql("update chat_sessions set engine_state = ?, updated_at = ? where id = ?")
			.params(state, at, sessionId)
			.update();
	}

	Optional<ChatSessionRecord> find(UUID id) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from chat_sessions where id = ?")
			.param(id)
			.query(this::session)
			.optional();
	}

	/**
	 * The user's sessions, latest activity first; {@code search} keeps those whose title
	 * or a message contains it, ignoring case.
	 */
	List<ChatSessionRecord> page(UUID userId, UUID workspaceId, String search, PageQuery page) {
		return jdbc
			.sql("select " + SESSION_COLUMNS + " from chat_sessions s" + where(workspaceId)
					+ " order by updated_at desc, id limit ? offset ?")
			.params(filterParams(userId, workspaceId, search, page.size(), page.offset()))
			.query(this::session)
			.list();
	}

	long count(UUID userId, UUID workspaceId, String search) {
		return jdbc.sql("select count(*) from chat_sessions s" + where(workspaceId))
			.params(filterParams(userId, workspaceId, search))
			.query(Long.class)
			.single();
	}

	private static String where(UUID workspaceId) {
		return " where s.user_id = ?" + (workspaceId == null ? "" : " and s.workspace_id = ?")
				+ " and (lower(s.title) like ? escape '!' or exists (select 1 from chat_messages m"
				+ " where m.session_id = s.id and lower(m.content) like ? escape '!'))";
	}

	private static Object[] filterParams(UUID userId, UUID workspaceId, String search, Object... more) {
		String pattern = pattern(search);
		List<Object> params = new java.util.ArrayList<>();
		params.add(userId);
		if (workspaceId != null) {
			params.add(workspaceId);
		}
		params.add(pattern);
		params.add(pattern);
		params.addAll(List.of(more));
		return params.toArray();
	}

	static String pattern(String search) {
		if (search == null || search.isBlank()) {
			return "%";
		}
		return "%" + search.strip()
			.toLowerCase(java.util.Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_") + "%";
	}

	void delete(UUID id) {
		jdbc.sql("delete from chat_sessions where id = ?").param(id).update();
	}

	// messages

	void insert(UUID sessionId, ChatMessage message) {
		jdbc.sql("""
				insert into chat_messages (id, session_id, turn_id, position, role, content, charts_json, cards_json,
				                           intent, created_at)
				values (?, ?, ?, (select coalesce(max(position), 0) + 1 from chat_messages where session_id = ?),
				        ?, ?, ?, ?, ?, ?)""")
			.params(message.id(), sessionId, message.turnId(), sessionId, message.role(), message.content(),
					json.writerFor(CHARTS).writeValueAsString(message.charts()),
					json.writerFor(CARDS).writeValueAsString(message.cards()), message.intent(), message.createdAt())
			.update();
	}

	List<ChatMessage> messages(UUID sessionId, PageQuery page) {
		return jdbc.sql("""
				select id, turn_id, role, content, charts_json, cards_json, intent, created_at from chat_messages
				where session_id = ? order by position limit ? offset ?""")
			.params(sessionId, page.size(), page.offset())
			.query(this::message)
			.list();
	}

	/** The last {@code count} messages, oldest first. */
	List<ChatMessage> lastMessages(UUID sessionId, int count) {
		List<ChatMessage> newestFirst = jdbc.sql("""
				select id, turn_id, role, content, charts_json, cards_json, intent, created_at from chat_messages
				where session_id = ? order by position desc limit ?""")
			.params(sessionId, count)
			.query(this::message)
			.list();
		List<ChatMessage> oldestFirst = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	long messageCount(UUID sessionId) {
		return jdbc.sql("select count(*) from chat_messages where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

	// events

	void insert(SequencedEvent event, OffsetDateTime at) {
		jdbc.sql("insert into chat_events (session_id, seq, turn_id, event_json, created_at) values (?, ?, ?, ?, ?)")
			.params(event.sessionId(), event.seq(), event.turnId(),
					json.writerFor(TurnEvent.class).writeValueAsString(event.event()), at)
			.update();
		jdbc.sql("update chat_sessions set last_seq = ? where id = ? and last_seq < ?")
			.params(event.seq(), event.sessionId(), event.seq())
			.update();
	}

	List<SequencedEvent> eventsAfter(UUID sessionId, long after, int limit) {
		return jdbc.sql("""
				select seq, turn_id, event_json from chat_events where session_id = ? and seq > ?
				order by seq limit ?""")
			.params(sessionId, after, limit)
			.query((rs, row) -> new SequencedEvent(sessionId, rs.getObject("turn_id", UUID.class), rs.getLong("seq"),
					json.readValue(rs.getString("event_json"), TurnEvent.class)))
			.list();
	}

	// turns, for the assistant's analytics

	record TurnRow(UUID id, UUID sessionId, UUID workspaceId, UUID userId, String engine, String content, String intent,
			Double intentScore, String outcome, int commandErrors, double latencyMs, double commandMs,
			OffsetDateTime createdAt) {
	}

	void insert(TurnRow turn) {
		jdbc.sql("""
				insert into chat_turns (id, session_id, workspace_id, user_id, engine, content, intent, intent_score,
				                        outcome, command_errors, latency_ms, command_ms, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(turn.id(), turn.sessionId(), turn.workspaceId(), turn.userId(), turn.engine(),
					turn.content().length() > 2000 ? turn.content().substring(0, 2000) : turn.content(), turn.intent(),
					turn.intentScore(), turn.outcome(), turn.commandErrors(), turn.latencyMs(), turn.commandMs(),
					turn.createdAt())
			.update();
	}

	// pending confirmations

	record PendingCall(String id, UUID sessionId, UUID turnId, String command, Map<String, Object> arguments) {
	}

	void insert(PendingCall call, OffsetDateTime at) {
		jdbc.sql("""
				insert into chat_pending_calls (id, session_id, turn_id, command, arguments_json, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(call.id(), call.sessionId(), call.turnId(), call.command(),
					json.writeValueAsString(call.arguments()), at)
			.update();
	}

	/** Takes the pending call out: a confirmation runs it at most once. */
	Optional<PendingCall> takePending(UUID sessionId, String callId) {
		Optional<PendingCall> call = jdbc
			.sql("select id, turn_id, command, arguments_json from chat_pending_calls where session_id = ? and id = ?")
			.params(sessionId, callId)
			.query((rs, row) -> new PendingCall(rs.getString("id"), sessionId, rs.getObject("turn_id", UUID.class),
					rs.getString("command"), json.readValue(rs.getString("arguments_json"), ARGUMENTS)))
			.optional();
		boolean taken = call.isPresent()
				&& jdbc.sql("delete from chat_pending_calls where id = ?").param(callId).update() == 1;
		return taken ? call : Optional.empty();
	}

	// mapping

	private ChatSessionRecord session(ResultSet rs, int row) throws SQLException {
		String allowed = rs.getString("allowed_commands");
		Object confirm = rs.getObject("confirm_changes");
		return new ChatSessionRecord(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getString("title"), rs.getObject("agent_id", UUID.class),
				rs.getObject("tab_id", UUID.class), allowed == null ? null : json.readValue(allowed, NAMES),
				confirm == null ? null : rs.getBoolean("confirm_changes"), rs.getString("engine_state"),
				rs.getLong("last_seq"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("model"),
				readFiles(rs.getString("context_files")));
	}

	private String files(List<UUID> ids) {
		return ids == null || ids.isEmpty() ? null : json.writeValueAsString(ids);
	}

	private List<UUID> readFiles(String stored) {
		return stored == null ? List.of() : json.readValue(stored, FILES);
	}

	private ChatMessage message(ResultSet rs, int row) throws SQLException {
		String charts = rs.getString("charts_json");
		String cards = rs.getString("cards_json");
		return new ChatMessage(rs.getObject("id", UUID.class), rs.getObject("turn_id", UUID.class),
				rs.getString("role"), rs.getString("content"),
				charts == null ? List.of() : json.readValue(charts, CHARTS),
				cards == null ? List.of() : json.readValue(cards, CARDS), rs.getString("intent"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

	private String names(Set<String> names) {
		return names == null ? null : json.writeValueAsString(new LinkedHashSet<>(names));
	}

}
