package dev.gridsight.chat.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A stored session.
 *
 * @param allowedCommands the session's narrowing of the chat policy's commands; null: no
 * narrowing
 * @param confirmChanges whether changes wait for a confirmation in this session even when
 * the policy does not ask it; null: as the policy says
 * @param engineState what the engine remembered at the end of the last turn
 * @param lastSeq the sequence number of the last event streamed
 * @param model the model this session answers with instead of its agent's; null: the
 * agent's
 * @param contextFiles the workspace files that are this session's context (never null)
 */
record ChatSessionRecord(UUID id, UUID workspaceId, UUID userId, String title, UUID agentId, UUID tabId,
		Set<String> allowedCommands, Boolean confirmChanges, String engineState, long lastSeq, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, String model, List<UUID> contextFiles) {

	ChatSessionRecord {
		contextFiles = contextFiles == null ? List.of() : List.copyOf(contextFiles);
	}

	ChatSessionRecord with(String newTitle, UUID newAgentId, UUID newTabId, Set<String> newAllowed, Boolean newConfirm,
			OffsetDateTime at) {
		return new ChatSessionRecord(id, workspaceId, userId, newTitle, newAgentId, newTabId, newAllowed, newConfirm,
				engineState, lastSeq, createdAt, at, model, contextFiles);
	}

	ChatSessionRecord withContext(String newModel, List<UUID> newFiles) {
		return new ChatSessionRecord(id, workspaceId, userId, title, agentId, tabId, allowedCommands, confirmChanges,
				engineState, lastSeq, createdAt, updatedAt, newModel, newFiles);
	}

}
