package dev.gridsight.sharing.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored share. {@code kind} user: {@code granteeUserId} set, no token; public: a token
 * hash, optionally a password hash and an expiry, always view.
 */
record Share(UUID id, UUID workspaceId, String targetType, UUID targetId, UUID createdBy, Kind kind, UUID granteeUserId,
		Permission permission, String tokenHash, String passwordHash, OffsetDateTime expiresAt,
		boolean viewerMayChangeWindow, long accessCount, OffsetDateTime lastAccessAt, OffsetDateTime revokedAt,
		OffsetDateTime createdAt) {

	enum Kind {

		USER, PUBLIC;

		String wire() {
			return name().toLowerCase();
		}

	}

	/** Not revoked, not expired. */
	boolean liveAt(OffsetDateTime now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

}
