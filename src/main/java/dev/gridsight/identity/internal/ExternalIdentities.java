package dev.gridsight.identity.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import dev.gridsight.identity.AuthenticatedUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;

/**
 * People who sign in through an outside identity provider (OIDC login, or a JWT from
 * Supabase Auth, Keycloak, Auth0): matched to a Gridsight account by the e-mail claim.
 */
@Component
class ExternalIdentities {

	private final UserService users;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	ExternalIdentities(UserService users, IdentityProperties properties, ApplicationEventPublisher events) {
		this.users = users;
		this.properties = properties;
		this.events = events;
	}

	String emailClaim() {
		return properties.emailClaim();
	}

	UserAccount resolve(String email, String displayName) {
		return users.findOrProvision(email, displayName, properties.provisionExternalUsers());
	}

	static UsernamePasswordAuthenticationToken authenticationFor(UserAccount user, Object credentials) {
		return UsernamePasswordAuthenticationToken.authenticated(new AuthenticatedUser(user.id(), user.email()),
				credentials, List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
	}

	/**
	 * The JWT resource server's converter: a valid token for a known (or provisioned)
	 * e-mail.
	 */
	AbstractAuthenticationToken fromJwt(Jwt jwt) {
		String email = jwt.getClaimAsString(properties.emailClaim());
		if (email == null || email.isBlank()) {
			throw new InvalidBearerTokenException("The token has no '" + properties.emailClaim() + "' claim.");
		}
		try {
			UserAccount user = resolve(email, jwt.getClaimAsString("name"));
			return authenticationFor(user, null);
		}
		catch (NotFound ex) {
			throw new InvalidBearerTokenException("No Gridsight account for this token.");
		}
	}

	void recordOidcLogin(UserAccount user, String registrationId) {
		events
			.publishEvent(AuditEvent.of(user.id(), user.email(), "login", "user", user.id(), "oidc:" + registrationId));
	}

}
