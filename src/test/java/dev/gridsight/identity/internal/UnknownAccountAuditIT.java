package dev.gridsight.identity.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Same settings as LoginThrottlingIT, so the two share one application context. */
@IntegrationTest
@TestPropertySource(properties = { "gridsight.auth.throttle.free-failures=1", "gridsight.auth.throttle.max-failures=3",
		"gridsight.auth.throttle.address-max-failures=60", "gridsight.auth.throttle.window=15m",
		"gridsight.auth.throttle.base-delay=1ms", "gridsight.auth.throttle.max-delay=2ms",
		"server.forward-headers-strategy=native" })
class UnknownAccountAuditIT {

	@LocalServerPort
	int port;

	@Autowired
	UnknownAccountFailures unknownAccounts;

	@Test
	void failuresForMadeUpEmailsFromOneAddressBecomeTwoAuditRowsThatReportThemAll() {
		String address = "198.51.100.77";
		for (int i = 0; i < 50; i++) {
			ApiClient.Response response = new ApiClient(port).from(address)
				.login("nobody-" + UUID.randomUUID() + "@it.test", "wrong");
			assertThat(response.status()).isEqualTo(401);
		}
		unknownAccounts.closeAll();

		List<JsonNode> rows = new Accounts(port).admin()
			.get("/api/audit?size=200")
			.json()
			.path("items")
			.valueStream()
			.filter(row -> row.path("action").asString().equals("login_failed_unknown_account"))
			.filter(row -> row.path("targetId").asString().equals(address))
			.toList();

		assertThat(rows).hasSize(2);
		assertThat(rows.stream().mapToInt(row -> {
			String detail = row.path("detail").asString();
			return Integer.parseInt(detail.substring(0, detail.indexOf(' ')));
		}).sum()).isEqualTo(50);
	}

}
