package dev.gridsight.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.TooManyRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	final MutableClock clock = new MutableClock();

	// 2 free failures, 5 per (account, address), 12 per address
	final LoginThrottle throttle = new LoginThrottle(new IdentityProperties.Throttle(2, 5, 12, Duration.ofMinutes(15),
			Duration.ofMillis(500), Duration.ofSeconds(3)), clock);

	@Test
	void answersAtOnceForTheFirstFailures() {
		assertThat(throttle.reserve("a@x", "1.2.3.4").delay()).isZero();
		assertThat(throttle.reserve("a@x", "1.2.3.4").delay()).isZero();
		assertThat(throttle.reserve("a@x", "1.2.3.4").delay()).isEqualTo(Duration.ofMillis(500));
		assertThat(throttle.reserve("b@x", "1.2.3.4").delay()).isZero();
	}

	@Test
	void doublesTheDelayWithEachFailureUpToTheMaximum() {
		assertThat(throttle.delayFor(1)).isZero();
		assertThat(throttle.delayFor(2)).isEqualTo(Duration.ofMillis(500));
		assertThat(throttle.delayFor(3)).isEqualTo(Duration.ofMillis(1000));
		assertThat(throttle.delayFor(4)).isEqualTo(Duration.ofMillis(2000));
		assertThat(throttle.delayFor(40)).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void refusesTheAccountFromThatAddressPastTheMaximumUntilTheWindowPasses() {
		fail(5, "a@x", "1.2.3.4");

		assertThatThrownBy(() -> throttle.reserve("a@x", "1.2.3.4")).isInstanceOf(TooManyRequests.class)
			.satisfies(ex -> assertThat(((TooManyRequests) ex).retryAfter()).isEqualTo(Duration.ofMinutes(15)));
		clock.now = clock.now.plus(Duration.ofMinutes(15));
		assertThat(throttle.reserve("a@x", "1.2.3.4").delay()).isZero();
	}

	@Test
	void refusesAnAddressPastItsMaximumWhateverAccountItTries() {
		for (int i = 0; i < 12; i++) {
			throttle.reserve("user" + i + "@x", "1.2.3.4");
		}

		assertThatThrownBy(() -> throttle.reserve("fresh@x", "1.2.3.4")).isInstanceOf(TooManyRequests.class);
		assertThat(throttle.reserve("fresh@x", "5.6.7.8").delay()).isZero();
	}

	@Test
	void failuresFromManyAddressesOnlySlowTheAccountDownAndNeverLockItsOwnerOut() {
		for (int i = 0; i < 50; i++) {
			throttle.reserve("owner@x", "10.0.0." + i);
		}

		LoginThrottle.Attempt owner = throttle.reserve("owner@x", "192.0.2.1");

		assertThat(owner.delay()).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void successClearsThePairAndTheAccountButGivesTheAddressBackOnlyItsOwnAttempt() {
		fail(4, "a@x", "1.2.3.4");
		fail(4, "b@x", "1.2.3.4");
		fail(3, "c@x", "1.2.3.4");
		throttle.succeeded(throttle.reserve("a@x", "1.2.3.4"));

		assertThat(throttle.reserve("a@x", "1.2.3.4").delay()).isZero();
		// the address keeps its 11 other failures; the attempt above made 12, its maximum
		assertThatThrownBy(() -> throttle.reserve("d@x", "1.2.3.4")).isInstanceOf(TooManyRequests.class);
	}

	@Test
	void concurrentAttemptsOnOneAccountGetOnlyTheRemainingBudget() throws Exception {
		fail(4, "a@x", "1.2.3.4");

		List<Outcome> outcomes = concurrently(40, i -> () -> throttle.reserve("a@x", "1.2.3.4"));

		assertThat(outcomes).filteredOn(Outcome::admitted).hasSize(1);
		assertThat(outcomes).filteredOn(Outcome::refused).hasSize(39);
	}

	@Test
	void concurrentAttemptsFromOneAddressGetOnlyItsBudget() throws Exception {
		List<Outcome> outcomes = concurrently(200, i -> () -> throttle.reserve("user" + i + "@x", "1.2.3.4"));

		assertThat(outcomes).filteredOn(Outcome::admitted).hasSize(12);
		assertThat(outcomes).filteredOn(Outcome::refused).hasSize(188);
	}

	private void fail(int times, String email, String address) {
		for (int i = 0; i < times; i++) {
			throttle.reserve(email, address);
		}
	}

	record Outcome(boolean admitted) {

		boolean refused() {
			return !admitted;
		}

	}

	/** Runs the calls at once behind a start gate; a 429 is a refused outcome. */
	private static List<Outcome> concurrently(int count, IntFunction<Callable<?>> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<?> attempt = call.apply(i);
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					return attempt.call();
				}));
			}
			ready.await();
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<?> future : futures) {
				try {
					future.get();
					outcomes.add(new Outcome(true));
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(TooManyRequests.class);
					outcomes.add(new Outcome(false));
				}
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
