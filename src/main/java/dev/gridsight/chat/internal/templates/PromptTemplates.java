package dev.gridsight.chat.internal.templates;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.chat.internal.templates.PromptTemplateRepository.StoredTemplate;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * A workspace's prompt templates: members read them (the chat's "/" menu), editors write
 * them. A template is only text for the composer; it runs nothing.
 */
@Service
class PromptTemplates {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 500;

	static final int MAX_PER_WORKSPACE = 200;

	private final PromptTemplateRepository templates;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PromptTemplates(PromptTemplateRepository templates, WorkspaceAccess access, ApplicationEventPublisher events,
			Clock clock) {
		this.templates = templates;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	record TemplateView(UUID id, UUID workspaceId, String name, String description, String body,
			List<TemplateBody.Variable> variables, OffsetDateTime updatedAt) {

		static TemplateView of(StoredTemplate template) {
			return new TemplateView(template.id(), template.workspaceId(), template.name(), template.description(),
					template.body(), TemplateBody.variables(template.body()), template.updatedAt());
		}

	}

	record TemplateInput(String name, String description, String body) {
	}

	List<TemplateView> list(UserAccount user, UUID workspaceId) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		return templates.list(workspace).stream().map(TemplateView::of).toList();
	}

	@Transactional
	TemplateView create(UserAccount user, UUID workspaceId, TemplateInput input) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		UUID id = UUID.randomUUID();
		StoredTemplate template = valid(id, workspace, input, null);
		if (templates.count(workspace) >= MAX_PER_WORKSPACE) {
			throw new InvalidInput("A workspace keeps at most " + MAX_PER_WORKSPACE + " templates; delete one first.");
		}
		templates.insert(template, user.id());
		audit(user, "prompt_template_created", template);
		return TemplateView.of(template);
	}

	@Transactional
	TemplateView update(UserAccount user, UUID id, TemplateInput input) {
		StoredTemplate stored = readable(user, id);
		access.require(stored.workspaceId(), user.id(), WorkspaceRole.EDITOR);
		StoredTemplate template = valid(id, stored.workspaceId(), input, stored.createdAt());
		templates.update(template);
		audit(user, "prompt_template_updated", template);
		return TemplateView.of(template);
	}

	@Transactional
	void delete(UserAccount user, UUID id) {
		StoredTemplate stored = readable(user, id);
		access.require(stored.workspaceId(), user.id(), WorkspaceRole.EDITOR);
		templates.delete(id);
		audit(user, "prompt_template_deleted", stored);
	}

	private StoredTemplate valid(UUID id, UUID workspace, TemplateInput input, OffsetDateTime createdAt) {
		if (input == null) {
			throw new InvalidInput("Send {name, description, body}.");
		}
		String name = input.name() == null ? "" : input.name().strip();
		if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("name: one line of 1 to " + MAX_NAME + " characters.");
		}
		String description = input.description() == null ? "" : input.description().strip();
		if (description.length() > MAX_DESCRIPTION) {
			throw new InvalidInput("description: at most " + MAX_DESCRIPTION + " characters.");
		}
		TemplateBody.variables(input.body());
		if (templates.nameTaken(workspace, name, id)) {
			throw new Conflict("A template named '" + name + "' already exists in this workspace.");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new StoredTemplate(id, workspace, name, description, input.body(), createdAt == null ? now : createdAt,
				now);
	}

	private StoredTemplate readable(UserAccount user, UUID id) {
		StoredTemplate template = templates.find(id).orElseThrow(PromptTemplates::noSuchTemplate);
		try {
			access.require(template.workspaceId(), user.id(), WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw noSuchTemplate();
		}
		return template;
	}

	private void audit(UserAccount user, String action, StoredTemplate template) {
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), action, "prompt_template", template.id(), template.name()));
	}

	private static NotFound noSuchTemplate() {
		return new NotFound("No such prompt template.");
	}

}
