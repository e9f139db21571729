package dev.gridsight.workspace.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

record Workspace(UUID id, String name, boolean personal, OffsetDateTime createdAt) {
}
