package dev.gridsight.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = { "gridsight.auth.throttle.free-failures=1", "gridsight.auth.throttle.max-failures=3",
		"gridsight.auth.throttle.window=15m", "gridsight.auth.throttle.base-delay=1ms",
		"gridsight.auth.throttle.max-delay=2ms" })
class LoginThrottlingIT {

	@LocalServerPort
	int port;

	@Test
	void repeatedFailuresEndIn429EvenForTheRightPassword() {
		Accounts.Person person = new Accounts(port).member();
		for (int i = 0; i < 3; i++) {
			assertThat(new ApiClient(port).login(person.email(), "wrong").status()).isEqualTo(401);
		}
		ApiClient.Response blocked = new ApiClient(port).login(person.email(), person.password());

		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.detail()).contains("Too many failed sign-in attempts");
		assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
	}

}
