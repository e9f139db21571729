package dev.gridsight.chat.internal;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.gridsight.platform.LiveTopic;
import dev.gridsight.platform.ProblemException;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/** {@code /topic/chat.sessions.{id}}: only the session's owner may listen. */
@Component
class ChatSessionTopic implements LiveTopic {

	private static final Pattern SESSION_TOPIC = Pattern.compile("/topic/chat\\.sessions\\.([0-9a-f-]{36})");

	private final ChatRepository sessions;

	private final WorkspaceAccess access;

	// not the chat service: the socket's guard is made before the messaging it uses
	ChatSessionTopic(ChatRepository sessions, WorkspaceAccess access) {
		this.sessions = sessions;
		this.access = access;
	}

	@Override
	public boolean matches(String destination) {
		return SESSION_TOPIC.matcher(destination).matches();
	}

	@Override
	public boolean maySubscribe(String destination, UUID userId) {
		Matcher session = SESSION_TOPIC.matcher(destination);
		if (!session.matches()) {
			return false;
		}
		try {
			return sessions.find(UUID.fromString(session.group(1)))
				.filter(found -> found.userId().equals(userId))
				.map(found -> access.require(found.workspaceId(), userId, WorkspaceRole.VIEWER) != null)
				.orElse(false);
		}
		catch (ProblemException | IllegalArgumentException ex) {
			return false;
		}
	}

}
