package dev.gridsight.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One stored line of the audit log. */
public record AuditEntry(long id, OffsetDateTime at, UUID actorId, String actorEmail, String action, String targetType,
		String targetId, String detail, String ip) {
}
