package dev.gridsight.workspace.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserCreated;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

@Service
class WorkspaceService implements WorkspaceAccess {

	static final String NOT_FOUND = "No such workspace.";

	private final WorkspaceRepository workspaces;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkspaceService(WorkspaceRepository workspaces, UserDirectory users, ApplicationEventPublisher events,
			Clock clock) {
		this.workspaces = workspaces;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public WorkspaceRole require(UUID workspaceId, UUID userId, WorkspaceRole required) {
		WorkspaceRole role = workspaces.roleOf(workspaceId, userId).orElseThrow(() -> new NotFound(NOT_FOUND));
		if (!role.atLeast(required)) {
			throw new dev.gridsight.platform.Forbidden(
					"This needs the " + required.wire() + " role in the workspace; you are " + role.wire() + ".");
		}
		return role;
	}

	/**
	 * Every account gets a personal workspace, with the account's id, in the same
	 * transaction.
	 */
	@EventListener
	void on(UserCreated created) {
		Workspace personal = new Workspace(created.userId(), "Personal", true, now());
		workspaces.insert(personal, created.userId());
		workspaces.addMember(personal.id(), created.userId(), WorkspaceRole.OWNER, now());
	}

	PageResult<WorkspaceRepository.Membership> list(UserAccount user, PageQuery page) {
		return new PageResult<>(workspaces.memberships(user.id(), page), page.page(), page.size(),
				workspaces.countMemberships(user.id()));
	}

	WorkspaceRepository.Membership get(UserAccount user, UUID workspaceId) {
		return workspaces.membership(workspaceId, user.id()).orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	@Transactional
	WorkspaceRepository.Membership create(UserAccount user, String name) {
		Workspace workspace = new Workspace(UUID.randomUUID(), checkName(name), false, now());
		workspaces.insert(workspace, null);
		workspaces.addMember(workspace.id(), user.id(), WorkspaceRole.OWNER, now());
		audit(user, "workspace_created", workspace.id(), workspace.name());
		return get(user, workspace.id());
	}

	@Transactional
	WorkspaceRepository.Membership rename(UserAccount user, UUID workspaceId, String name) {
		require(workspaceId, user.id(), WorkspaceRole.OWNER);
		workspaces.rename(workspaceId, checkName(name));
		return get(user, workspaceId);
	}

	@Transactional
	void delete(UserAccount user, UUID workspaceId) {
		require(workspaceId, user.id(), WorkspaceRole.OWNER);
		Workspace workspace = workspaces.find(workspaceId).orElseThrow(() -> new NotFound(NOT_FOUND));
		if (workspace.personal()) {
			throw new Conflict("A personal workspace cannot be deleted.");
		}
		workspaces.delete(workspaceId);
		audit(user, "workspace_deleted", workspaceId, workspace.name());
		events.publishEvent(new WorkspaceDeleted(workspaceId));
	}

	PageResult<Member> members(UserAccount user, UUID workspaceId, PageQuery page) {
		require(workspaceId, user.id(), WorkspaceRole.VIEWER);
		return new PageResult<>(workspaces.members(workspaceId, page), page.page(), page.size(),
				workspaces.countMembers(workspaceId));
	}

	@Transactional
	Member addMember(UserAccount user, UUID workspaceId, String email, WorkspaceRole role) {
		require(workspaceId, user.id(), WorkspaceRole.OWNER);
		Workspace workspace = workspaces.find(workspaceId).orElseThrow(() -> new NotFound(NOT_FOUND));
		if (workspace.personal()) {
			throw new Conflict("A personal workspace has no other members; create a shared workspace instead.");
		}
		UserAccount added = users.findByEmail(email)
			.orElseThrow(() -> new InvalidInput(
					"No user has the e-mail '" + email + "'; an administrator must create the account first."));
		if (workspaces.roleOf(workspaceId, added.id()).isPresent()) {
			throw new Conflict(added.email() + " is already a member.");
		}
		workspaces.addMember(workspaceId, added.id(), role, now());
		audit(user, "member_added", workspaceId, added.email() + " as " + role.wire());
		return new Member(added.id(), added.email(), added.displayName(), role);
	}

	@Transactional
	Member changeRole(UserAccount user, UUID workspaceId, UUID memberId, WorkspaceRole role) {
		require(workspaceId, user.id(), WorkspaceRole.OWNER);
		WorkspaceRole current = workspaces.roleOf(workspaceId, memberId)
			.orElseThrow(() -> new NotFound("No such member."));
		if (current == WorkspaceRole.OWNER && role != WorkspaceRole.OWNER && workspaces.countOwners(workspaceId) == 1) {
			throw new Conflict("A workspace needs at least one owner; make someone else an owner first.");
		}
		workspaces.changeRole(workspaceId, memberId, role);
		UserAccount member = users.findById(memberId).orElseThrow(() -> new NotFound("No such member."));
		audit(user, "member_role_changed", workspaceId, member.email() + ": " + current.wire() + " -> " + role.wire());
		return new Member(member.id(), member.email(), member.displayName(), role);
	}

	/**
	 * Owners remove anyone; anyone may remove themselves (leave), except the last owner.
	 */
	@Transactional
	void removeMember(UserAccount user, UUID workspaceId, UUID memberId) {
		boolean leaving = user.id().equals(memberId);
		require(workspaceId, user.id(), leaving ? WorkspaceRole.VIEWER : WorkspaceRole.OWNER);
		Workspace workspace = workspaces.find(workspaceId).orElseThrow(() -> new NotFound(NOT_FOUND));
		WorkspaceRole role = workspaces.roleOf(workspaceId, memberId)
			.orElseThrow(() -> new NotFound("No such member."));
		if (workspace.personal()) {
			throw new Conflict("Nobody can leave a personal workspace.");
		}
		if (role == WorkspaceRole.OWNER && workspaces.countOwners(workspaceId) == 1) {
			throw new Conflict("The last owner cannot leave; make someone else an owner or delete the workspace.");
		}
		workspaces.removeMember(workspaceId, memberId);
		String who = users.findById(memberId).map(UserAccount::email).orElse(memberId.toString());
		audit(user, leaving ? "member_left" : "member_removed", workspaceId, who);
	}

	private void audit(UserAccount actor, String action, UUID workspaceId, String detail) {
		events.publishEvent(AuditEvent.of(actor.id(), actor.email(), action, "workspace", workspaceId, detail));
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 200) {
			throw new InvalidInput("A workspace needs a name of 1 to 200 characters.");
		}
		return name.trim();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
