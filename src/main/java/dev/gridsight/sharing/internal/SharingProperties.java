package dev.gridsight.sharing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridsight.sharing.*}. The frame-ancestors setting is read by identity's security
 * configuration, which writes the header; it is listed here so that it is documented and
 * bound in one place.
 *
 * @param frameAncestors the CSP {@code frame-ancestors} sources of public pages (default
 * {@code *}: a public link may be embedded anywhere)
 * @param requestsPerMinute public link requests allowed per client address and per token,
 * per instance (default 60)
 * @param passwordDelay how long every wrong or missing password waits before its 401
 * (default 250 ms)
 */
@ConfigurationProperties("gridsight.sharing")
record SharingProperties(String frameAncestors, int requestsPerMinute, Duration passwordDelay) {

	SharingProperties {
		if (frameAncestors == null || frameAncestors.isBlank()) {
			frameAncestors = "*";
		}
		if (requestsPerMinute <= 0) {
			requestsPerMinute = 60;
		}
		if (passwordDelay == null || passwordDelay.isNegative()) {
			passwordDelay = Duration.ofMillis(250);
		}
	}

}
