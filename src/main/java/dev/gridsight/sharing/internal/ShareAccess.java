package dev.gridsight.sharing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.chart.ChartGrants;
import dev.gridsight.platform.ProblemException;
import dev.gridsight.sharing.ShareGrants;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Whether a share still works. A share lives while it is neither revoked nor expired AND
 * its sharer could create it again now: an editor (or owner) of the target's workspace.
 * Checked on every read, so a sharer who is demoted or removed takes their shares and
 * links down with them at once.
 */
@Component
class ShareAccess implements ShareGrants, ChartGrants {

	private final ShareRepository shares;

	private final WorkspaceAccess access;

	private final Clock clock;

	ShareAccess(ShareRepository shares, WorkspaceAccess access, Clock clock) {
		this.shares = shares;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public Optional<UUID> grantor(String targetType, UUID targetId, UUID userId, boolean edit) {
		return shares.liveToUser(targetType, targetId, userId, now())
			.stream()
			.filter(share -> !edit || share.permission() == Permission.EDIT)
			.filter(this::sharerMayShare)
			.map(Share::createdBy)
			.findFirst();
	}

	@Override
	public List<Grant> sharedWith(String targetType, UUID userId) {
		Map<UUID, Grant> grants = new LinkedHashMap<>();
		for (Share share : shares.liveToUser(targetType, userId, now())) {
			if (!sharerMayShare(share)) {
				continue;
			}
			Grant grant = new Grant(share.targetId(), share.createdBy(), share.permission() == Permission.EDIT);
			grants.merge(share.targetId(), grant, (a, b) -> a.edit() ? a : b);
		}
		return List.copyOf(grants.values());
	}

	@Override
	public Optional<UUID> grantor(UUID chartId, UUID userId, Right right) {
		return grantor(ChartShareTarget.TYPE, chartId, userId, right == Right.EDIT);
	}

	/** Live and vouched for by a sharer who still may share in the workspace. */
	boolean works(Share share) {
		return share.liveAt(now()) && sharerMayShare(share);
	}

	boolean sharerMayShare(Share share) {
		return mayShare(share.workspaceId(), share.createdBy());
	}

	boolean mayShare(UUID workspaceId, UUID userId) {
		try {
			return access.require(workspaceId, userId, WorkspaceRole.VIEWER).atLeast(WorkspaceRole.EDITOR);
		}
		catch (ProblemException notAMember) {
			return false;
		}
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
