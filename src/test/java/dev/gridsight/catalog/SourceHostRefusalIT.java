package dev.gridsight.catalog;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default ({@code gridsight.sources.allow-private=false}) a source on loopback,
 * a private network or the cloud metadata address is refused before any connection; no
 * PostgreSQL server is needed to show it.
 */
@IntegrationTest
@TestPropertySource(properties = "gridsight.sources.allow-private=false")
class SourceHostRefusalIT {

	@LocalServerPort
	int port;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	static Map<String, Object> source(String name, String host) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("host", host);
		body.put("port", 5432);
		body.put("database", "postgres");
		body.put("username", "postgres");
		body.put("password", "irrelevant");
		return body;
	}

	@Test
	void refusesSourcesOnPrivateAddressesNamingTheAddressAndTheSetting() {
		ApiClient admin = accounts.admin();
		Map<String, String> hosts = Map.of("127.0.0.1", "127.0.0.1", "localhost", "127.0.0.1", "169.254.169.254",
				"169.254.169.254", "2130706433", "127.0.0.1", "10.0.0.5", "10.0.0.5", "[::1]", "0:0:0:0:0:0:0:1");
		for (Map.Entry<String, String> host : hosts.entrySet()) {
			ApiClient.Response refused = admin.post("/api/sources", source("local_db", host.getKey()));
			assertThat(refused.status()).as(host.getKey()).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.detail())
				.isEqualTo("The source host " + host.getKey() + " resolves to a private address (" + host.getValue()
						+ "); an admin can allow private sources with GRIDSIGHT_SOURCES_ALLOW_PRIVATE=true.");
		}
		assertThat(admin.get("/api/sources").body()).doesNotContain("local_db");
	}

}
