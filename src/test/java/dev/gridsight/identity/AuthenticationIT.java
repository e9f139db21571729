package dev.gridsight.identity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationIT {

	@LocalServerPort
	int port;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	@Test
	void signsInAndOutWithASessionCookie() {
		ApiClient browser = new ApiClient(port);
		assertThat(browser.get("/api/me").status()).isEqualTo(401);

		ApiClient.Response login = browser.login(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().path("role").asString()).isEqualTo("admin");
		assertThat(browser.cookie("GRIDSIGHT_SESSION")).isNotBlank();
		assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();

		ApiClient.Response me = browser.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("email").asString()).isEqualTo(IntegrationTest.ADMIN_EMAIL);
		assertThat(me.json().path("personalWorkspaceId").asString()).isEqualTo(me.json().path("id").asString());

		assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
		assertThat(browser.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void changesTheSessionIdOnSignIn() {
		ApiClient browser = new ApiClient(port);
		browser.loginOk(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
		String first = browser.cookie("GRIDSIGHT_SESSION");
		browser.loginOk(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
		assertThat(browser.cookie("GRIDSIGHT_SESSION")).isNotEqualTo(first);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndKeepsThisOneUnderANewId() {
		Accounts.Person person = accounts.member();
		ApiClient laptop = person.client();
		ApiClient phone = new ApiClient(port);
		phone.loginOk(person.email(), person.password());
		String token = laptop.post("/api/tokens", Map.of("name", "survives")).json().path("token").asString();
		String sessionBefore = laptop.cookie("GRIDSIGHT_SESSION");

		ApiClient.Response changed = laptop.post("/api/me/password",
				Map.of("currentPassword", person.password(), "newPassword", "changed-password-1"));

		assertThat(changed.status()).isEqualTo(204);
		assertThat(phone.get("/api/me").status()).isEqualTo(401);
		assertThat(laptop.get("/api/me").status()).isEqualTo(200);
		assertThat(laptop.cookie("GRIDSIGHT_SESSION")).isNotEqualTo(sessionBefore);
		assertThat(new ApiClient(port).bearer(token).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void changingThePasswordWithAnApiTokenEndsEverySession() {
		Accounts.Person person = accounts.member();
		String token = person.client().post("/api/tokens", Map.of("name", "script")).json().path("token").asString();

		ApiClient.Response changed = new ApiClient(port).bearer(token)
			.post("/api/me/password",
					Map.of("currentPassword", person.password(), "newPassword", "changed-password-2"));

		assertThat(changed.status()).isEqualTo(204);
		assertThat(person.client().get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void sendsTheContentSecurityPolicyOnPagesApiAnswersAndErrors() {
		ApiClient browser = new ApiClient(port);
		ApiClient.Response page = browser.get("/");
		ApiClient.Response api = browser.get("/api/auth/csrf");
		ApiClient.Response unauthorized = browser.get("/api/me");
		ApiClient.Response notFound = accounts.admin().get("/api/workspaces/" + java.util.UUID.randomUUID());

		assertThat(api.status()).isEqualTo(200);
		assertThat(unauthorized.header("Content-Type")).startsWith("application/problem+json");
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.header("Content-Type")).startsWith("application/problem+json");
		for (ApiClient.Response response : java.util.List.of(page, api, unauthorized, notFound)) {
			assertThat(response.header("Content-Security-Policy")).isEqualTo(CONTENT_SECURITY_POLICY);
		}
	}

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	@Test
	void answersWrongPasswordAndUnknownUserAlike() {
		Accounts.Person person = accounts.member();
		ApiClient.Response wrongPassword = new ApiClient(port).login(person.email(), "not-the-password");
		ApiClient.Response unknownUser = new ApiClient(port).login("nobody-" + person.email(), "not-the-password");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownUser.status()).isEqualTo(401);
		assertThat(wrongPassword.detail()).isEqualTo("Invalid email or password.").isEqualTo(unknownUser.detail());
		assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void refusesChangesWithoutTheCsrfToken() {
		ApiClient browser = new ApiClient(port);
		browser.loginOk(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
		browser.withoutCsrf();

		ApiClient.Response response = browser.post("/api/workspaces", Map.of("name", "csrf-less"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.detail()).contains("CSRF");
		assertThat(accounts.admin().get("/api/workspaces?size=200").body()).doesNotContain("csrf-less");
	}

	@Test
	void namesTheFieldOfAValidationError() {
		ApiClient browser = accounts.admin();
		ApiClient.Response response = browser.post("/api/tokens", Map.of("name", ""));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
		assertThat(response.detail()).contains("'name'");
	}

	@Test
	void explainsMalformedJsonAndStoresNothing() {
		ApiClient browser = accounts.admin();
		ApiClient.Response response = browser.postRaw("/api/workspaces", "{\"name\": \"half", "application/json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.detail()).startsWith("The request body is not valid JSON");
		assertThat(browser.get("/api/workspaces?size=200").body()).doesNotContain("half");
	}

	@Test
	void refusesOversizedBodiesWith413AndStoresNothing() {
		ApiClient browser = accounts.admin();
		String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";

		ApiClient.Response response = browser.postRaw("/api/workspaces", huge, "application/json");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.detail()).contains("larger than the limit");
		assertThat(browser.get("/api/workspaces?size=200").body()).doesNotContain("xxxxxxxx");
	}

	@Test
	void neverLogsPasswordsOrTokens(CapturedOutput output) {
		Accounts.Person person = accounts.member();
		new ApiClient(port).login(person.email(), "wrong-" + person.password());
		String token = person.client()
			.post("/api/tokens", Map.of("name", "secret-check"))
			.json()
			.path("token")
			.asString();
		new ApiClient(port).bearer(token).get("/api/me");
		new ApiClient(port).bearer(token + "x").get("/api/me");

		assertThat(token).startsWith("gs_");
		assertThat(output.getAll()).doesNotContain(person.password()).doesNotContain(token);
	}

}
