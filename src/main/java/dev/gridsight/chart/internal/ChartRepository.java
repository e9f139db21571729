package dev.gridsight.chart.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;
import dev.gridsight.platform.PageQuery;

@Repository
class ChartRepository {

	private static final String COLUMNS = "id, workspace_id, title, query_json, sql_text, visual_json, created_at, updated_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/**
	 * Stored queries parsed once: a dashboard asks for the same charts again and again,
	 * and the JSON text is the key, so an edited query is parsed afresh.
	 */
	private final Cache<String, ChartQuery> parsed = Caffeine.newBuilder().maximumSize(2_000).build();

	ChartRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ChartRecord chart, UUID createdBy, boolean draft) {
		jdbc.sql("""
				insert into charts (id, workspace_id, title, query_json, sql_text, visual_json, created_by, created_at,
				                    updated_at, draft)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(chart.id(), chart.workspaceId(), chart.title(),
					chart.query() == null ? null : json.writeValueAsString(chart.query()), chart.sql(),
					json.writeValueAsString(chart.visual()), createdBy, chart.createdAt(), chart.updatedAt(), draft)
			.update();
	}

	/** Moves a draft into the library; false when it was not a draft. */
	boolean keep(UUID id) {
		return jdbc.sql("update charts set draft = false where id = ? and draft").param(id).update() > 0;
	}

	Optional<ChartRecord> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from charts where id = ?").param(id).query(this::map).optional();
	}

	/**
	 * One page of the workspace's charts, newest first; {@code search} keeps those whose
	 * title contains it, ignoring case (null or blank: all).
	 */
	List<ChartRecord> page(UUID workspaceId, String search, PageQuery page) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from charts where workspace_id = ? and not draft and lower(title) like ? escape '!'"
					+ " order by updated_at desc, id limit ? offset ?")
			.params(workspaceId, pattern(search), page.size(), page.offset())
			.query(this::map)
			.list();
	}

	long count(UUID workspaceId, String search) {
		return jdbc
			.sql("select count(*) from charts where workspace_id = ? and not draft and lower(title) like ? escape '!'")
			.params(workspaceId, pattern(search))
			.query(Long.class)
			.single();
	}

	/** A LIKE pattern matching the text anywhere, with LIKE's own characters escaped. */
	static String pattern(String search) {
		if (search == null || search.isBlank()) {
			return "%";
		}
		String escaped = search.strip()
			.toLowerCase(java.util.Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return "%" + escaped + "%";
	}

	/**
	 * Replaces what the chart shows (its id, workspace and creation stay); a draft saved
	 * in the builder joins the library.
	 */
	void update(ChartRecord chart) {
		jdbc.sql("""
				update charts set title = ?, query_json = ?, sql_text = ?, visual_json = ?, updated_at = ?,
				       draft = false
				where id = ?""")
			.params(chart.title(), chart.query() == null ? null : json.writeValueAsString(chart.query()), chart.sql(),
					json.writeValueAsString(chart.visual()), chart.updatedAt(), chart.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from charts where id = ?").param(id).update();
	}

	private ChartRecord map(ResultSet rs, int row) throws SQLException {
		String query = rs.getString("query_json");
		return new ChartRecord(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("title"),
				query == null ? null : parsed.get(query, text -> json.readValue(text, ChartQuery.class)),
				rs.getString("sql_text"), json.readValue(rs.getString("visual_json"), Visual.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
