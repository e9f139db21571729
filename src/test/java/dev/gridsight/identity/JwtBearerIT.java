package dev.gridsight.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWTs such as Supabase Auth, Keycloak or Auth0 issue, checked against a locally
 * generated key pair.
 */
@IntegrationTest
class JwtBearerIT {

	static final KeyPair TRUSTED = generate();

	static final KeyPair STRANGER = generate();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void jwt(DynamicPropertyRegistry registry) throws Exception {
		Path pem = Files.createTempFile("gridsight-jwt", ".pem");
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded());
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
	}

	static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String jwt(KeyPair keys, String email, Instant expires) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("ext-" + email)
			.claim("email", email)
			.claim("name", "External Person")
			.issueTime(Date.from(Instant.now().minusSeconds(60)))
			.expirationTime(Date.from(expires))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	@Test
	void aValidJwtSignsInAndProvisionsAMember() throws Exception {
		String email = "jwt-" + System.nanoTime() + "@idp.test";
		ApiClient client = new ApiClient(port).bearer(jwt(TRUSTED, email, Instant.now().plusSeconds(300)));

		ApiClient.Response me = client.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("email").asString()).isEqualTo(email);
		assertThat(me.json().path("role").asString()).isEqualTo("member");
		assertThat(client.post("/api/workspaces", Map.of("name", "via JWT")).status()).isEqualTo(201);
	}

	@Test
	void anExistingAccountIsMatchedByEmail() throws Exception {
		Accounts.Person person = new Accounts(port).member();
		ApiClient.Response me = new ApiClient(port).bearer(jwt(TRUSTED, person.email(), Instant.now().plusSeconds(300)))
			.get("/api/me");
		assertThat(me.json().path("id").asString()).isEqualTo(person.id());
	}

	@Test
	void refusesExpiredAndForeignTokens() throws Exception {
		ApiClient.Response expired = new ApiClient(port)
			.bearer(jwt(TRUSTED, "late@idp.test", Instant.now().minusSeconds(600)))
			.get("/api/me");
		ApiClient.Response foreign = new ApiClient(port)
			.bearer(jwt(STRANGER, "forger@idp.test", Instant.now().plusSeconds(300)))
			.get("/api/me");

		assertThat(expired.status()).isEqualTo(401);
		assertThat(foreign.status()).isEqualTo(401);
		assertThat(foreign.detail()).isEqualTo("The bearer token is invalid or expired.");
	}

	@Test
	void personalTokensStillWorkBesideJwts() {
		Accounts.Person person = new Accounts(port).member();
		String token = person.client()
			.post("/api/tokens", Map.of("name", "side by side"))
			.json()
			.path("token")
			.asString();
		assertThat(new ApiClient(port).bearer(token).get("/api/me").json().path("email").asString())
			.isEqualTo(person.email());
	}

}
