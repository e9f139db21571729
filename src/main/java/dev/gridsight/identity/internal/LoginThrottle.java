package dev.gridsight.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.gridsight.platform.TooManyRequests;

/**
 * Counts sign-in attempts that did not succeed, in memory and per instance. Each attempt
 * is reserved (counted as a failure) before its password is checked and released when it
 * succeeds, so concurrent attempts cannot all pass a check made before any of them
 * failed.
 * <ul>
 * <li>the (account, client address) pair: past {@code maxFailures} it gets 429 until the
 * window has passed;</li>
 * <li>the client address: past {@code addressMaxFailures} it gets 429, whatever account
 * it tries;</li>
 * <li>the account across addresses: only slows down, by at most {@code maxDelay}, so that
 * nobody can lock an owner out of their account by failing on purpose.</li>
 * </ul>
 */
class LoginThrottle {

	private static final int MAX_KEYS = 100_000;

	private final IdentityProperties.Throttle settings;

	private final Clock clock;

	// one lock for check-and-count over several keys; the work under it is a few map
	// operations
	private final Map<String, Failures> failures = new HashMap<>();

	LoginThrottle(IdentityProperties.Throttle settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	private record Failures(int count, Instant first) {
	}

	/**
	 * A reserved attempt: already counted as a failure. Pass it to
	 * {@link #succeeded(Attempt)} when the password was right.
	 *
	 * @param delay how long to wait before checking the password
	 */
	record Attempt(String pairKey, String addressKey, String accountKey, Duration delay) {
	}

	/**
	 * Counts an attempt for this account from this address, or throws 429 when the pair
	 * or the address has no attempts left in the window.
	 */
	synchronized Attempt reserve(String email, String clientAddress) {
		Instant now = clock.instant();
		String account = "account:" + UserRepository.normalize(email);
		String address = "address:" + clientAddress;
		String pair = "pair:" + UserRepository.normalize(email) + " " + clientAddress;
		Failures pairFailures = current(pair, now);
		Failures addressFailures = current(address, now);
		refuseOver(pairFailures, settings.maxFailures(), now);
		refuseOver(addressFailures, settings.addressMaxFailures(), now);
		Failures accountFailures = current(account, now);
		// the address count does not delay: people behind one NAT would wait for each
		// other
		int worst = Math.max(count(pairFailures), count(accountFailures));
		if (failures.size() > MAX_KEYS) {
			failures.values().removeIf(entry -> expired(entry, now));
		}
		count(pair, pairFailures, now);
		count(address, addressFailures, now);
		count(account, accountFailures, now);
		return new Attempt(pair, address, account, delayFor(worst));
	}

	/**
	 * The password was right: the pair and the account start afresh; the address only
	 * gets this attempt back, so one's own account cannot reset the address's budget.
	 */
	synchronized void succeeded(Attempt attempt) {
		failures.remove(attempt.pairKey());
		failures.remove(attempt.accountKey());
		failures.computeIfPresent(attempt.addressKey(),
				(key, old) -> old.count() <= 1 ? null : new Failures(old.count() - 1, old.first()));
	}

	Duration delayFor(int failureCount) {
		int over = failureCount - settings.freeFailures();
		if (over < 0) {
			return Duration.ZERO;
		}
		Duration delay = settings.baseDelay().multipliedBy(1L << Math.min(over, 20));
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

	private void refuseOver(Failures entry, int limit, Instant now) {
		if (entry != null && entry.count() >= limit) {
			Duration retryAfter = Duration.between(now, entry.first().plus(settings.window()));
			throw new TooManyRequests("Too many failed sign-in attempts. Try again in "
					+ Math.max(1, retryAfter.toMinutes()) + " minute(s).", retryAfter);
		}
	}

	private void count(String key, Failures current, Instant now) {
		failures.put(key, current == null ? new Failures(1, now) : new Failures(current.count() + 1, current.first()));
	}

	private static int count(Failures entry) {
		return entry == null ? 0 : entry.count();
	}

	private Failures current(String key, Instant now) {
		Failures entry = failures.get(key);
		return entry == null || expired(entry, now) ? null : entry;
	}

	private boolean expired(Failures entry, Instant now) {
		return !entry.first().plus(settings.window()).isAfter(now);
	}

}
