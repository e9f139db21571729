package dev.gridsight.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.dashboard.Layout;
import dev.gridsight.dashboard.TabFilter;
import dev.gridsight.platform.PageQuery;

/** Tabs, their chart placements and their cards; deleted tabs are invisible here. */
@Repository
class TabRepository {

	private static final String COLUMNS = "id, workspace_id, name, position, window_json, filters_json, "
			+ "refresh_seconds, created_at, updated_at, deleted_at";

	private static final TypeReference<List<TabFilter>> FILTERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TabRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(TabRecord tab, UUID createdBy) {
		jdbc.sql("""
				insert into tabs (id, workspace_id, name, position, window_json, filters_json, refresh_seconds,
				                  created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tab.id(), tab.workspaceId(), tab.name(), tab.position(), write(tab.window()),
					json.writeValueAsString(tab.filters()), tab.refreshSeconds(), createdBy, tab.createdAt(),
					tab.updatedAt())
			.update();
	}

	void update(TabRecord tab) {
		jdbc.sql("""
				update tabs set name = ?, window_json = ?, filters_json = ?, refresh_seconds = ?, updated_at = ?
				where id = ?""")
			.params(tab.name(), write(tab.window()), json.writeValueAsString(tab.filters()), tab.refreshSeconds(),
					tab.updatedAt(), tab.id())
			.update();
	}

	/** The tab, unless deleted. */
	Optional<TabRecord> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from tabs where id = ? and deleted_at is null")
			.param(id)
			.query(this::map)
			.optional();
	}

	/** The tab, deleted or not. */
	Optional<TabRecord> findIncludingDeleted(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from tabs where id = ?").param(id).query(this::map).optional();
	}

	List<TabRecord> page(UUID workspaceId, PageQuery page) {
		return jdbc
			.sql("select " + COLUMNS + " from tabs where workspace_id = ? and deleted_at is null"
					+ " order by position, created_at, id limit ? offset ?")
			.params(workspaceId, page.size(), page.offset())
			.query(this::map)
			.list();
	}

	long count(UUID workspaceId) {
		return jdbc.sql("select count(*) from tabs where workspace_id = ? and deleted_at is null")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	/** The ids of the workspace's tabs in their order. */
	List<UUID> order(UUID workspaceId) {
		return jdbc
			.sql("select id from tabs where workspace_id = ? and deleted_at is null order by position, created_at, id")
			.param(workspaceId)
			.query(UUID.class)
			.list();
	}

	void setPosition(UUID id, int position) {
		jdbc.sql("update tabs set position = ? where id = ?").params(position, id).update();
	}

	int nextPosition(UUID workspaceId) {
		return jdbc.sql("select coalesce(max(position) + 1, 0) from tabs where workspace_id = ? and deleted_at is null")
			.param(workspaceId)
			.query(Integer.class)
			.single();
	}

	void markDeleted(UUID id, OffsetDateTime at) {
		jdbc.sql("update tabs set deleted_at = ? where id = ?").params(at, id).update();
	}

	void restore(UUID id, int position) {
		jdbc.sql("update tabs set deleted_at = null, position = ? where id = ?").params(position, id).update();
	}

	/** Removes for good the tabs deleted before {@code before}; their undo has passed. */
	int purgeDeletedBefore(OffsetDateTime before) {
		return jdbc.sql("delete from tabs where deleted_at is not null and deleted_at < ?").param(before).update();
	}

	// placements

	List<Placement> placements(UUID tabId) {
		return jdbc
			.sql("select tab_id, chart_id, layout_json, window_json, position from tab_charts where tab_id = ?"
					+ " order by position, chart_id")
			.param(tabId)
			.query(this::placement)
			.list();
	}

	Optional<Placement> placement(UUID tabId, UUID chartId) {
		return jdbc
			.sql("select tab_id, chart_id, layout_json, window_json, position from tab_charts"
					+ " where tab_id = ? and chart_id = ?")
			.params(tabId, chartId)
			.query(this::placement)
			.optional();
	}

	void insert(Placement placement) {
		jdbc.sql("insert into tab_charts (tab_id, chart_id, layout_json, window_json, position) values (?, ?, ?, ?, ?)")
			.params(placement.tabId(), placement.chartId(), json.writeValueAsString(placement.layout()),
					write(placement.window()), placement.position())
			.update();
	}

	void update(Placement placement) {
		jdbc.sql("update tab_charts set layout_json = ?, window_json = ? where tab_id = ? and chart_id = ?")
			.params(json.writeValueAsString(placement.layout()), write(placement.window()), placement.tabId(),
					placement.chartId())
			.update();
	}

	void deletePlacement(UUID tabId, UUID chartId) {
		jdbc.sql("delete from tab_charts where tab_id = ? and chart_id = ?").params(tabId, chartId).update();
	}

	// cards

	List<CardRecord> cards(UUID tabId) {
		return jdbc
			.sql("select id, tab_id, markdown, layout_json, position, created_at, updated_at from tab_cards"
					+ " where tab_id = ? order by position, id")
			.param(tabId)
			.query(this::card)
			.list();
	}

	Optional<CardRecord> card(UUID tabId, UUID cardId) {
		return jdbc
			.sql("select id, tab_id, markdown, layout_json, position, created_at, updated_at from tab_cards"
					+ " where tab_id = ? and id = ?")
			.params(tabId, cardId)
			.query(this::card)
			.optional();
	}

	void insert(CardRecord card) {
		jdbc.sql("""
				insert into tab_cards (id, tab_id, markdown, layout_json, position, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(card.id(), card.tabId(), card.markdown(), json.writeValueAsString(card.layout()), card.position(),
					card.createdAt(), card.updatedAt())
			.update();
	}

	void update(CardRecord card) {
		jdbc.sql("update tab_cards set markdown = ?, layout_json = ?, updated_at = ? where id = ?")
			.params(card.markdown(), json.writeValueAsString(card.layout()), card.updatedAt(), card.id())
			.update();
	}

	void deleteCard(UUID cardId) {
		jdbc.sql("delete from tab_cards where id = ?").param(cardId).update();
	}

	private String write(TimeWindow window) {
		return window == null ? null : json.writeValueAsString(window);
	}

	private TimeWindow window(String text) {
		return text == null ? null : json.readValue(text, TimeWindow.class);
	}

	private TabRecord map(ResultSet rs, int row) throws SQLException {
		return new TabRecord(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getInt("position"), window(rs.getString("window_json")),
				json.readValue(rs.getString("filters_json"), FILTERS), rs.getObject("refresh_seconds", Integer.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getObject("deleted_at", OffsetDateTime.class));
	}

	private Placement placement(ResultSet rs, int row) throws SQLException {
		return new Placement(rs.getObject("tab_id", UUID.class), rs.getObject("chart_id", UUID.class),
				json.readValue(rs.getString("layout_json"), Layout.class), window(rs.getString("window_json")),
				rs.getInt("position"));
	}

	private CardRecord card(ResultSet rs, int row) throws SQLException {
		return new CardRecord(rs.getObject("id", UUID.class), rs.getObject("tab_id", UUID.class),
				rs.getString("markdown"), json.readValue(rs.getString("layout_json"), Layout.class),
				rs.getInt("position"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

}
