package dev.gridsight.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Public link tokens: {@code gsp_} and 43 URL-safe characters (256 bits from
 * SecureRandom). The prefix differs from personal API tokens ({@code gs_}), so a link
 * token sent as a bearer token is never taken for one. Only the SHA-256 is stored (see
 * docs/decisions/017-public-links.md).
 */
final class ShareTokens {

	static final String PREFIX = "gsp_";

	private static final Pattern WELL_FORMED = Pattern.compile("gsp_[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private ShareTokens() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean wellFormed(String token) {
		return token != null && token.length() == PREFIX.length() + 43 && WELL_FORMED.matcher(token).matches();
	}

	/** The SHA-256 of the token, as lower-case hex (what the table keeps). */
	static String hash(String token) {
		return HexFormat.of().formatHex(digest(token));
	}

	/**
	 * Compares a stored hash with the token's in constant time: the row was found by this
	 * hash, so this guards against a lookup that matched loosely (collation, case).
	 */
	static boolean matches(String storedHash, String token) {
		byte[] stored;
		try {
			stored = HexFormat.of().parseHex(storedHash);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(stored, digest(token));
	}

	private static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

}
