package dev.gridsight.assistant.internal.models;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.assistant.internal.models.ModelRepository.StoredModel;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.SecretBox;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Settings → Models: members list a workspace's models and keep their own key for each;
 * owners (and administrators who are members) add, change and remove models and set the
 * workspace's fallback key. Keys are encrypted before they are stored and leave this
 * class only towards the model's own endpoint (through {@link #resolve} and the
 * connection test), never in a response, an audit row or a log line.
 */
@Service
class ModelSettings implements ModelEndpoints {

	private final ModelRepository models;

	private final SecretBox cipher;

	private final EndpointProbe probe;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModelSettings(ModelRepository models, SecretBox cipher, EndpointProbe probe, WorkspaceAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.models = models;
		this.cipher = cipher;
		this.probe = probe;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** A model as the API shows it: whether keys exist, never the keys. */
	record ModelView(UUID id, UUID workspaceId, String name, String baseUrl, String model, int contextTokens,
			boolean vision, boolean hasWorkspaceKey, boolean hasUserKey) {
	}

	/**
	 * A model to create or the new state of one.
	 *
	 * @param workspaceKey on create: the fallback key or null; on update: null keeps the
	 * stored key, "" removes it, any other text replaces it
	 */
	record ModelInput(UUID workspaceId, String name, String baseUrl, String model, Integer contextTokens,
			Boolean vision, String workspaceKey) {

		@Override
		public String toString() {
			return "ModelInput[" + name + " " + model + " at " + baseUrl + "]";
		}

	}

	/**
	 * @param modelId test a stored model: its base URL (unless an owner gives another)
	 * and, without {@code apiKey}, the key the caller would use
	 */
	record TestInput(UUID workspaceId, String baseUrl, String apiKey, UUID modelId) {

		@Override
		public String toString() {
			return "TestInput[" + baseUrl + ", model " + modelId + "]";
		}

	}

	@Override
	public Optional<ModelEndpoint> resolve(UUID workspaceId, UUID userId, String name) {
		if (workspaceId == null || userId == null || name == null) {
			return Optional.empty();
		}
		try {
			access.require(workspaceId, userId, WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			return Optional.empty();
		}
		return models.findByName(workspaceId, name)
			.map((model) -> new ModelEndpoint(model.name(), model.baseUrl(), keyFor(model, userId), model.model(),
					model.contextTokens(), model.vision()));
	}

	List<ModelView> list(UserAccount user, UUID workspaceId) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		Set<UUID> withKey = models.modelsWithUserKey(workspace, user.id());
		List<ModelView> views = new ArrayList<>();
		for (StoredModel model : models.list(workspace)) {
			views.add(view(model, withKey.contains(model.id())));
		}
		return views;
	}

	@Transactional
	ModelView create(UserAccount user, ModelInput input) {
		UUID workspace = input.workspaceId() == null ? user.personalWorkspaceId() : input.workspaceId();
		requireManager(user, workspace);
		String name = ModelRules.name(input.name());
		if (models.findByName(workspace, name).isPresent()) {
			throw new Conflict("A model named '" + name + "' already exists in this workspace.");
		}
		UUID id = UUID.randomUUID();
		String key = blankToNull(input.workspaceKey());
		OffsetDateTime now = OffsetDateTime.now(clock);
		StoredModel model = new StoredModel(id, workspace, name, ModelRules.baseUrl(input.baseUrl()),
				ModelRules.model(input.model()), ModelRules.contextTokens(input.contextTokens()),
				Boolean.TRUE.equals(input.vision()),
				key == null ? null : cipher.encrypt(ModelRules.key(key), workspaceOwner(id)), now, now);
		models.insert(model, user.id());
		audit(user, "model_created", model, describe(model) + (key == null ? "" : ", workspace key set"));
		return view(model, false);
	}

	@Transactional
	ModelView update(UserAccount user, UUID id, ModelInput input) {
		StoredModel stored = readable(user, id);
		requireManager(user, stored.workspaceId());
		String name = ModelRules.name(input.name());
		if (!name.equals(stored.name()) && models.findByName(stored.workspaceId(), name).isPresent()) {
			throw new Conflict("A model named '" + name + "' already exists in this workspace.");
		}
		String key = stored.workspaceKey();
		String keyNote = "";
		if (input.workspaceKey() != null) {
			if (input.workspaceKey().isBlank()) {
				keyNote = key == null ? "" : ", workspace key removed";
				key = null;
			}
			else {
				key = cipher.encrypt(ModelRules.key(input.workspaceKey()), workspaceOwner(id));
				keyNote = ", workspace key set";
			}
		}
		StoredModel model = new StoredModel(id, stored.workspaceId(), name, ModelRules.baseUrl(input.baseUrl()),
				ModelRules.model(input.model()),
				input.contextTokens() == null ? stored.contextTokens()
						: ModelRules.contextTokens(input.contextTokens()),
				input.vision() == null ? stored.vision() : input.vision(), key, stored.createdAt(),
				OffsetDateTime.now(clock));
		models.update(model);
		audit(user, "model_updated", model, describe(model) + keyNote);
		return view(model, models.userKey(id, user.id()).isPresent());
	}

	@Transactional
	void delete(UserAccount user, UUID id) {
		StoredModel stored = readable(user, id);
		requireManager(user, stored.workspaceId());
		models.delete(id);
		audit(user, "model_deleted", stored, describe(stored));
	}

	/** The caller's own key for the model; any member may keep one. */
	@Transactional
	ModelView setUserKey(UserAccount user, UUID id, String apiKey) {
		StoredModel model = readable(user, id);
		String key = ModelRules.key(apiKey);
		models.saveUserKey(id, user.id(), cipher.encrypt(key, userOwner(id, user.id())), OffsetDateTime.now(clock));
		audit(user, "model_user_key_set", model, model.name());
		return view(model, true);
	}

	@Transactional
	ModelView deleteUserKey(UserAccount user, UUID id) {
		StoredModel model = readable(user, id);
		if (models.deleteUserKey(id, user.id())) {
			audit(user, "model_user_key_removed", model, model.name());
		}
		return view(model, false);
	}

	EndpointProbe.Result test(UserAccount user, TestInput input) {
		if (input.modelId() == null) {
			UUID workspace = input.workspaceId() == null ? user.personalWorkspaceId() : input.workspaceId();
			requireManager(user, workspace);
			String key = blankToNull(input.apiKey());
			return probe.probe(ModelRules.baseUrl(input.baseUrl()), key == null ? null : ModelRules.key(key));
		}
		StoredModel model = readable(user, input.modelId());
		String baseUrl = model.baseUrl();
		if (input.baseUrl() != null && !input.baseUrl().isBlank()) {
			String asked = ModelRules.baseUrl(input.baseUrl());
			if (!asked.equals(baseUrl)) {
				// a stored key only goes to the address its owner chose
				requireManager(user, model.workspaceId());
				baseUrl = asked;
			}
		}
		String key = blankToNull(input.apiKey());
		return probe.probe(baseUrl, key == null ? keyFor(model, user.id()) : ModelRules.key(key));
	}

	/** The user's key, else the workspace's, else none. */
	private String keyFor(StoredModel model, UUID userId) {
		Optional<String> own = models.userKey(model.id(), userId);
		if (own.isPresent()) {
			return cipher.decrypt(own.get(), userOwner(model.id(), userId));
		}
		return model.workspaceKey() == null ? null : cipher.decrypt(model.workspaceKey(), workspaceOwner(model.id()));
	}

	/** The model, when the user is a member of its workspace; 404 otherwise. */
	private StoredModel readable(UserAccount user, UUID id) {
		StoredModel model = models.find(id).orElseThrow(ModelSettings::noSuchModel);
		try {
			access.require(model.workspaceId(), user.id(), WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw noSuchModel();
		}
		return model;
	}

	private void requireManager(UserAccount user, UUID workspaceId) {
		WorkspaceRole role = access.require(workspaceId, user.id(), WorkspaceRole.VIEWER);
		if (!role.atLeast(WorkspaceRole.OWNER) && !user.isAdmin()) {
			throw new Forbidden("Only the workspace's owners (or an administrator) may change its models and keys; "
					+ "you are " + role.wire() + ". You may set your own key for a model.");
		}
	}

	private void audit(UserAccount user, String action, StoredModel model, String detail) {
		events.publishEvent(AuditEvent.of(user.id(), user.email(), action, "model", model.id(), detail));
	}

	private static String describe(StoredModel model) {
		return model.name() + ": " + model.model() + " at " + model.baseUrl();
	}

	private static ModelView view(StoredModel model, boolean hasUserKey) {
		return new ModelView(model.id(), model.workspaceId(), model.name(), model.baseUrl(), model.model(),
				model.contextTokens(), model.vision(), model.workspaceKey() != null, hasUserKey);
	}

	private static String workspaceOwner(UUID modelId) {
		return "model:" + modelId + ":workspace";
	}

	private static String userOwner(UUID modelId, UUID userId) {
		return "model:" + modelId + ":user:" + userId;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static NotFound noSuchModel() {
		return new NotFound("No such model.");
	}

}
