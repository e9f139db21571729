package dev.gridsight.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one cipher for stored credentials: data sources' passwords and model API keys.
 */
class SecretBoxTest {

	@TempDir
	Path dataDir;

	@Test
	void makesItsKeyFileOnceAndReadsItBackAcrossRestarts() throws Exception {
		SecretBox first = box();
		String sealed = first.encrypt("s3cret password");

		SecretBox restarted = box();

		assertThat(Files.readString(dataDir.resolve("secret.key")).strip()).hasSize(44);
		assertThat(restarted.decrypt(sealed)).isEqualTo("s3cret password");
		assertThat(sealed).doesNotContain("s3cret");
		assertThat(first.encrypt("s3cret password")).as("a fresh nonce each time").isNotEqualTo(sealed);
	}

	@Test
	void aCiphertextBoundToItsOwnerDecryptsForNoOtherOwner() throws Exception {
		SecretBox box = box();
		String sealed = box.encrypt("sk-model-key", "model:1/user:a");

		assertThat(box.decrypt(sealed, "model:1/user:a")).isEqualTo("sk-model-key");
		assertThatThrownBy(() -> box.decrypt(sealed, "model:1/user:b")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot be decrypted")
			.hasMessageNotContaining("sk-model-key");
		assertThatThrownBy(() -> box.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> box.decrypt("not base64 !")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aConfiguredKeyOfTheWrongLengthIsRefused() {
		assertThatThrownBy(() -> new SecretBox(properties(), "c2hvcnQ=")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("32 bytes");
	}

	private SecretBox box() throws Exception {
		return new SecretBox(properties(), "");
	}

	private GridsightProperties properties() {
		return new GridsightProperties(dataDir, false, null, null, null, null, null);
	}

}
