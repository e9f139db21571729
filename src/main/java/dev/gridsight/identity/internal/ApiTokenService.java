package dev.gridsight.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/**
 * Personal API tokens: {@code gs_} and 43 random URL-safe characters (256 bits). Only a
 * SHA-256 hash is stored; a slow hash adds nothing for a secret with that much entropy.
 */
@Service
class ApiTokenService {

	static final String PREFIX = "gs_";

	private static final int MAX_DAYS = 3650;

	/** last_used_at is written at most this often per token, not on every request. */
	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
	}

	record Issued(ApiToken token, String secret) {
	}

	@Transactional
	Issued issue(UserAccount owner, String name, Integer expiresInDays) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInput("The token needs a name of 1 to 100 characters.");
		}
		if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
			throw new InvalidInput("expiresInDays must be between 1 and " + MAX_DAYS + ".");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = now();
		ApiToken token = new ApiToken(UUID.randomUUID(), owner.id(), name.trim(), secret.substring(0, 11), now, null,
				expiresInDays == null ? null : now.plusDays(expiresInDays), null);
		tokens.insert(token, hash(secret));
		events.publishEvent(
				AuditEvent.of(owner.id(), owner.email(), "token_created", "api_token", token.id(), token.name()));
		return new Issued(token, secret);
	}

	PageResult<ApiToken> page(UserAccount owner, PageQuery page) {
		return new PageResult<>(tokens.pageActive(owner.id(), page), page.page(), page.size(),
				tokens.countActive(owner.id()));
	}

	@Transactional
	void revoke(UserAccount owner, UUID tokenId) {
		ApiToken token = tokens.findActive(owner.id(), tokenId).orElseThrow(() -> new NotFound("No such API token."));
		tokens.revoke(token.id(), now());
		events.publishEvent(
				AuditEvent.of(owner.id(), owner.email(), "token_revoked", "api_token", token.id(), token.name()));
	}

	/** The owner of a valid, unexpired, unrevoked token. */
	Optional<UUID> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		OffsetDateTime now = now();
		return tokens.findByHash(hash(secret))
			.filter(token -> token.revokedAt() == null)
			.filter(token -> token.expiresAt() == null || token.expiresAt().isAfter(now))
			.map(token -> {
				if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
					tokens.touch(token.id(), now);
				}
				return token.userId();
			});
	}

	static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
