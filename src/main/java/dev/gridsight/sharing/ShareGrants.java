package dev.gridsight.sharing;

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

}
