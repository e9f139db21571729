package dev.gridsight.dashboard.internal.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over plain WebSocket at {@code /api/live} (no SockJS): the handshake is an
 * {@code /api/**} request, so it needs a signed-in session (or an API token), and only
 * pages of this origin may open it. Browsers only subscribe; what they may subscribe to
 * is checked per destination ({@link SubscriptionGuard}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

	static final String ENDPOINT = "/api/live";

	private final LiveProperties properties;

	private final SubscriptionGuard guard;

	LiveConfiguration(LiveProperties properties, SubscriptionGuard guard) {
		this.properties = properties;
		this.guard = guard;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		// same origin only (Spring's default), which stops cross-site WebSocket hijacking
		registry.addEndpoint(ENDPOINT);
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		LiveProperties.Relay relay = properties.relay();
		if (relay.enabled()) {
			registry.enableStompBrokerRelay("/topic")
				.setRelayHost(relay.host())
				.setRelayPort(relay.port())
				.setClientLogin(relay.login())
				.setClientPasscode(relay.passcode())
				.setSystemLogin(relay.login())
				.setSystemPasscode(relay.passcode())
				// RabbitMQ reads STOMP's host header as its virtual host
				.setVirtualHost(relay.virtualHost());
		}
		else {
			registry.enableSimpleBroker("/topic");
		}
		// nothing is handled by the application: a SEND from a browser goes nowhere
		registry.setApplicationDestinationPrefixes("/app");
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(guard);
	}

}
