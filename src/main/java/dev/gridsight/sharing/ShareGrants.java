package dev.gridsight.sharing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a user reaches a target through a share to them: for modules whose things can
 * be shared (the dashboard's tabs), asked after their own membership check failed.
 */
public interface ShareGrants {

	/**
	 * The sharer of a live share of this target to this user that allows the access
	 * ({@code edit}: an edit share; otherwise any), if that sharer may still share it;
	 * reads through the grant use the sharer's workspace rights, for this target only.
	 */
	Optional<UUID> grantor(String targetType, UUID targetId, UUID userId, boolean edit);

	/**
	 * The live shares of this kind of target to the user whose sharers may still share
	 * them, one per target (an edit share before a view share).
	 */
	List<Grant> sharedWith(String targetType, UUID userId);

	/** A target shared with a user: by whom, and whether for editing. */
	record Grant(UUID targetId, UUID grantorId, boolean edit) {
	}

}
