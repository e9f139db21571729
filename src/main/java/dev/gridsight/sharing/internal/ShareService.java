package dev.gridsight.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.sharing.Shares;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.platform.ProblemException;
import dev.gridsight.sharing.ShareTarget;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Creating, listing and revoking shares. Only an editor (or owner) of the target's
 * workspace shares, lists or revokes; a viewer cannot share at all, so no share grants
 * more than its sharer has.
 */
@Service
class ShareService implements Shares {

	static final String NOT_FOUND = "No such share.";

	/** BCrypt reads at most 72 bytes of a password; longer ones are refused, not cut. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private final ShareRepository shares;

	private final ShareTargets targets;

	private final ShareAccess shareAccess;

	private final WorkspaceAccess access;

	private final UserDirectory users;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	ShareService(ShareRepository shares, ShareTargets targets, ShareAccess shareAccess, WorkspaceAccess access,
			UserDirectory users, PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.shares = shares;
		this.targets = targets;
		this.shareAccess = shareAccess;
		this.access = access;
		this.users = users;
		this.passwords = passwords;
		this.events = events;
	}

	/** Who gets the share: one user, or anybody with the link. */
	sealed interface Recipient permits ToUser, ToPublic {

	}

	record ToUser(String email, Permission permission) implements Recipient {
	}

	record ToPublic(OffsetDateTime expiresAt, String password, boolean viewerMayChangeWindow) implements Recipient {
	}

	/**
	 * A new share; {@code token} is the public link's, shown this once (null for users).
	 */
	record Created(Share share, String token) {
	}

	@Override
	@Transactional
	public Shares.Created share(UserAccount user, String targetType, UUID targetId, String email, boolean edit) {
		Recipient to = email == null ? new ToPublic(null, null, false)
				: new ToUser(email, edit ? Permission.EDIT : Permission.VIEW);
		Created created = create(user, targetType, targetId, to);
		return new Shares.Created(created.share().id(), path(created), created.token());
	}

	/** Where a new share opens, from the application's root. */
	static String path(Created created) {
		Share share = created.share();
		return created.token() != null ? "/s/" + created.token()
				: "/share/" + share.targetType() + "/" + share.targetId();
	}

	@Transactional
	Created create(UserAccount user, String targetType, UUID targetId, Recipient recipient) {
		ShareTarget target = targets.require(targetType);
		ShareTarget.Target described = target.readable(targetId, user.id());
		requireSharer(described.workspaceId(), user);
		OffsetDateTime now = shareAccess.now();
		Share share;
		String token = null;
		String detail;
		if (recipient instanceof ToUser to) {
			if (!target.sharesWithPeople()) {
				throw new InvalidInput("A " + targetType + " can be shared as a public link only, for now; share its "
						+ "charts with people.");
			}
			UserAccount grantee = users.findByEmail(to.email())
				.orElseThrow(() -> new InvalidInput("No user has the e-mail '" + to.email() + "'."));
			if (grantee.id().equals(user.id())) {
				throw new InvalidInput("You cannot share with yourself.");
			}
			if (!shares.liveToUser(targetType, targetId, grantee.id(), now).isEmpty()) {
				throw new Conflict("This " + targetType + " is already shared with " + grantee.email()
						+ "; revoke that share first to change it.");
			}
			share = new Share(UUID.randomUUID(), described.workspaceId(), targetType, targetId, user.id(),
					Share.Kind.USER, grantee.id(), to.permission(), null, null, null, false, 0, null, null, now);
			detail = targetType + " '" + described.title() + "' to " + grantee.email() + " (" + to.permission().wire()
					+ ")";
		}
		else {
			ToPublic link = (ToPublic) recipient;
			if (link.expiresAt() != null && !link.expiresAt().isAfter(now)) {
				throw new InvalidInput("to.expiresAt must be in the future.");
			}
			String passwordHash = null;
			if (link.password() != null) {
				if (link.password().isEmpty()
						|| link.password().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
					throw new InvalidInput("to.password must be 1 to " + MAX_PASSWORD_BYTES + " bytes long.");
				}
				passwordHash = passwords.encode(link.password());
			}
			token = ShareTokens.generate();
			share = new Share(UUID.randomUUID(), described.workspaceId(), targetType, targetId, user.id(),
					Share.Kind.PUBLIC, null, Permission.VIEW, ShareTokens.hash(token), passwordHash,
					link.expiresAt() == null ? null
							: link.expiresAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
					link.viewerMayChangeWindow(), 0, null, null, now);
			detail = "public link to " + targetType + " '" + described.title() + "'"
					+ (passwordHash == null ? "" : ", with a password")
					+ (share.expiresAt() == null ? "" : ", expires " + share.expiresAt());
		}
		shares.insert(share);
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "share_created", "share", share.id(), detail));
		return new Created(share, token);
	}

	/** A share as the Settings page lists it. */
	record Listed(Share share, String targetTitle, UserAccount grantee, UserAccount createdBy) {
	}

	PageResult<Listed> ofTarget(UserAccount user, String targetType, UUID targetId, PageQuery page) {
		ShareTarget.Target described = targets.require(targetType).readable(targetId, user.id());
		requireSharer(described.workspaceId(), user);
		OffsetDateTime now = shareAccess.now();
		return new PageResult<>(listed(user, shares.liveOfTarget(targetType, targetId, now, page)), page.page(),
				page.size(), shares.countLiveOfTarget(targetType, targetId, now));
	}

	PageResult<Listed> ofWorkspace(UserAccount user, UUID workspaceId, PageQuery page) {
		requireSharer(workspaceId, user);
		OffsetDateTime now = shareAccess.now();
		return new PageResult<>(listed(user, shares.liveOfWorkspace(workspaceId, now, page)), page.page(), page.size(),
				shares.countLiveOfWorkspace(workspaceId, now));
	}

	@Transactional
	void revoke(UserAccount user, UUID shareId) {
		Share share = shares.find(shareId).filter(found -> found.revokedAt() == null).orElseThrow(this::notFound);
		try {
			access.require(share.workspaceId(), user.id(), WorkspaceRole.VIEWER);
		}
		catch (NotFound ex) {
			throw notFound();
		}
		requireSharer(share.workspaceId(), user);
		if (!shares.revoke(share.id(), shareAccess.now())) {
			throw notFound();
		}
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "share_revoked", "share", share.id(),
				share.kind().wire() + " share of " + share.targetType() + " " + share.targetId()));
	}

	private void requireSharer(UUID workspaceId, UserAccount user) {
		WorkspaceRole role = access.require(workspaceId, user.id(), WorkspaceRole.VIEWER);
		if (!role.atLeast(WorkspaceRole.EDITOR)) {
			throw new Forbidden("Only an editor or owner of the workspace may share, list or revoke shares.");
		}
	}

	private List<Listed> listed(UserAccount user, List<Share> page) {
		return page.stream()
			.map(share -> new Listed(share, title(share, user),
					share.granteeUserId() == null ? null : users.findById(share.granteeUserId()).orElse(null),
					users.findById(share.createdBy()).orElse(null)))
			.toList();
	}

	/** The target's title as the lister sees it; null when it is gone. */
	private String title(Share share, UserAccount user) {
		return targets.find(share.targetType()).map(target -> {
			try {
				return target.readable(share.targetId(), user.id()).title();
			}
			catch (ProblemException gone) {
				return null;
			}
		}).orElse(null);
	}

	private NotFound notFound() {
		return new NotFound(NOT_FOUND);
	}

}
