package dev.gridsight.workspace.internal;

import java.util.UUID;

import dev.gridsight.workspace.WorkspaceRole;

record Member(UUID userId, String email, String displayName, WorkspaceRole role) {
}
