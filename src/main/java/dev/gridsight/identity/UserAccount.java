package dev.gridsight.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who can sign in. Their personal workspace has the same id as the account. */
public record UserAccount(UUID id, String email, String displayName, Role role, OffsetDateTime createdAt) {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public UUID personalWorkspaceId() {
		return id;
	}

}
