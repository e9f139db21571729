package dev.gridsight.energy.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.energy.internal.data.SiteDataReader;
import dev.gridsight.energy.internal.site.SiteModel;
import dev.gridsight.energy.internal.site.SiteModelReader;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Energy sites: members read them, editors change them. A model is checked when it is
 * saved (its JSON, then its bindings against the catalog), so a stored site always reads.
 * Sites of a workspace the user is not a member of answer 404.
 */
@Service
class SiteService {

	static final String NOT_FOUND = "No such energy site.";

	/** The longest model JSON a site keeps (the column's size). */
	static final int MAX_MODEL_CHARS = 200_000;

	private final SiteRepository sites;

	private final WorkspaceAccess access;

	private final SiteDataReader data;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SiteService(SiteRepository sites, WorkspaceAccess access, SiteDataReader data, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.sites = sites;
		this.access = access;
		this.data = data;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** What a create or a save sends. */
	record SiteInput(UUID workspaceId, String name, JsonNode model) {
	}

	/** A site the user may read, with the role they have in its workspace. */
	record Readable(EnergySite site, WorkspaceRole role) {

		boolean canEdit() {
			return this.role.atLeast(WorkspaceRole.EDITOR);
		}

	}

	PageResult<Readable> list(UserAccount user, UUID workspaceId, PageQuery page) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		WorkspaceRole role = access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		return new PageResult<>(sites.page(workspace, page).stream().map(site -> new Readable(site, role)).toList(),
				page.page(), page.size(), sites.count(workspace));
	}

	Readable readable(UUID siteId, UUID userId) {
		EnergySite site = sites.find(siteId).orElseThrow(() -> new NotFound(NOT_FOUND));
		try {
			return new Readable(site, access.require(site.workspaceId(), userId, WorkspaceRole.VIEWER));
		}
		catch (NotFound ex) {
			throw new NotFound(NOT_FOUND);
		}
	}

	/** The site, if the user may change it (an editor of its workspace). */
	EnergySite editable(UUID siteId, UUID userId) {
		EnergySite site = readable(siteId, userId).site();
		access.require(site.workspaceId(), userId, WorkspaceRole.EDITOR);
		return site;
	}

	SiteModel model(EnergySite site) {
		return SiteModelReader.read(json.readTree(site.modelJson()));
	}

	@Transactional
	EnergySite create(UserAccount user, SiteInput input) {
		UUID workspace = input.workspaceId() == null ? user.personalWorkspaceId() : input.workspaceId();
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		String name = name(input.name());
		SiteModel model = SiteModelReader.read(input.model());
		data.checkBindings(user.id(), workspace, model);
		if (sites.findByName(workspace, name).isPresent()) {
			throw new Conflict("An energy site named '" + name + "' already exists in this workspace.");
		}
		OffsetDateTime now = now();
		EnergySite site = new EnergySite(UUID.randomUUID(), workspace, name, modelJson(input.model()), null, user.id(),
				now, now);
		sites.insert(site);
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), "energy_site_created", "energy_site", site.id(), name));
		return site;
	}

	@Transactional
	EnergySite update(UserAccount user, UUID siteId, SiteInput input) {
		EnergySite site = editable(siteId, user.id());
		String name = input.name() == null ? site.name() : name(input.name());
		String modelJson = site.modelJson();
		if (input.model() != null) {
			SiteModel model = SiteModelReader.read(input.model());
			data.checkBindings(user.id(), site.workspaceId(), model);
			modelJson = modelJson(input.model());
		}
		if (sites.nameTaken(site.workspaceId(), name, site.id())) {
			throw new Conflict("An energy site named '" + name + "' already exists in this workspace.");
		}
		boolean keepFit = keepsFit(site.modelJson(), modelJson);
		sites.update(site.id(), name, modelJson, keepFit, now());
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), "energy_site_updated", "energy_site", site.id(), name));
		return sites.find(site.id()).orElseThrow();
	}

	@Transactional
	void delete(UserAccount user, UUID siteId) {
		EnergySite site = editable(siteId, user.id());
		sites.delete(site.id());
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), "energy_site_deleted", "energy_site", site.id(), site.name()));
	}

	/**
	 * A fit stays valid when the model's bindings and ranges did not change: a status, an
	 * override or a cost can change without refitting.
	 */
	private boolean keepsFit(String before, String after) {
		SiteModel old = SiteModelReader.read(json.readTree(before));
		SiteModel now = SiteModelReader.read(json.readTree(after));
		return old.dataset().equals(now.dataset()) && old.boundSignals().equals(now.boundSignals());
	}

	private String modelJson(JsonNode model) {
		String text = json.writeValueAsString(model);
		if (text.length() > MAX_MODEL_CHARS) {
			throw new InvalidInput("The model is " + text.length() + " characters of JSON; a site keeps at most "
					+ MAX_MODEL_CHARS + ".");
		}
		return text;
	}

	private static String name(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 100) {
			throw new InvalidInput("name is required: 1 to 100 characters.");
		}
		return name.trim();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
