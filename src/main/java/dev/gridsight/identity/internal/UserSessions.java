package dev.gridsight.identity.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

/**
 * The browser sessions of each user, so that a password change can end the others. Kept
 * in memory beside the container's sessions (decision 008); registered by Spring Boot as
 * a session listener, so a session that ends by logout or timeout leaves on its own.
 */
@Component
class UserSessions implements HttpSessionListener {

	private static final String USER_ATTRIBUTE = UserSessions.class.getName() + ".user";

	private final Map<UUID, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

	/** Call after sign-in, once the session has its final id. */
	void signedIn(UUID userId, HttpSession session) {
		session.setAttribute(USER_ATTRIBUTE, userId);
		byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
	}

	/**
	 * After a password change: ends every other session of the user and gives the
	 * request's own session (if any) a new id, so a stolen copy of its cookie stops
	 * working too.
	 */
	void passwordChanged(UUID userId, HttpServletRequest request) {
		HttpSession own = request.getSession(false);
		if (own != null) {
			request.changeSessionId();
		}
		Set<HttpSession> sessions = byUser.getOrDefault(userId, Set.of());
		for (HttpSession session : sessions.toArray(HttpSession[]::new)) {
			if (own == null || !(session == own || session.getId().equals(own.getId()))) {
				sessions.remove(session);
				invalidate(session);
			}
		}
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		HttpSession session = event.getSession();
		if (session.getAttribute(USER_ATTRIBUTE) instanceof UUID userId) {
			byUser.computeIfPresent(userId, (id, sessions) -> {
				sessions.remove(session);
				return sessions.isEmpty() ? null : sessions;
			});
		}
	}

	private static void invalidate(HttpSession session) {
		try {
			session.invalidate();
		}
		catch (IllegalStateException alreadyInvalid) {
			// ended meanwhile by logout or timeout: nothing left to end
		}
	}

}
