package dev.gridsight.dashboard.internal.live;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.identity.AuthenticatedUser;
import dev.gridsight.platform.LiveTopic;
import dev.gridsight.platform.ProblemException;

/**
 * What a browser may do on the live socket: subscribe to a dataset it may read, or to a
 * topic another module vouches for ({@link LiveTopic}), nothing else. A SEND, or a
 * subscription to any other destination, is refused and the socket told why; the check
 * runs again on every subscription, so a user removed from a workspace cannot subscribe
 * to its datasets any more.
 */
@Component
class SubscriptionGuard implements ChannelInterceptor {

	static final Pattern DATASET_TOPIC = Pattern.compile("/topic/datasets\\.([0-9a-f-]{36})");

	private final Catalog catalog;

	private final List<LiveTopic> otherTopics;

	SubscriptionGuard(Catalog catalog, List<LiveTopic> otherTopics) {
		this.catalog = catalog;
		this.otherTopics = List.copyOf(otherTopics);
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null) {
			return message;
		}
		StompCommand command = stomp.getCommand();
		if (command == StompCommand.SEND) {
			throw new MessageDeliveryException("The live socket only delivers updates; send requests over HTTP.");
		}
		if (command != StompCommand.SUBSCRIBE) {
			return message;
		}
		UUID user = userOf(stomp.getUser());
		String destination = stomp.getDestination() == null ? "" : stomp.getDestination();
		Matcher dataset = DATASET_TOPIC.matcher(destination);
		if (!dataset.matches()) {
			for (LiveTopic topic : otherTopics) {
				if (topic.matches(destination) && topic.maySubscribe(destination, user)) {
					return message;
				}
			}
			throw new MessageDeliveryException("No such live topic: " + destination);
		}
		try {
			catalog.readable(UUID.fromString(dataset.group(1)), user);
		}
		catch (ProblemException | IllegalArgumentException ex) {
			// the same answer for a dataset that does not exist and one the user may not
			// read
			throw new MessageDeliveryException("No such live topic: " + destination);
		}
		return message;
	}

	private static UUID userOf(Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof AuthenticatedUser user) {
			return user.userId();
		}
		throw new MessageDeliveryException("Sign in first: the live socket needs a session.");
	}

}
