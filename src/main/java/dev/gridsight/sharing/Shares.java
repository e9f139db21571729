package dev.gridsight.sharing;

import java.util.UUID;

import dev.gridsight.identity.UserAccount;

/**
 * Sharing as other modules (the chat's {@code share} command) ask for it, with the same
 * checks as {@code POST /api/shares}: the user must be allowed to share the target.
 */
public interface Shares {

	/**
	 * Shares a chart or a tab.
	 * @param targetType {@code chart} or {@code tab}
	 * @param email the person to share with, or null for a public read-only link
	 * @param edit whether the person may change it (never for a public link)
	 */
	Created share(UserAccount user, String targetType, UUID targetId, String email, boolean edit);

	/**
	 * @param path where it opens, from the application's root: {@code /s/<token>} for a
	 * public link
	 * @param token the public link's token, shown once; null for a share with a person
	 */
	record Created(UUID id, String path, String token) {
	}

}
