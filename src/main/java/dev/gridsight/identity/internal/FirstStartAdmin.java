package dev.gridsight.identity.internal;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.gridsight.identity.Role;
import dev.gridsight.platform.FirstStartNotice;

/**
 * On the very first start (no accounts yet) creates the first admin from
 * GRIDSIGHT_ADMIN_EMAIL and GRIDSIGHT_ADMIN_PASSWORD, or a demo admin with a random
 * password that is printed once, beside the URL, on standard output only.
 */
@Component
@Order(10)
class FirstStartAdmin implements ApplicationRunner, FirstStartNotice {

	static final String DEMO_EMAIL = "admin@gridsight.local";

	private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserService users;

	private final IdentityProperties properties;

	private volatile List<String> notice = List.of();

	FirstStartAdmin(UserService users, IdentityProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!users.noUsersYet()) {
			return;
		}
		String email = blankToNull(properties.adminEmail());
		String password = blankToNull(properties.adminPassword());
		if (email != null && password != null) {
			users.create(null, email, "Administrator", password, Role.ADMIN);
			log.info("Created the first administrator from GRIDSIGHT_ADMIN_EMAIL");
			notice = List.of("Sign in as " + email + " with the password from GRIDSIGHT_ADMIN_PASSWORD.");
			return;
		}
		String demoEmail = email == null ? DEMO_EMAIL : email;
		String demoPassword = randomPassword();
		users.create(null, demoEmail, "Demo Admin", demoPassword, Role.ADMIN);
		log.info("Created a demo administrator; its one-time password is printed beside the URL");
		notice = List.of("Demo login (shown once, change it in Settings → Password):", "  e-mail:   " + demoEmail,
				"  password: " + demoPassword);
	}

	@Override
	public List<String> lines() {
		List<String> lines = notice;
		notice = List.of();
		return lines;
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
