package dev.gridsight.platform;

import java.util.UUID;

/**
 * A security-relevant or data-changing action, published by the module that did it and
 * appended to the audit log in the same transaction. Never put a password or a token in
 * {@code detail}.
 *
 * @param actorId who acted, or null when nobody is known (a failed login)
 * @param actorEmail the e-mail the actor used
 * @param action what happened, e.g. {@code login_failed}, {@code token_created}
 * @param targetType the kind of thing acted on, e.g. {@code user}, {@code workspace}
 * @param targetId its id
 * @param detail a short human-readable note
 */
public record AuditEvent(UUID actorId, String actorEmail, String action, String targetType, String targetId,
		String detail) {

	public static AuditEvent of(UUID actorId, String actorEmail, String action, String targetType, Object targetId,
			String detail) {
		return new AuditEvent(actorId, actorEmail, action, targetType, targetId == null ? null : targetId.toString(),
				detail);
	}

}
