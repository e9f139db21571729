package dev.gridsight.assistant.internal.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.gridsight.platform.GridsightProperties;

/**
 * Encrypts model API keys with AES-256-GCM and a random nonce per key. The master key is
 * {@code gridsight.secret-key} (base64, 32 bytes) or else {@code secret.key} in the data
 * directory, made once with owner-only permissions (the same file the data sources'
 * passwords use). Each ciphertext is bound to its row (associated data), so a key copied
 * into another model's or user's row does not decrypt.
 */
@Component
class ModelKeyCipher {

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	ModelKeyCipher(GridsightProperties properties, @Value("${gridsight.secret-key:}") String configuredKey)
			throws IOException {
		byte[] bytes = configuredKey.isBlank() ? fileKey(properties.dataDir().resolve("secret.key"))
				: Base64.getDecoder().decode(configuredKey.trim());
		if (bytes.length != 32) {
			throw new IllegalStateException("gridsight.secret-key must be 32 bytes, base64-encoded");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	private byte[] fileKey(Path file) throws IOException {
		if (Files.exists(file)) {
			return Base64.getDecoder().decode(Files.readString(file).trim());
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the data directory's own permissions protect it
		}
		return bytes;
	}

	/**
	 * @param owner what the ciphertext belongs to (a model's id, and a user's for a
	 * personal key)
	 */
	String encrypt(String plain, String owner) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	String decrypt(String stored, String owner) {
		try {
			byte[] in = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A stored model key cannot be decrypted: was the secret key changed?");
		}
	}

}
