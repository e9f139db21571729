package dev.gridsight.workspace;

import java.util.UUID;

/**
 * The check every workspace-scoped service runs first. A workspace the user is not a
 * member of is reported as not found, so ids of other people's workspaces reveal nothing.
 */
public interface WorkspaceAccess {

	/** The user's role, after checking it is at least {@code required}. */
	WorkspaceRole require(UUID workspaceId, UUID userId, WorkspaceRole required);

}
