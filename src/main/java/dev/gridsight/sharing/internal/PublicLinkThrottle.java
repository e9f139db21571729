package dev.gridsight.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import dev.gridsight.platform.TooManyRequests;

/**
 * Fixed one-minute windows of public link requests, per client address and per token, in
 * memory and per instance (behind a load balancer each instance counts its own share).
 * Tokens are counted by their hash, so no token is kept in memory.
 */
@Component
class PublicLinkThrottle {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int limit;

	private final Clock clock;

	private final Cache<String, Window> windows = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(WINDOW)
		.build();

	PublicLinkThrottle(SharingProperties properties, Clock clock) {
		this.limit = properties.requestsPerMinute();
		this.clock = clock;
	}

	private record Window(Instant start, int count) {
	}

	/** Counts one request for each key; 429 when any of them is over the limit. */
	void acquire(String clientAddress, String tokenHash) {
		Instant now = clock.instant();
		Window address = count("address:" + clientAddress, now);
		Window token = count("token:" + tokenHash, now);
		Window over = address.count() > limit ? address : token.count() > limit ? token : null;
		if (over != null) {
			Duration retryAfter = Duration.between(now, over.start().plus(WINDOW));
			throw new TooManyRequests(
					"Too many requests for public links; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.",
					retryAfter);
		}
	}

	private Window count(String key, Instant now) {
		return windows.asMap()
			.compute(key, (k, old) -> old == null || !old.start().plus(WINDOW).isAfter(now) ? new Window(now, 1)
					: new Window(old.start(), old.count() + 1));
	}

}
