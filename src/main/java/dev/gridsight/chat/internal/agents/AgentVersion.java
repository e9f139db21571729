package dev.gridsight.chat.internal.agents;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One saved version of an agent.
 *
 * @param savedBy who saved it; null for a seeded agent (or a saver since deleted)
 * @param note what the save was: created, edited, reverted to a version, seeded
 */
record AgentVersion(UUID agentId, UUID workspaceId, int version, AgentContent content, UUID savedBy,
		OffsetDateTime savedAt, String note) {
}
