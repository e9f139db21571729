package dev.gridsight.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.gridsight.platform.TooManyRequests;

/**
 * Counts failed logins per key (the e-mail tried, and the client address): after a few
 * failures each attempt waits longer, past the maximum it is refused with 429 until the
 * window has passed. Kept in memory, per instance.
 */
class LoginThrottle {

	private static final int MAX_KEYS = 100_000;

	private final IdentityProperties.Throttle settings;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(IdentityProperties.Throttle settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	private record Failures(int count, Instant first) {
	}

	/**
	 * Throws 429 when a key is over the limit, else returns how long to wait before
	 * checking the password.
	 */
	Duration admit(String... keys) {
		Instant now = clock.instant();
		int worst = 0;
		Instant worstFirst = now;
		for (String key : keys) {
			Failures entry = current(key, now);
			if (entry != null && entry.count() > worst) {
				worst = entry.count();
				worstFirst = entry.first();
			}
		}
		if (worst >= settings.maxFailures()) {
			Duration retryAfter = Duration.between(now, worstFirst.plus(settings.window()));
			throw new TooManyRequests("Too many failed sign-in attempts. Try again in "
					+ Math.max(1, retryAfter.toMinutes()) + " minute(s).", retryAfter);
		}
		return delayFor(worst);
	}

	Duration delayFor(int failureCount) {
		int over = failureCount - settings.freeFailures();
		if (over < 0) {
			return Duration.ZERO;
		}
		Duration delay = settings.baseDelay().multipliedBy(1L << Math.min(over, 20));
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

	void fail(String... keys) {
		Instant now = clock.instant();
		if (failures.size() > MAX_KEYS) {
			failures.entrySet().removeIf(e -> expired(e.getValue(), now));
		}
		for (String key : keys) {
			failures.compute(key, (k, old) -> old == null || expired(old, now) ? new Failures(1, now)
					: new Failures(old.count() + 1, old.first()));
		}
	}

	void succeed(String... keys) {
		for (String key : keys) {
			failures.remove(key);
		}
	}

	private Failures current(String key, Instant now) {
		Failures entry = failures.get(key);
		return entry == null || expired(entry, now) ? null : entry;
	}

	private boolean expired(Failures entry, Instant now) {
		return entry.first().plus(settings.window()).isBefore(now);
	}

}
