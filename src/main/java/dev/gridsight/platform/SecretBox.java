package dev.gridsight.platform;

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

/**
 * Encrypts stored credentials (data sources' passwords, model API keys) with AES-256-GCM
 * and a random nonce each time. The key comes from {@code GRIDSIGHT_SECRET_KEY} (base64,
 * 32 bytes) or, when unset, from {@code secret.key} in the data directory, created on
 * first use with owner-only permissions. A ciphertext may be bound to what owns it
 * (associated data): then it decrypts only for that owner, so a value copied into another
 * row fails.
 */
@Component
public class SecretBox {

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(GridsightProperties properties, @Value("${gridsight.secret-key:}") String configuredKey)
			throws IOException {
		byte[] bytes = configuredKey.isBlank() ? fileKey(properties.dataDir().resolve("secret.key"))
				: Base64.getDecoder().decode(configuredKey.trim());
		if (bytes.length != 32) {
			throw new IllegalStateException("GRIDSIGHT_SECRET_KEY must be 32 bytes, base64-encoded");
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

	public String encrypt(String plain) {
		return encrypt(plain, "");
	}

	public String decrypt(String stored) {
		return decrypt(stored, "");
	}

	/**
	 * @param owner what the ciphertext belongs to (for example a model's id and a
	 * user's); empty: nothing
	 */
	public String encrypt(String plain, String owner) {
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

	public String decrypt(String stored, String owner) {
		try {
			byte[] in = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A stored secret cannot be decrypted: was the secret key changed?", ex);
		}
	}

}
