package dev.gridsight.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

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

	final LoginThrottle throttle = new LoginThrottle(new IdentityProperties.Throttle(2, 5, Duration.ofMinutes(15),
			Duration.ofMillis(500), Duration.ofSeconds(3)), clock);

	@Test
	void answersAtOnceForTheFirstFailures() {
		throttle.fail("email:a");
		throttle.fail("email:a");
		assertThat(throttle.admit("email:a")).isEqualTo(Duration.ofMillis(500));
		assertThat(throttle.admit("email:b")).isZero();
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
	void refusesPastTheMaximumUntilTheWindowPasses() {
		for (int i = 0; i < 5; i++) {
			throttle.fail("ip:1.2.3.4");
		}
		assertThatThrownBy(() -> throttle.admit("email:x", "ip:1.2.3.4")).isInstanceOf(TooManyRequests.class)
			.satisfies(ex -> assertThat(((TooManyRequests) ex).retryAfter()).isEqualTo(Duration.ofMinutes(15)));

		clock.now = clock.now.plus(Duration.ofMinutes(16));
		assertThat(throttle.admit("email:x", "ip:1.2.3.4")).isZero();
	}

	@Test
	void successClearsTheCount() {
		throttle.fail("email:a");
		throttle.fail("email:a");
		throttle.fail("email:a");
		throttle.succeed("email:a");
		assertThat(throttle.admit("email:a")).isZero();
	}

}
