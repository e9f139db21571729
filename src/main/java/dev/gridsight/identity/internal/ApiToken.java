package dev.gridsight.identity.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal API token as listed: its secret is never stored, only its hash. */
record ApiToken(UUID id, UUID userId, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
		OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
}
