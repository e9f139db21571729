package dev.gridsight.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.identity.Role;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserCreated;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

@Service
class UserService implements UserDirectory {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<UserAccount> findById(UUID id) {
		return users.findById(id).map(StoredUser::account);
	}

	@Override
	public Optional<UserAccount> findByEmail(String email) {
		return users.findByEmail(email).map(StoredUser::account);
	}

	@Override
	public Optional<UserAccount> firstAdmin() {
		return users.firstAdmin().map(StoredUser::account);
	}

	PageResult<UserAccount> page(PageQuery page) {
		return new PageResult<>(users.page(page), page.page(), page.size(), users.count());
	}

	/**
	 * Creates an account; {@code password} may be null for people who sign in through
	 * OIDC or JWT.
	 */
	@Transactional
	UserAccount create(UserAccount actor, String email, String displayName, String password, Role role) {
		String normalized = UserRepository.normalize(email);
		if (!normalized.matches("[^@\\s]+@[^@\\s]+")) {
			throw new InvalidInput("'" + email + "' is not an e-mail address.");
		}
		if (password != null) {
			PasswordPolicy.check(password);
		}
		if (users.findByEmail(normalized).isPresent()) {
			throw new Conflict("An account with this e-mail already exists.");
		}
		String name = displayName == null || displayName.isBlank() ? normalized.substring(0, normalized.indexOf('@'))
				: displayName.trim();
		UserAccount account = new UserAccount(UUID.randomUUID(), email.trim(), name, role, now());
		users.insert(account, password == null ? null : passwordEncoder.encode(password));
		events.publishEvent(new UserCreated(account.id(), account.email(), account.displayName()));
		events.publishEvent(AuditEvent.of(actor == null ? null : actor.id(), actor == null ? null : actor.email(),
				"user_created", "user", account.id(), account.email() + " as " + role.wire()));
		return account;
	}

	@Transactional
	UserAccount changeRole(UserAccount actor, UUID userId, Role role) {
		UserAccount target = findById(userId).orElseThrow(() -> new NotFound("No such user."));
		if (target.role() == role) {
			return target;
		}
		if (target.isAdmin() && users.countAdmins() == 1) {
			throw new Conflict("This is the last administrator; make someone else an administrator first.");
		}
		users.updateRole(userId, role);
		events.publishEvent(AuditEvent.of(actor.id(), actor.email(), "role_changed", "user", userId,
				target.email() + ": " + target.role().wire() + " -> " + role.wire()));
		return findById(userId).orElseThrow();
	}

	@Transactional
	UserAccount rename(UserAccount actor, String displayName) {
		if (displayName == null || displayName.isBlank()) {
			throw new InvalidInput("The display name must not be blank.");
		}
		users.updateDisplayName(actor.id(), displayName.trim());
		return findById(actor.id()).orElseThrow();
	}

	@Transactional
	void changePassword(UserAccount actor, String currentPassword, String newPassword) {
		StoredUser stored = users.findById(actor.id()).orElseThrow(() -> new NotFound("No such user."));
		if (stored.passwordHash() == null || currentPassword == null
				|| !passwordEncoder.matches(currentPassword, stored.passwordHash())) {
			throw new InvalidInput("The current password is wrong.");
		}
		PasswordPolicy.check(newPassword);
		users.updatePasswordHash(actor.id(), passwordEncoder.encode(newPassword));
		events.publishEvent(AuditEvent.of(actor.id(), actor.email(), "password_changed", "user", actor.id(), null));
	}

	boolean noUsersYet() {
		return users.count() == 0;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * For sign-in through an outside identity provider: find by e-mail, or create a
	 * member.
	 */
	@Transactional
	UserAccount findOrProvision(String email, String displayName, boolean provision) {
		return findByEmail(email).orElseGet(() -> {
			if (!provision) {
				throw new NotFound("No Gridsight account for this identity.");
			}
			return create(null, email, displayName, null, Role.MEMBER);
		});
	}

}
