package dev.gridsight.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Unauthorized;

/**
 * Password sign-in. An unknown e-mail and a wrong password get the same answer after the
 * same work (a hash is always checked), so answers do not tell who has an account. Not
 * transactional: a failed attempt's audit line must stay.
 */
@Service
class LoginService {

	static final String INVALID = "Invalid email or password.";

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Sleeper sleeper;

	private final UnknownAccountFailures unknownAccounts;

	private final String dummyHash;

	LoginService(UserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			ApplicationEventPublisher events, Sleeper sleeper, UnknownAccountFailures unknownAccounts) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.events = events;
		this.sleeper = sleeper;
		this.unknownAccounts = unknownAccounts;
		this.dummyHash = passwordEncoder.encode("gridsight-timing-equalizer");
	}

	/** Waits; a seam so tests do not sleep. */
	interface Sleeper {

		void sleep(Duration duration);

	}

	UserAccount login(String email, String password, String clientAddress) {
		// counted before the password is checked, so concurrent attempts share one budget
		LoginThrottle.Attempt attempt = throttle.reserve(email, clientAddress);
		if (!attempt.delay().isZero()) {
			sleeper.sleep(attempt.delay());
		}
		StoredUser user = users.findByEmail(email).orElse(null);
		String hash = user == null || user.passwordHash() == null ? dummyHash : user.passwordHash();
		// BCrypt refuses more than 72 bytes; such a password cannot match, but still
		// costs one hash.
		boolean usable = password != null
				&& password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
		boolean matches = passwordEncoder.matches(usable ? password : "", hash) && usable;
		if (user == null) {
			unknownAccounts.failed(truncate(email), clientAddress);
			throw new Unauthorized(INVALID);
		}
		if (user.passwordHash() == null || !matches) {
			events.publishEvent(AuditEvent.of(user.account().id(), truncate(email), "login_failed", "user",
					user.account().id(), "wrong password"));
			throw new Unauthorized(INVALID);
		}
		throttle.succeeded(attempt);
		events.publishEvent(AuditEvent.of(user.account().id(), user.account().email(), "login", "user",
				user.account().id(), "password"));
		return user.account();
	}

	private static String truncate(String email) {
		if (email == null) {
			return null;
		}
		return email.length() > 320 ? email.substring(0, 320) : email;
	}

}
