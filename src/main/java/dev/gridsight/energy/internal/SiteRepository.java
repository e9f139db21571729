package dev.gridsight.energy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.platform.PageQuery;

/** Energy sites of the workspaces. */
@Repository
class SiteRepository {

	private static final String COLUMNS = "id, workspace_id, name, model_json, fit_json, created_by, created_at, "
			+ "updated_at";

	private final JdbcClient jdbc;

	SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String nameKey(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	void insert(EnergySite site) {
		jdbc.sql("insert into energy_sites (" + COLUMNS + ", name_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(site.id(), site.workspaceId(), site.name(), site.modelJson(), site.fitJson(), site.createdBy(),
					site.createdAt(), site.updatedAt(), nameKey(site.name()))
			.update();
	}

	/**
	 * Saves the name and model; a changed model drops the fit, which was of the old one.
	 */
	void update(UUID id, String name, String modelJson, boolean keepFit, OffsetDateTime at) {
		jdbc.sql("update energy_sites set name = ?, name_key = ?, model_json = ?, updated_at = ?"
				+ (keepFit ? "" : ", fit_json = null") + " where id = ?")
			.params(name, nameKey(name), modelJson, at, id)
			.update();
	}

	void saveFit(UUID id, String fitJson) {
		jdbc.sql("update energy_sites set fit_json = ? where id = ?").params(fitJson, id).update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from energy_sites where id = ?").param(id).update();
	}

	Optional<EnergySite> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from energy_sites where id = ?").param(id).query(this::site).optional();
	}

	Optional<EnergySite> findByName(UUID workspaceId, String name) {
		return jdbc.sql("select " + COLUMNS + " from energy_sites where workspace_id = ? and name_key = ?")
			.params(workspaceId, nameKey(name))
			.query(this::site)
			.optional();
	}

	boolean nameTaken(UUID workspaceId, String name, UUID except) {
		return jdbc.sql("select count(*) from energy_sites where workspace_id = ? and name_key = ? and id <> ?")
			.params(workspaceId, nameKey(name), except)
			.query(Long.class)
			.single() > 0;
	}

	List<EnergySite> page(UUID workspaceId, PageQuery page) {
		return jdbc
			.sql("select " + COLUMNS + " from energy_sites where workspace_id = ? order by name_key limit ? offset ?")
			.params(workspaceId, page.size(), page.offset())
			.query(this::site)
			.list();
	}

	long count(UUID workspaceId) {
		return jdbc.sql("select count(*) from energy_sites where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	private EnergySite site(ResultSet rs, int row) throws SQLException {
		return new EnergySite(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getString("model_json"), rs.getString("fit_json"),
				rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

}
