package dev.gridsight.identity;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC login switched on by configuration alone: the provider is listed and sign-in
 * starts there.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.security.oauth2.client.registration.keycloak.client-id=gridsight",
		"spring.security.oauth2.client.registration.keycloak.client-secret=unused-in-this-test",
		"spring.security.oauth2.client.registration.keycloak.client-name=Company SSO",
		"spring.security.oauth2.client.registration.keycloak.scope=openid,email,profile",
		"spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.keycloak.authorization-uri=http://idp.invalid/auth",
		"spring.security.oauth2.client.provider.keycloak.token-uri=http://idp.invalid/token",
		"spring.security.oauth2.client.provider.keycloak.jwk-set-uri=http://idp.invalid/certs",
		"spring.security.oauth2.client.provider.keycloak.user-name-attribute=sub" })
class OidcLoginIT {

	@LocalServerPort
	int port;

	@Test
	void listsTheProviderAndRedirectsToIt() {
		ApiClient browser = new ApiClient(port);
		ApiClient.Response providers = browser.get("/api/auth/providers");
		assertThat(providers.json().path("oidc").get(0).path("name").asString()).isEqualTo("Company SSO");
		String loginUrl = providers.json().path("oidc").get(0).path("loginUrl").asString();

		ApiClient.Response start = browser.get(loginUrl);
		assertThat(start.status()).isEqualTo(302);
		URI location = URI.create(start.header("Location"));
		assertThat(location.getHost()).isEqualTo("idp.invalid");
		assertThat(location.getQuery()).contains("client_id=gridsight", "response_type=code", "state=",
				"redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/keycloak");
	}

	@Test
	void passwordLoginKeepsWorking() {
		assertThat(new ApiClient(port).login(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD).status())
			.isEqualTo(200);
	}

}
