package dev.gridsight.assistant.internal.settings;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.assistant.internal.intents.Intent;

/**
 * A workspace's edited intents ({@code assistant_intent_examples}): one row replaces one
 * intent's seeded examples.
 */
@Repository
class IntentEditRepository {

	private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	IntentEditRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The edited intents of the workspace, with their examples. */
	Map<Intent, IntentEdit> edits(UUID workspaceId) {
		Map<Intent, IntentEdit> edits = new EnumMap<>(Intent.class);
		jdbc.sql("select intent, examples_json, updated_at from assistant_intent_examples where workspace_id = ?")
			.param(workspaceId)
			.query((rs, row) -> new Stored(rs.getString("intent"), rs.getString("examples_json"),
					rs.getObject("updated_at", OffsetDateTime.class)))
			.list()
			// an intent removed by an upgrade keeps its row but no longer counts
			.forEach((stored) -> Intent.byId(stored.intent())
				.ifPresent((intent) -> edits.put(intent,
						new IntentEdit(intent, json.readValue(stored.examplesJson(), TEXTS), stored.updatedAt()))));
		return edits;
	}

	/** Replaces the intent's examples in the workspace (delete and insert: portable). */
	@Transactional
	void save(UUID workspaceId, Intent intent, List<String> examples, UUID userId, OffsetDateTime now) {
		reset(workspaceId, intent);
		jdbc.sql("""
				insert into assistant_intent_examples (workspace_id, intent, examples_json, updated_by, updated_at)
				values (?, ?, ?, ?, ?)""")
			.params(workspaceId, intent.id(), json.writeValueAsString(examples), userId, now)
			.update();
	}

	/**
	 * @return whether the intent had been edited
	 */
	boolean reset(UUID workspaceId, Intent intent) {
		return jdbc.sql("delete from assistant_intent_examples where workspace_id = ? and intent = ?")
			.params(workspaceId, intent.id())
			.update() > 0;
	}

	private record Stored(String intent, String examplesJson, OffsetDateTime updatedAt) {
	}

	record IntentEdit(Intent intent, List<String> examples, OffsetDateTime updatedAt) {
	}

}
