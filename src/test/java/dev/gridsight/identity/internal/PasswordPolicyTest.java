package dev.gridsight.identity.internal;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	@Test
	void refusesShortPasswords() {
		assertThatThrownBy(() -> PasswordPolicy.check("short")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("at least 8");
	}

	@Test
	void refusesPasswordsBcryptWouldCut() {
		// 25 three-byte characters: 75 bytes, over BCrypt's 72
		assertThatThrownBy(() -> PasswordPolicy.check("€".repeat(25))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("72 bytes");
	}

	@Test
	void acceptsAnOrdinaryPassword() {
		assertThatCode(() -> PasswordPolicy.check("correct horse battery")).doesNotThrowAnyException();
	}

}
