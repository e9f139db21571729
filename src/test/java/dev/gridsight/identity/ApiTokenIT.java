package dev.gridsight.identity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokenIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	@Test
	void showsTheTokenOnceAndStoresOnlyItsHash() {
		Accounts.Person person = accounts.member();
		ApiClient.Response created = person.client().post("/api/tokens", Map.of("name", "ci"));
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().path("token").asString();
		assertThat(token).startsWith("gs_").hasSizeGreaterThan(40);

		ApiClient.Response list = person.client().get("/api/tokens");
		assertThat(list.json().path("total").asLong()).isEqualTo(1);
		assertThat(list.body()).doesNotContain(token);
		assertThat(list.json().path("items").get(0).path("prefix").asString()).isEqualTo(token.substring(0, 11));
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aTokenActsAsItsOwnerWithoutCsrf() {
		Accounts.Person person = accounts.member();
		String token = person.client().post("/api/tokens", Map.of("name", "script")).json().path("token").asString();
		ApiClient script = new ApiClient(port).bearer(token);

		assertThat(script.get("/api/me").json().path("email").asString()).isEqualTo(person.email());
		ApiClient.Response created = script.post("/api/workspaces", Map.of("name", "From a script"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(script.cookie("GRIDSIGHT_SESSION")).as("bearer calls open no session").isNull();
	}

	@Test
	void aRevokedTokenStopsWorking() {
		Accounts.Person person = accounts.member();
		ApiClient.Response created = person.client().post("/api/tokens", Map.of("name", "short-lived"));
		String token = created.json().path("token").asString();
		String id = created.json().path("id").asString();

		assertThat(person.client().delete("/api/tokens/" + id).status()).isEqualTo(204);

		ApiClient.Response refused = new ApiClient(port).bearer(token).get("/api/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.detail()).isEqualTo("The API token is invalid, expired or revoked.");
		assertThat(person.client().get("/api/tokens").json().path("total").asLong()).isZero();
	}

	@Test
	void anExpiredTokenStopsWorking() {
		Accounts.Person person = accounts.member();
		ApiClient.Response created = person.client().post("/api/tokens", Map.of("name", "week", "expiresInDays", 7));
		String token = created.json().path("token").asString();
		assertThat(new ApiClient(port).bearer(token).get("/api/me").status()).isEqualTo(200);

		jdbc.sql("update api_tokens set expires_at = created_at - interval '1' day where id = ?")
			.param(java.util.UUID.fromString(created.json().path("id").asString()))
			.update();

		ApiClient.Response refused = new ApiClient(port).bearer(token).get("/api/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.detail()).isEqualTo("The API token is invalid, expired or revoked.");
	}

	@Test
	void anUnknownOrMalformedBearerGetsTheSameAnswer() {
		ApiClient.Response unknown = new ApiClient(port).bearer("gs_" + "a".repeat(43)).get("/api/me");
		ApiClient.Response malformed = new ApiClient(port).bearer("not-a-token").get("/api/me");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(malformed.status()).isEqualTo(401);
		assertThat(unknown.detail()).isEqualTo(malformed.detail());
	}

	@Test
	void nobodyCanSeeOrRevokeAnotherUsersToken() {
		Accounts.Person owner = accounts.member();
		Accounts.Person other = accounts.member();
		ApiClient.Response created = owner.client().post("/api/tokens", Map.of("name", "mine"));
		String id = created.json().path("id").asString();

		assertThat(other.client().get("/api/tokens").body()).doesNotContain(id);
		ApiClient.Response revoke = other.client().delete("/api/tokens/" + id);
		assertThat(revoke.status()).isEqualTo(404);
		assertThat(new ApiClient(port).bearer(created.json().path("token").asString()).get("/api/me").status())
			.isEqualTo(200);
	}

	@Test
	void rejectsANonsenseExpiry() {
		ApiClient.Response response = accounts.member()
			.client()
			.post("/api/tokens", Map.of("name", "x", "expiresInDays", 0));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("expiresInDays");
	}

}
