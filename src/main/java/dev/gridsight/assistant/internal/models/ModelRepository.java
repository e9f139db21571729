package dev.gridsight.assistant.internal.models;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code model_providers} and {@code model_user_keys}. Keys go in and come out as
 * ciphertext; this class never sees them in clear.
 */
@Repository
class ModelRepository {

	private static final String COLUMNS = "id, workspace_id, name, base_url, model, context_tokens, vision, "
			+ "workspace_key, created_at, updated_at";

	private final JdbcClient jdbc;

	ModelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored model.
	 *
	 * @param workspaceKey the encrypted fallback key, or null
	 */
	record StoredModel(UUID id, UUID workspaceId, String name, String baseUrl, String model, int contextTokens,
			boolean vision, String workspaceKey, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		@Override
		public String toString() {
			return "StoredModel[" + id + " " + name + " " + model + " at " + baseUrl
					+ (workspaceKey == null ? "" : ", workspace key set") + "]";
		}

	}

	List<StoredModel> list(UUID workspaceId) {
		return jdbc.sql("select " + COLUMNS + " from model_providers where workspace_id = ? order by name")
			.param(workspaceId)
			.query(ModelRepository::model)
			.list();
	}

	Optional<StoredModel> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from model_providers where id = ?")
			.param(id)
			.query(ModelRepository::model)
			.optional();
	}

	Optional<StoredModel> findByName(UUID workspaceId, String name) {
		return jdbc.sql("select " + COLUMNS + " from model_providers where workspace_id = ? and name = ?")
			.params(workspaceId, name)
			.query(ModelRepository::model)
			.optional();
	}

	void insert(StoredModel model, UUID createdBy) {
		jdbc.sql("insert into model_providers (" + COLUMNS + ", created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(model.id(), model.workspaceId(), model.name(), model.baseUrl(), model.model(),
					model.contextTokens(), model.vision(), model.workspaceKey(), model.createdAt(), model.updatedAt(),
					createdBy)
			.update();
	}

	void update(StoredModel model) {
		jdbc.sql("""
				update model_providers set name = ?, base_url = ?, model = ?, context_tokens = ?, vision = ?,
				workspace_key = ?, updated_at = ? where id = ?""")
			.params(model.name(), model.baseUrl(), model.model(), model.contextTokens(), model.vision(),
					model.workspaceKey(), model.updatedAt(), model.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from model_providers where id = ?").param(id).update();
	}

	/** The user's encrypted key for the model, if they stored one. */
	Optional<String> userKey(UUID modelId, UUID userId) {
		return jdbc.sql("select api_key from model_user_keys where model_id = ? and user_id = ?")
			.params(modelId, userId)
			.query(String.class)
			.optional();
	}

	/** The ids of the workspace's models the user has a key for. */
	Set<UUID> modelsWithUserKey(UUID workspaceId, UUID userId) {
		return Set.copyOf(jdbc.sql("""
				select k.model_id from model_user_keys k join model_providers m on m.id = k.model_id
				where m.workspace_id = ? and k.user_id = ?""").params(workspaceId, userId).query(UUID.class).list());
	}

	/** Replaces the user's key (delete and insert: portable). */
	void saveUserKey(UUID modelId, UUID userId, String encrypted, OffsetDateTime now) {
		deleteUserKey(modelId, userId);
		jdbc.sql("insert into model_user_keys (model_id, user_id, api_key, updated_at) values (?, ?, ?, ?)")
			.params(modelId, userId, encrypted, now)
			.update();
	}

	boolean deleteUserKey(UUID modelId, UUID userId) {
		return jdbc.sql("delete from model_user_keys where model_id = ? and user_id = ?")
			.params(modelId, userId)
			.update() > 0;
	}

	private static StoredModel model(ResultSet rs, int row) throws SQLException {
		return new StoredModel(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getString("base_url"), rs.getString("model"), rs.getInt("context_tokens"),
				rs.getBoolean("vision"), rs.getString("workspace_key"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
