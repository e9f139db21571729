package dev.gridsight.chat.internal.agents;

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

import dev.gridsight.chat.AgentProfile.Confirmation;
import dev.gridsight.platform.PageQuery;

/** Agents and their versions; deleted agents are invisible here. */
@Repository
class AgentRepository {

	/** Versions of living agents; a query adds its conditions after {@code where}. */
	private static final String VERSIONS = "select a.id, a.workspace_id, v.version, v.name, v.instructions, v.model, "
			+ "v.allowed_commands, v.allowed_datasets, v.tool_rounds, v.confirmation, v.saved_by, v.saved_at, v.note"
			+ " from agents a join agent_versions v on v.agent_id = a.id where a.deleted_at is null";

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AgentRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A new agent with its first version. */
	void insert(AgentVersion first, String seed) {
		jdbc.sql("""
				insert into agents (id, workspace_id, name_key, seed, current_version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(first.agentId(), first.workspaceId(), AgentRules.nameKey(first.content().name()), seed,
					first.version(), first.savedAt(), first.savedAt())
			.update();
		insertVersion(first);
	}

	/** A new version that becomes the current one. */
	void addVersion(AgentVersion version) {
		insertVersion(version);
		jdbc.sql("update agents set name_key = ?, current_version = ?, updated_at = ? where id = ?")
			.params(AgentRules.nameKey(version.content().name()), version.version(), version.savedAt(),
					version.agentId())
			.update();
	}

	private void insertVersion(AgentVersion version) {
		AgentContent content = version.content();
		jdbc.sql("""
				insert into agent_versions (agent_id, version, name, instructions, model, allowed_commands,
				                            allowed_datasets, tool_rounds, confirmation, saved_by, saved_at, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(version.agentId(), version.version(), content.name(), content.instructions(), content.model(),
					json.writeValueAsString(content.allowedCommands()),
					json.writeValueAsString(content.allowedDatasets()), content.toolRounds(),
					content.confirmation().name(), version.savedBy(), version.savedAt(), version.note())
			.update();
	}

	/** Deletes the agent for the workspace: its name is free again, its versions stay. */
	void markDeleted(UUID agentId, OffsetDateTime at) {
		jdbc.sql("update agents set deleted_at = ?, name_key = null, updated_at = ? where id = ?")
			.params(at, at, agentId)
			.update();
	}

	/** The agent's current version, unless deleted. */
	Optional<AgentVersion> current(UUID agentId) {
		return jdbc.sql(VERSIONS + " and v.version = a.current_version and a.id = ?")
			.param(agentId)
			.query(this::map)
			.optional();
	}

	Optional<AgentVersion> version(UUID agentId, int version) {
		return jdbc.sql(VERSIONS + " and a.id = ? and v.version = ?")
			.params(agentId, version)
			.query(this::map)
			.optional();
	}

	/** Every version of the agent, newest first. */
	List<AgentVersion> versions(UUID agentId) {
		return jdbc.sql(VERSIONS + " and a.id = ? order by v.version desc").param(agentId).query(this::map).list();
	}

	/** The workspace's agents at their current versions, oldest first. */
	List<AgentVersion> page(UUID workspaceId, PageQuery page) {
		return jdbc
			.sql(VERSIONS + " and v.version = a.current_version and a.workspace_id = ?"
					+ " order by a.created_at, v.name, a.id limit ? offset ?")
			.params(workspaceId, page.size(), page.offset())
			.query(this::map)
			.list();
	}

	/** Every living agent of the workspace at its current version, by name. */
	List<AgentVersion> all(UUID workspaceId) {
		return jdbc
			.sql(VERSIONS + " and v.version = a.current_version and a.workspace_id = ? order by a.name_key, a.id")
			.param(workspaceId)
			.query(this::map)
			.list();
	}

	long count(UUID workspaceId) {
		return jdbc.sql("select count(*) from agents where workspace_id = ? and deleted_at is null")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	/** Whether another living agent of the workspace has this name (any case). */
	boolean nameTaken(UUID workspaceId, String name, UUID except) {
		return jdbc
			.sql("select count(*) from agents where workspace_id = ? and name_key = ? and deleted_at is null"
					+ " and id <> ?")
			.params(workspaceId, AgentRules.nameKey(name), except)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Whether the workspace was seeded (its seeded agents may since have been deleted).
	 */
	boolean seeded(UUID workspaceId) {
		return jdbc.sql("select count(*) from agents where workspace_id = ? and seed is not null")
			.param(workspaceId)
			.query(Long.class)
			.single() > 0;
	}

	/** The living agent seeded as {@code seed}, if any. */
	Optional<UUID> seededAgent(UUID workspaceId, String seed) {
		return jdbc.sql("select id from agents where workspace_id = ? and seed = ? and deleted_at is null")
			.params(workspaceId, seed)
			.query(UUID.class)
			.optional();
	}

	private AgentVersion map(ResultSet rs, int row) throws SQLException {
		AgentContent content = new AgentContent(rs.getString("name"), rs.getString("instructions"),
				rs.getString("model"), json.readValue(rs.getString("allowed_commands"), NAMES),
				json.readValue(rs.getString("allowed_datasets"), NAMES), rs.getInt("tool_rounds"),
				Confirmation.valueOf(rs.getString("confirmation")));
		return new AgentVersion(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getInt("version"), content, rs.getObject("saved_by", UUID.class),
				rs.getObject("saved_at", OffsetDateTime.class), rs.getString("note"));
	}

}
