package dev.gridsight.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling through HTTP. The server trusts {@code X-Forwarded-For} here, so each test
 * signs in from addresses of its own and tests do not share an address's budget.
 */
@IntegrationTest
@TestPropertySource(properties = { "gridsight.auth.throttle.free-failures=1", "gridsight.auth.throttle.max-failures=3",
		"gridsight.auth.throttle.address-max-failures=60", "gridsight.auth.throttle.window=15m",
		"gridsight.auth.throttle.base-delay=1ms", "gridsight.auth.throttle.max-delay=2ms",
		"server.forward-headers-strategy=native" })
class LoginThrottlingIT {

	@LocalServerPort
	int port;

	@Test
	void repeatedFailuresEndIn429EvenForTheRightPassword() {
		Accounts.Person person = new Accounts(port).member();
		for (int i = 0; i < 3; i++) {
			assertThat(client("203.0.113.1").login(person.email(), "wrong").status()).isEqualTo(401);
		}
		ApiClient.Response blocked = client("203.0.113.1").login(person.email(), person.password());

		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.detail()).contains("Too many failed sign-in attempts");
		assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
	}

	@Test
	void concurrentGuessesOnOneAccountGetOnlyTheRemainingBudget() throws Exception {
		Accounts.Person person = new Accounts(port).member();
		for (int i = 0; i < 2; i++) {
			assertThat(client("203.0.113.2").login(person.email(), "wrong").status()).isEqualTo(401);
		}

		Map<Integer, Long> statuses = concurrently(40,
				i -> () -> client("203.0.113.2").login(person.email(), "guess-" + i));

		// one attempt was left before the limit of 3: one was checked, the rest refused
		assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(401, 1L, 429, 39L));
		assertThat(client("203.0.113.2").login(person.email(), person.password()).status()).isEqualTo(429);
	}

	@Test
	void concurrentAttemptsFromOneAddressStopAtTheAddressBudget() throws Exception {
		Map<Integer, Long> statuses = concurrently(200,
				i -> () -> client("203.0.113.3").login("nobody-" + UUID.randomUUID() + "@it.test", "wrong"));

		assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(401, 60L, 429, 140L));
	}

	@Test
	void theOwnerSignsInFromAFreshAddressAfterFailuresFromManyOthers() {
		Accounts.Person person = new Accounts(port).member();
		for (int i = 1; i <= 12; i++) {
			assertThat(client("198.51.100." + i).login(person.email(), "wrong").status()).isEqualTo(401);
		}
		for (int i = 0; i < 3; i++) {
			client("198.51.100.1").login(person.email(), "wrong");
		}
		assertThat(client("198.51.100.1").login(person.email(), person.password()).status()).isEqualTo(429);

		assertThat(client("192.0.2.200").login(person.email(), person.password()).status()).isEqualTo(200);
	}

	private ApiClient client(String address) {
		return new ApiClient(port).from(address);
	}

	/**
	 * Runs the calls at once behind a start gate and counts the answers by status.
	 */
	private static Map<Integer, Long> concurrently(int count, IntFunction<Callable<ApiClient.Response>> call)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ApiClient.Response>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<ApiClient.Response> attempt = call.apply(i);
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					return attempt.call();
				}));
			}
			ready.await();
			start.countDown();
			List<ApiClient.Response> responses = new ArrayList<>();
			for (Future<ApiClient.Response> future : futures) {
				responses.add(future.get());
			}
			for (ApiClient.Response response : responses) {
				if (response.status() == 429) {
					assertThat(response.header("Retry-After")).isNotBlank();
				}
			}
			return responses.stream().collect(Collectors.groupingBy(ApiClient.Response::status, Collectors.counting()));
		}
		finally {
			pool.shutdownNow();
		}
	}

}
