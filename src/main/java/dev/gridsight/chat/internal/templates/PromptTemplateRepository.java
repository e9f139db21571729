package dev.gridsight.chat.internal.templates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code prompt_templates}. */
@Repository
class PromptTemplateRepository {

	private static final String COLUMNS = "id, workspace_id, name, description, body, created_at, updated_at";

	private final JdbcClient jdbc;

	PromptTemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredTemplate(UUID id, UUID workspaceId, String name, String description, String body,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {
	}

	List<StoredTemplate> list(UUID workspaceId) {
		return jdbc.sql("select " + COLUMNS + " from prompt_templates where workspace_id = ? order by name")
			.param(workspaceId)
			.query(PromptTemplateRepository::template)
			.list();
	}

	long count(UUID workspaceId) {
		return jdbc.sql("select count(*) from prompt_templates where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	Optional<StoredTemplate> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from prompt_templates where id = ?")
			.param(id)
			.query(PromptTemplateRepository::template)
			.optional();
	}

	boolean nameTaken(UUID workspaceId, String name, UUID except) {
		return jdbc.sql("select count(*) from prompt_templates where workspace_id = ? and name = ? and id <> ?")
			.params(workspaceId, name, except)
			.query(Long.class)
			.single() > 0;
	}

	void insert(StoredTemplate template, UUID createdBy) {
		jdbc.sql("insert into prompt_templates (" + COLUMNS + ", created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(template.id(), template.workspaceId(), template.name(), template.description(), template.body(),
					template.createdAt(), template.updatedAt(), createdBy)
			.update();
	}

	void update(StoredTemplate template) {
		jdbc.sql("update prompt_templates set name = ?, description = ?, body = ?, updated_at = ? where id = ?")
			.params(template.name(), template.description(), template.body(), template.updatedAt(), template.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from prompt_templates where id = ?").param(id).update();
	}

	private static StoredTemplate template(ResultSet rs, int row) throws SQLException {
		return new StoredTemplate(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getString("description"), rs.getString("body"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
