package dev.gridsight.chat.internal.agents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.Agents;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Agents of a workspace: viewers read them, editors change them. Every save that changes
 * something adds a version; the agent row only points at its current one. Agents of a
 * workspace the user is not a member of answer 404, whatever the call.
 */
@Service
class AgentService implements Agents {

	static final String NOT_FOUND = "No such agent.";

	private static final int SEED_ATTEMPTS = 3;

	private final AgentRepository agents;

	private final WorkspaceAccess access;

	private final Catalog catalog;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Seeding commits on its own, so that a concurrent first read sees it or loses the
	 * race cleanly.
	 */
	private final TransactionTemplate seeding;

	AgentService(AgentRepository agents, WorkspaceAccess access, Catalog catalog, UserDirectory users,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.agents = agents;
		this.access = access;
		this.catalog = catalog;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.seeding = new TransactionTemplate(transactions);
		this.seeding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * What a create or a save asks for; a null field takes its default on create and
	 * stays as it is on a save.
	 */
	record AgentInput(UUID workspaceId, String name, String instructions, String model, List<String> allowedCommands,
			List<String> allowedDatasets, Integer toolRounds, String confirmation) {
	}

	/** A version as the version list shows it. */
	record VersionSummary(int version, OffsetDateTime savedAt, String savedBy, String note) {
	}

	record Diff(int from, int to, List<AgentDiff.Row> rows) {
	}

	// reads

	PageResult<AgentVersion> list(UserAccount user, UUID workspaceId, PageQuery page) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		seed(workspace);
		return new PageResult<>(agents.page(workspace, page), page.page(), page.size(), agents.count(workspace));
	}

	AgentVersion get(UserAccount user, UUID agentId) {
		return readable(agentId, user.id());
	}

	List<VersionSummary> versions(UserAccount user, UUID agentId) {
		readable(agentId, user.id());
		return agents.versions(agentId)
			.stream()
			.map(version -> new VersionSummary(version.version(), version.savedAt(), saverName(version.savedBy()),
					version.note()))
			.toList();
	}

	AgentVersion version(UserAccount user, UUID agentId, int version) {
		readable(agentId, user.id());
		return existingVersion(agentId, version);
	}

	/** {@code to} defaults to the current version, {@code from} to the one before it. */
	Diff diff(UserAccount user, UUID agentId, Integer from, Integer to) {
		AgentVersion current = readable(agentId, user.id());
		int newer = to == null ? current.version() : to;
		int older = from == null ? Math.max(1, newer - 1) : from;
		AgentVersion left = existingVersion(agentId, older);
		AgentVersion right = existingVersion(agentId, newer);
		return new Diff(older, newer, AgentDiff.rows(left.content(), right.content()));
	}

	// changes

	@Transactional
	AgentVersion create(UserAccount user, AgentInput input) {
		UUID workspace = input.workspaceId() == null ? user.personalWorkspaceId() : input.workspaceId();
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		seed(workspace);
		if (input.name() == null) {
			throw new InvalidInput("name is required: 1 to " + AgentRules.MAX_NAME + " characters.");
		}
		AgentContent content = new AgentContent(AgentRules.name(input.name()),
				AgentRules.instructions(input.instructions()), AgentRules.model(input.model()),
				AgentRules.commands(input.allowedCommands()), AgentRules.datasets(input.allowedDatasets()),
				AgentRules.toolRounds(input.toolRounds()), AgentRules.confirmation(input.confirmation()));
		UUID id = UUID.randomUUID();
		requireFreeName(workspace, content.name(), id);
		requireDatasets(workspace, content.allowedDatasets(), Set.of(), user.id());
		AgentVersion first = new AgentVersion(id, workspace, 1, content, user.id(), now(), "created");
		insertNamed(() -> agents.insert(first, null), content.name());
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "agent_created", "agent", id, content.name()));
		return first;
	}

	/** A new version with the changes; the current one when nothing changes. */
	@Transactional
	AgentVersion update(UserAccount user, UUID agentId, AgentInput input) {
		AgentVersion current = editable(agentId, user.id());
		AgentContent was = current.content();
		AgentContent content = new AgentContent(input.name() == null ? was.name() : AgentRules.name(input.name()),
				input.instructions() == null ? was.instructions() : AgentRules.instructions(input.instructions()),
				input.model() == null ? was.model() : AgentRules.model(input.model()),
				input.allowedCommands() == null ? was.allowedCommands() : AgentRules.commands(input.allowedCommands()),
				input.allowedDatasets() == null ? was.allowedDatasets() : AgentRules.datasets(input.allowedDatasets()),
				input.toolRounds() == null ? was.toolRounds() : AgentRules.toolRounds(input.toolRounds()),
				input.confirmation() == null ? was.confirmation() : AgentRules.confirmation(input.confirmation()));
		requireDatasets(current.workspaceId(), content.allowedDatasets(), Set.copyOf(was.allowedDatasets()), user.id());
		return save(user, current, content, "edited", "agent_updated");
	}

	/** A new version with the content of an older one. */
	@Transactional
	AgentVersion revert(UserAccount user, UUID agentId, Integer version) {
		AgentVersion current = editable(agentId, user.id());
		if (version == null) {
			throw new InvalidInput("version is required: the version to go back to.");
		}
		AgentVersion old = existingVersion(agentId, version);
		return save(user, current, old.content(), "reverted to version " + version, "agent_reverted");
	}

	@Transactional
	void delete(UserAccount user, UUID agentId) {
		AgentVersion current = editable(agentId, user.id());
		agents.markDeleted(agentId, now());
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), "agent_deleted", "agent", agentId, current.content().name()));
	}

	// the chat's view

	@Override
	public AgentProfile usable(UUID agentId, UUID userId) {
		return profile(readable(agentId, userId));
	}

	@Override
	public List<AgentProfile> usableIn(UUID workspaceId, UUID userId) {
		access.require(workspaceId, userId, WorkspaceRole.VIEWER);
		seed(workspaceId);
		return agents.all(workspaceId).stream().map(AgentService::profile).toList();
	}

	@Override
	public AgentProfile defaultAgent(UUID workspaceId, UUID userId) {
		access.require(workspaceId, userId, WorkspaceRole.VIEWER);
		seed(workspaceId);
		UUID id = agents.seededAgent(workspaceId, AgentSeeds.ANALYST)
			.or(() -> agents.page(workspaceId, new PageQuery(0, 1)).stream().findFirst().map(AgentVersion::agentId))
			.orElseThrow(() -> new NotFound("This workspace has no agent left: create one under Settings, Agents."));
		return usable(id, userId);
	}

	static AgentProfile profile(AgentVersion version) {
		AgentContent content = version.content();
		return new AgentProfile(version.agentId(), version.workspaceId(), content.name(), version.version(),
				content.instructions(), content.model(), Set.copyOf(content.allowedCommands()),
				Set.copyOf(content.allowedDatasets()), content.toolRounds(), content.confirmation());
	}

	// inside

	private AgentVersion save(UserAccount user, AgentVersion current, AgentContent content, String note,
			String action) {
		if (content.equals(current.content())) {
			return current;
		}
		requireFreeName(current.workspaceId(), content.name(), current.agentId());
		AgentVersion next = new AgentVersion(current.agentId(), current.workspaceId(), current.version() + 1, content,
				user.id(), now(), note);
		insertNamed(() -> agents.addVersion(next), content.name());
		events.publishEvent(AuditEvent.of(user.id(), user.email(), action, "agent", current.agentId(),
				content.name() + " v" + next.version()));
		return next;
	}

	/**
	 * Seeds the workspace's agents once; a concurrent caller that loses the race reads
	 * the winner's.
	 */
	private void seed(UUID workspaceId) {
		for (int attempt = 1; !agents.seeded(workspaceId); attempt++) {
			try {
				seeding.executeWithoutResult(status -> {
					if (agents.seeded(workspaceId)) {
						return;
					}
					OffsetDateTime now = now();
					for (AgentSeeds.Seed seed : AgentSeeds.ALL) {
						agents.insert(new AgentVersion(UUID.randomUUID(), workspaceId, 1, seed.content(), null, now,
								"seeded"), seed.key());
					}
				});
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// another first read seeded it meanwhile (or holds the rows still): look
				// again
				if (attempt >= SEED_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private void insertNamed(Runnable insert, String name) {
		try {
			insert.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw new Conflict("An agent named \"" + name + "\" already exists in this workspace.");
		}
	}

	private void requireFreeName(UUID workspaceId, String name, UUID agentId) {
		if (agents.nameTaken(workspaceId, name, agentId)) {
			throw new Conflict("An agent named \"" + name + "\" already exists in this workspace.");
		}
	}

	/** Each newly named dataset must be one the user can read in the workspace. */
	private void requireDatasets(UUID workspaceId, List<String> datasets, Set<String> known, UUID userId) {
		Set<String> missing = new HashSet<>();
		for (String dataset : datasets) {
			if (known.contains(dataset)) {
				continue;
			}
			try {
				catalog.readableByName(workspaceId, dataset, userId);
			}
			catch (NotFound ex) {
				missing.add(dataset);
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInput("allowedDatasets: no dataset named "
					+ String.join(", ", missing.stream().sorted().toList()) + " in this workspace.");
		}
	}

	private AgentVersion readable(UUID agentId, UUID userId) {
		AgentVersion current = agents.current(agentId).orElseThrow(() -> new NotFound(NOT_FOUND));
		member(current, userId);
		return current;
	}

	private AgentVersion editable(UUID agentId, UUID userId) {
		AgentVersion current = agents.current(agentId).orElseThrow(() -> new NotFound(NOT_FOUND));
		WorkspaceRole role = member(current, userId);
		if (!role.atLeast(WorkspaceRole.EDITOR)) {
			throw new Forbidden("Changing an agent needs the editor role in its workspace; you are a viewer.");
		}
		return current;
	}

	private WorkspaceRole member(AgentVersion agent, UUID userId) {
		try {
			return access.require(agent.workspaceId(), userId, WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw new NotFound(NOT_FOUND);
		}
	}

	private AgentVersion existingVersion(UUID agentId, int version) {
		return agents.version(agentId, version)
			.orElseThrow(() -> new NotFound("This agent has no version " + version + "."));
	}

	private String saverName(UUID userId) {
		if (userId == null) {
			return null;
		}
		return users.findById(userId).map(UserAccount::displayName).orElse(null);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
