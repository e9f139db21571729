package dev.gridsight.energy.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored site: its model as the JSON the user saved, and its last fit, if any. */
record EnergySite(UUID id, UUID workspaceId, String name, String modelJson, String fitJson, UUID createdBy,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
