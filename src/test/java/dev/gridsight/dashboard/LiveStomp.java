package dev.gridsight.dashboard;

import java.lang.reflect.Type;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A browser's side of the live socket, for tests: connects with a session cookie and
 * collects what arrives on a subscription, and the errors the server sends.
 */
public final class LiveStomp implements AutoCloseable {

	public final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

	public final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private final StompSession session;

	public LiveStomp(int port, String sessionCookie) throws Exception {
		this(port, sessionCookie, "http://127.0.0.1:" + port);
	}

	LiveStomp(int port, String sessionCookie, String origin) throws Exception {
		client.setMessageConverter(new JacksonJsonMessageConverter());
		WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
		headers.add("Cookie", "GRIDSIGHT_SESSION=" + sessionCookie);
		headers.add("Origin", origin);
		this.session = client.connectAsync(URI.create("ws://127.0.0.1:" + port + "/api/live"), headers,
				new StompHeaders(), new StompSessionHandlerAdapter() {

					@Override
					public void handleException(StompSession s,
							org.springframework.messaging.simp.stomp.StompCommand command, StompHeaders h,
							byte[] payload, Throwable exception) {
						errors.add(String.valueOf(exception));
					}

					@Override
					public void handleFrame(StompHeaders h, Object payload) {
						errors.add(h.getFirst("message") == null ? "ERROR" : h.getFirst("message"));
					}

					@Override
					public void handleTransportError(StompSession s, Throwable exception) {
						errors.add("transport: " + exception);
					}

				})
			.get(10, TimeUnit.SECONDS);
	}

	public void subscribe(String destination) {
		session.subscribe(destination, new StompFrameHandler() {

			@Override
			public Type getPayloadType(StompHeaders headers) {
				return Map.class;
			}

			@Override
			@SuppressWarnings("unchecked")
			public void handleFrame(StompHeaders headers, Object payload) {
				received.add((Map<String, Object>) payload);
			}

		});
	}

	@Override
	public void close() {
		if (session.isConnected()) {
			session.disconnect();
		}
		client.stop();
	}

}
