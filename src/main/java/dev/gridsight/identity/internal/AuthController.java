package dev.gridsight.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.identity.UserAccount;

@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final LoginService logins;

	private final SecurityContextRepository contextRepository;

	private final CsrfAuthenticationStrategy csrfStrategy;

	private final ObjectProvider<ClientRegistrationRepository> clientRegistrations;

	private final UserSessions sessions;

	AuthController(LoginService logins, SecurityContextRepository contextRepository,
			CsrfAuthenticationStrategy csrfStrategy, ObjectProvider<ClientRegistrationRepository> clientRegistrations,
			UserSessions sessions) {
		this.sessions = sessions;
		this.logins = logins;
		this.contextRepository = contextRepository;
		this.csrfStrategy = csrfStrategy;
		this.clientRegistrations = clientRegistrations;
	}

	record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {
	}

	@PostMapping("/login")
	UserView login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
		UserAccount user = logins.login(body.email(), body.password(), request.getRemoteAddr());
		var authentication = ExternalIdentities.authenticationFor(user, null);
		// A new session id on sign-in (fixation), a new CSRF token, then the context in
		// the session.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		csrfStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		sessions.signedIn(user.id(), request.getSession());
		return UserView.of(user);
	}

	@GetMapping("/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
	}

	record Provider(String id, String name, String loginUrl) {
	}

	@GetMapping("/providers")
	Map<String, List<Provider>> providers() {
		List<Provider> providers = new ArrayList<>();
		if (clientRegistrations.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object item : registrations) {
				ClientRegistration registration = (ClientRegistration) item;
				providers.add(new Provider(registration.getRegistrationId(), registration.getClientName(),
						"/oauth2/authorization/" + registration.getRegistrationId()));
			}
		}
		return Map.of("oidc", providers);
	}

}
