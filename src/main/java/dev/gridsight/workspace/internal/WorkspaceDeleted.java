package dev.gridsight.workspace.internal;

import java.util.UUID;

/**
 * A workspace was deleted (inside the workspace module: its files' bytes on disk go once
 * the deletion commits; the database rows go with the workspace by cascade).
 */
public record WorkspaceDeleted(UUID workspaceId) {
}
