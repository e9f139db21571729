package dev.gridsight.energy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.platform.PageQuery;

/** Energy runs, newest first. */
@Repository
class RunRepository {

	private static final String COLUMNS = "id, site_id, workspace_id, created_by, trigger_kind, status, as_of, "
			+ "horizon_hours, step_minutes, demand, cost, baseline_cost, baseline_kind, solve_ms, currency, plan_json, "
			+ "explanation_json, metrics_json, request_json, plan_dataset_id, created_at";

	private static final String SUMMARY_COLUMNS = COLUMNS.replace("plan_json", "'' as plan_json");

	private final JdbcClient jdbc;

	RunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredRun run) {
		jdbc.sql("insert into energy_runs (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(run.id(), run.siteId(), run.workspaceId(), run.createdBy(), run.trigger(), run.status(), run.asOf(),
					run.horizonHours(), run.stepMinutes(), run.demand(), run.cost(), run.baselineCost(),
					run.baselineKind(), run.solveMs(), run.currency(), run.planJson(), run.explanationJson(),
					run.metricsJson(), run.requestJson(), run.planDatasetId(), run.createdAt())
			.update();
	}

	Optional<StoredRun> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from energy_runs where id = ?").param(id).query(this::run).optional();
	}

	/** A page of the site's runs, without their plans. */
	List<StoredRun> page(UUID siteId, PageQuery page) {
		return jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ " from energy_runs where site_id = ? order by created_at desc, id limit ? offset ?")
			.params(siteId, page.size(), page.offset())
			.query(this::run)
			.list();
	}

	long count(UUID siteId) {
		return jdbc.sql("select count(*) from energy_runs where site_id = ?").param(siteId).query(Long.class).single();
	}

	private StoredRun run(ResultSet rs, int row) throws SQLException {
		return new StoredRun(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class),
				rs.getObject("workspace_id", UUID.class), rs.getObject("created_by", UUID.class),
				rs.getString("trigger_kind"), rs.getString("status"), rs.getObject("as_of", LocalDateTime.class),
				rs.getInt("horizon_hours"), rs.getInt("step_minutes"), rs.getString("demand"), rs.getDouble("cost"),
				rs.getDouble("baseline_cost"), rs.getString("baseline_kind"), rs.getLong("solve_ms"),
				rs.getString("currency"), rs.getString("plan_json"), rs.getString("explanation_json"),
				rs.getString("metrics_json"), rs.getString("request_json"), rs.getObject("plan_dataset_id", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class));
	}

}
