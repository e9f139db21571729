package dev.gridsight.identity.internal;

import java.nio.charset.StandardCharsets;

import dev.gridsight.platform.InvalidInput;

/**
 * BCrypt reads at most 72 bytes, so longer passwords are refused rather than silently
 * cut.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static void check(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInput("The password must have at least " + MIN_LENGTH + " characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new InvalidInput("The password must be at most " + MAX_BYTES + " bytes long.");
		}
	}

}
