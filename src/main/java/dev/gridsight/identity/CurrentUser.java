package dev.gridsight.identity;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.Unauthorized;

/**
 * The one place services learn who is acting. The account is read fresh on every call, so
 * a role change applies to open sessions at once.
 */
@Component
public class CurrentUser {

	private final UserDirectory users;

	CurrentUser(UserDirectory users) {
		this.users = users;
	}

	public UserAccount get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AuthenticatedUser principal)) {
			throw new Unauthorized("Sign in first: this needs a session or a valid API token.");
		}
		return users.findById(principal.userId()).orElseThrow(() -> new Unauthorized("Your account no longer exists."));
	}

	public UUID id() {
		return get().id();
	}

	public UserAccount requireAdmin() {
		UserAccount user = get();
		if (!user.isAdmin()) {
			throw new Forbidden("Only an administrator may do this.");
		}
		return user;
	}

}
