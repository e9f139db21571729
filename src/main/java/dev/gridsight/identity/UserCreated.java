package dev.gridsight.identity;

import java.util.UUID;

/** Published inside the transaction that creates an account, so listeners join it. */
public record UserCreated(UUID userId, String email, String displayName) {
}
