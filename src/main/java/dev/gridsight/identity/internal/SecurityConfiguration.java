package dev.gridsight.identity.internal;

import java.io.IOException;
import java.time.Clock;

import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

import dev.gridsight.identity.AuthenticatedUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.Unauthorized;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Who may call what. Browser sessions: cookie + CSRF token (cookie XSRF-TOKEN, header
 * X-XSRF-TOKEN). Scripts: {@code Authorization: Bearer} with a personal API token, or a
 * JWT when a resource server is configured; bearer requests carry no ambient credentials,
 * so they skip CSRF. Fine-grained rules (admin, workspace roles) live in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * For every response. Scripts: only the app's own files, never inline. Styles: the
	 * app's own files plus inline ones, because Plotly.js injects its style rules as a
	 * style element (seen blocked in Chromium, which left the charts' tool bar unstyled),
	 * and so does the Swagger UI; styles cannot run code.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	/**
	 * Public link pages and their data ({@code /s/**}, {@code /api/public/**}, the
	 * sharing module's): reachable without a session, and the only responses that may be
	 * framed, by the sources in {@code gridsight.sharing.frame-ancestors}.
	 */
	static boolean publicLink(HttpServletRequest request) {
		// a page forwarded to index.html keeps the address it was asked for
		Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
		String path = forwarded instanceof String original ? original : request.getServletPath();
		return path.startsWith("/s/") || path.startsWith("/api/public/");
	}

	/** The MCP server's endpoint, {@code /mcp}. */
	static boolean mcp(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/mcp") || path.startsWith("/mcp/");
	}

	/** Host sources, schemes, {@code *} and quoted keywords; never a {@code ;}. */
	private static final Pattern FRAME_ANCESTORS = Pattern.compile("[A-Za-z0-9*.:/'_-]+( [A-Za-z0-9*.:/'_-]+)*");

	static String publicContentSecurityPolicy(String frameAncestors) {
		String sources = frameAncestors == null || frameAncestors.isBlank() ? "*" : frameAncestors.trim();
		if (!FRAME_ANCESTORS.matcher(sources).matches()) {
			throw new IllegalStateException("gridsight.sharing.frame-ancestors must be CSP sources separated by "
					+ "spaces, like \"https://intranet.example.com 'self'\", not '" + sources + "'.");
		}
		return CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors " + sources);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	LoginThrottle loginThrottle(IdentityProperties properties, Clock clock) {
		return new LoginThrottle(properties.throttle(), clock);
	}

	@Bean
	UnknownAccountFailures unknownAccountFailures(ApplicationEventPublisher events, Clock clock,
			IdentityProperties properties) {
		return new UnknownAccountFailures(events, clock, properties.throttle().window());
	}

	@Bean
	LoginService.Sleeper loginSleeper() {
		return duration -> {
			try {
				Thread.sleep(duration.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
	}

	@Bean
	CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	CsrfAuthenticationStrategy csrfAuthenticationStrategy(CookieCsrfTokenRepository csrfTokenRepository) {
		CsrfAuthenticationStrategy strategy = new CsrfAuthenticationStrategy(csrfTokenRepository);
		// writes the rotated token's cookie in the sign-in response itself
		strategy.setRequestHandler(new SpaCsrfTokenRequestHandler());
		return strategy;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, UserService users,
			CookieCsrfTokenRepository csrfTokenRepository, SecurityContextRepository contextRepository,
			ExternalIdentities externalIdentities, ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors, ApplicationEventPublisher events,
			UserSessions sessions, @Value("${gridsight.sharing.frame-ancestors:*}") String frameAncestors)
			throws Exception {
		boolean jwtEnabled = jwtDecoder.getIfAvailable() != null;
		RequestMatcher bearerRequest = request -> {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		http.authorizeHttpRequests(authorize -> authorize.requestMatchers(HttpMethod.POST, "/api/auth/login")
			.permitAll()
			.requestMatchers("/api/auth/csrf", "/api/auth/providers")
			.permitAll()
			.requestMatchers("/api/docs", "/api/docs/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/api/public/**")
			.permitAll()
			.requestMatchers("/api/**")
			.authenticated()
			// the MCP server (assistant module): a personal API token, checked again
			// there
			.requestMatchers(SecurityConfiguration::mcp)
			.authenticated()
			.anyRequest()
			.permitAll());
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository)
			.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
			.ignoringRequestMatchers(bearerRequest)
			.ignoringRequestMatchers(SecurityConfiguration::publicLink)
			// the MCP server refuses everything but a personal API token: no cookie acts
			// there
			.ignoringRequestMatchers(SecurityConfiguration::mcp)
			// Login itself is exempt so scripts can sign in; the token is rotated right
			// after.
			.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
					&& "/api/auth/login".equals(request.getServletPath())));
		http.securityContext(context -> context.securityContextRepository(contextRepository));
		http.exceptionHandling(exceptions -> exceptions
			.authenticationEntryPoint((request, response, ex) -> errors.resolveException(request, response, null,
					new Unauthorized("Sign in first: this needs a session or a valid API token.")))
			.accessDeniedHandler((request, response, ex) -> errors
				.resolveException(request, response, null, new Forbidden(ex instanceof CsrfException
						? "The CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."
						: "You may not do this."))));
		http.logout(logout -> logout.logoutUrl("/api/auth/logout")
			.addLogoutHandler((request, response, authentication) -> auditLogout(events, authentication))
			.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
		RequestMatcher publicLink = SecurityConfiguration::publicLink;
		RequestMatcher app = new NegatedRequestMatcher(publicLink);
		String publicPolicy = publicContentSecurityPolicy(frameAncestors);
		http.headers(headers -> headers.frameOptions(frameOptions -> frameOptions.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(publicLink),
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(publicLink,
					new StaticHeadersWriter("Content-Security-Policy", publicPolicy)))
			// the token is in the page's address: it must not leak to other sites or
			// indexes
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(publicLink,
					new StaticHeadersWriter("Referrer-Policy", "no-referrer")))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(publicLink,
					new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow")))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(app,
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
		http.httpBasic(basic -> basic.disable());
		http.formLogin(form -> form.disable());
		http.requestCache(cache -> cache.disable());
		http.addFilterBefore(new PersonalTokenFilter(tokens, users, jwtEnabled, errors),
				UsernamePasswordAuthenticationFilter.class);
		if (jwtEnabled) {
			DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
			http.oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(request -> {
				String token = standard.resolve(request);
				return token == null || PersonalTokenFilter.isPersonalToken(token) ? null : token;
			})
				.authenticationEntryPoint((request, response, ex) -> errors.resolveException(request, response, null,
						new Unauthorized("The bearer token is invalid or expired.")))
				.jwt(jwt -> jwt.jwtAuthenticationConverter(externalIdentities::fromJwt)));
		}
		if (clientRegistrations.getIfAvailable() != null) {
			http.oauth2Login(login -> login.successHandler((request, response, authentication) -> {
				onOidcLogin(request, response, authentication, externalIdentities, contextRepository, sessions);
			}).failureHandler((request, response, ex) -> response.sendRedirect("/login?error=oidc")));
		}
		return http.build();
	}

	private static void auditLogout(ApplicationEventPublisher events, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			events.publishEvent(AuditEvent.of(user.userId(), user.email(), "logout", "user", user.userId(), null));
		}
	}

	/**
	 * Replaces the provider's principal by the Gridsight account with the same e-mail.
	 */
	private static void onOidcLogin(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication, ExternalIdentities externalIdentities,
			SecurityContextRepository contextRepository, UserSessions sessions) throws IOException {
		OAuth2User principal = (OAuth2User) authentication.getPrincipal();
		Object email = principal instanceof OidcUser oidc && oidc.getEmail() != null ? oidc.getEmail()
				: principal.getAttribute(externalIdentities.emailClaim());
		if (email == null) {
			response.sendRedirect("/login?error=no-email");
			return;
		}
		Object name = principal.getAttribute("name");
		UserAccount user;
		try {
			user = externalIdentities.resolve(email.toString(), name == null ? null : name.toString());
		}
		catch (RuntimeException ex) {
			response.sendRedirect("/login?error=no-account");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(ExternalIdentities.authenticationFor(user, null));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		sessions.signedIn(user.id(), request.getSession());
		String registrationId = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
		externalIdentities.recordOidcLogin(user, registrationId);
		response.sendRedirect("/");
	}

}
