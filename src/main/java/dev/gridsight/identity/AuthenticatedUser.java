package dev.gridsight.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * The principal kept in the session or built from a token: only the id, never a secret.
 */
public record AuthenticatedUser(UUID userId, String email) implements Principal, Serializable {

	@Override
	public String getName() {
		return userId.toString();
	}

}
