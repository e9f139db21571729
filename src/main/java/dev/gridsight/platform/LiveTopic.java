package dev.gridsight.platform;

import java.util.UUID;

/**
 * A family of live-socket destinations a module publishes to (the chat's
 * {@code /topic/chat.sessions.{id}}); the socket asks it whether a user may subscribe, on
 * every subscription.
 */
public interface LiveTopic {

	/** Whether the destination belongs to this family. */
	boolean matches(String destination);

	/**
	 * Whether the user may subscribe to the destination: false for one that does not
	 * exist as much as for one the user may not read, so the answer reveals nothing.
	 */
	boolean maySubscribe(String destination, UUID userId);

}
