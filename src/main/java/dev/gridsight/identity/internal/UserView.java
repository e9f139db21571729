package dev.gridsight.identity.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.gridsight.identity.UserAccount;

/** How an account appears in the HTTP API. */
record UserView(UUID id, String email, String displayName, String role, UUID personalWorkspaceId,
		OffsetDateTime createdAt) {

	static UserView of(UserAccount user) {
		return new UserView(user.id(), user.email(), user.displayName(), user.role().wire(), user.personalWorkspaceId(),
				user.createdAt());
	}

}
