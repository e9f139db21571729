package dev.gridsight.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import dev.gridsight.identity.AuthenticatedUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.Unauthorized;

/**
 * {@code Authorization: Bearer gs_…} signs the request in as the token's owner, for this
 * request only. Other bearer values are left to the JWT resource server when one is
 * configured, and refused otherwise.
 */
class PersonalTokenFilter extends OncePerRequestFilter {

	static final String INVALID = "The API token is invalid, expired or revoked.";

	private final ApiTokenService tokens;

	private final UserService users;

	private final boolean jwtEnabled;

	private final HandlerExceptionResolver errors;

	PersonalTokenFilter(ApiTokenService tokens, UserService users, boolean jwtEnabled,
			HandlerExceptionResolver errors) {
		this.tokens = tokens;
		this.users = users;
		this.jwtEnabled = jwtEnabled;
		this.errors = errors;
	}

	static boolean isPersonalToken(String bearer) {
		return bearer.startsWith(ApiTokenService.PREFIX);
	}

	/**
	 * A streamed response (server-sent events) ends with an async dispatch that is
	 * authorized again: the token signs it in as it did the request.
	 */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String bearer = header.substring(7).trim();
		if (!isPersonalToken(bearer)) {
			if (jwtEnabled) {
				chain.doFilter(request, response);
			}
			else {
				errors.resolveException(request, response, null, new Unauthorized(INVALID));
			}
			return;
		}
		UUID userId = tokens.authenticate(bearer).orElse(null);
		UserAccount user = userId == null ? null : users.findById(userId).orElse(null);
		if (user == null) {
			errors.resolveException(request, response, null, new Unauthorized(INVALID));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(new AuthenticatedUser(user.id(), user.email()), null,
						List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
