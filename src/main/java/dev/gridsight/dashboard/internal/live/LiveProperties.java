package dev.gridsight.dashboard.internal.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Live refresh over WebSocket ({@code gridsight.live.*}). By default the in-process
 * broker serves the browsers connected to this instance; with the relay on, every
 * instance relays to one STOMP broker (RabbitMQ with its STOMP plugin), so an event
 * raised on one instance reaches browsers connected to any other.
 *
 * @param relay the external broker, off by default
 */
@ConfigurationProperties("gridsight.live")
record LiveProperties(Relay relay) {

	LiveProperties {
		relay = relay == null ? new Relay(false, null, null, null, null, null) : relay;
	}

	/**
	 * @param enabled relay to an external STOMP broker instead of the in-process one
	 * @param host the broker's host (default 127.0.0.1)
	 * @param port its STOMP port (default 61613)
	 * @param login the login for the relay's connections (default guest)
	 * @param passcode its password (default guest)
	 * @param virtualHost the broker's virtual host (default /)
	 */
	record Relay(boolean enabled, String host, Integer port, String login, String passcode, String virtualHost) {

		Relay {
			host = host == null ? "127.0.0.1" : host;
			port = port == null ? 61613 : port;
			login = login == null ? "guest" : login;
			passcode = passcode == null ? "guest" : passcode;
			virtualHost = virtualHost == null ? "/" : virtualHost;
		}

	}

}
