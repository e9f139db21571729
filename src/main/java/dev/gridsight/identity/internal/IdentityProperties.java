package dev.gridsight.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridsight.auth.*}: first admin, login throttling and outside identities.
 *
 * @param adminEmail the first admin's e-mail ({@code GRIDSIGHT_ADMIN_EMAIL})
 * @param adminPassword the first admin's password ({@code GRIDSIGHT_ADMIN_PASSWORD}); a
 * random one is printed once when absent
 * @param throttle how failed logins slow down and then stop
 * @param emailClaim the JWT / OIDC claim holding the e-mail
 * @param provisionExternalUsers whether a valid outside identity with an unknown e-mail
 * gets a member account
 */
@ConfigurationProperties("gridsight.auth")
record IdentityProperties(String adminEmail, String adminPassword, Throttle throttle, String emailClaim,
		Boolean provisionExternalUsers) {

	IdentityProperties {
		if (throttle == null) {
			throttle = new Throttle(3, 10, null, Duration.ofMinutes(15), Duration.ofMillis(500), Duration.ofSeconds(4));
		}
		if (emailClaim == null || emailClaim.isBlank()) {
			emailClaim = "email";
		}
		if (provisionExternalUsers == null) {
			provisionExternalUsers = true;
		}
	}

	/**
	 * @param freeFailures failures before answers start to slow down
	 * @param maxFailures failures on one account from one address after which that pair
	 * gets 429 until the window passes
	 * @param addressMaxFailures failures from one address, on any accounts, after which
	 * the address gets 429 until the window passes (default five times
	 * {@code maxFailures})
	 * @param window how long failures are remembered
	 * @param baseDelay the first delay, doubled with each further failure of the pair or
	 * of the account
	 * @param maxDelay the longest delay; failures on an account from many addresses never
	 * do more than this
	 */
	record Throttle(int freeFailures, int maxFailures, Integer addressMaxFailures, Duration window, Duration baseDelay,
			Duration maxDelay) {

		Throttle {
			if (addressMaxFailures == null) {
				addressMaxFailures = 5 * maxFailures;
			}
		}

	}

}
