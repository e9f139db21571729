package dev.gridsight.assistant.internal.llm;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * LangChain4j's HTTP port over {@code java.net.http}, for one turn: it never follows a
 * redirect (so never to another host), sends only the endpoint's own headers (its
 * {@code Authorization}, none when the endpoint has no key), retries a 429, a 5xx or a
 * failed connection with exponential backoff and jitter, honouring {@code Retry-After},
 * but only before any of the answer arrived, and can be cancelled: {@link #cancel()}
 * aborts the request in flight and closes the stream, so the endpoint sees the connection
 * closed. A stream that ends without {@code [DONE]} is an error, not an answer.
 */
final class EndpointHttpClient implements HttpClient {

	/** The most of an error body kept for the message. */
	private static final int ERROR_BODY = 2_000;

	private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade",
			"cookie", "cookie2", "set-cookie");

	/** Waits before a retry; tests replace it to see the waits without waiting. */
	interface Pause {

		void pause(Duration duration, EndpointHttpClient client) throws InterruptedException;

	}

	static final Pause SLEEP = (duration, client) -> {
		long until = System.nanoTime() + duration.toNanos();
		while (!client.cancelled() && System.nanoTime() < until) {
			Thread.sleep(Math.max(1, Math.min(50, (until - System.nanoTime()) / 1_000_000)));
		}
	};

	private final java.net.http.HttpClient http;

	private final LlmSettings settings;

	private final boolean hasKey;

	private final KeyScrubber scrubber;

	private final Executor streams;

	private final Pause pause;

	private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

	private final Set<InputStream> bodies = ConcurrentHashMap.newKeySet();

	private final AtomicInteger retried = new AtomicInteger();

	private volatile boolean cancelled;

	EndpointHttpClient(java.net.http.HttpClient http, LlmSettings settings, String apiKey, Executor streams,
			Pause pause) {
		this.http = http;
		this.settings = settings;
		this.hasKey = apiKey != null && !apiKey.isBlank();
		this.scrubber = new KeyScrubber(apiKey);
		this.streams = streams;
		this.pause = pause;
	}

	/** The JDK client all turns share: no redirects, HTTP/1.1, a connect timeout. */
	static java.net.http.HttpClient shared(LlmSettings settings) {
		return java.net.http.HttpClient.newBuilder()
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
			.version(java.net.http.HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.build();
	}

	/** Stops the request in flight and any retry to come. */
	void cancel() {
		cancelled = true;
		inFlight.forEach(future -> future.cancel(true));
		for (InputStream body : bodies) {
			try {
				body.close();
			}
			catch (IOException ex) {
				// closing is all that is wanted; a failure to close changes nothing
			}
		}
	}

	boolean cancelled() {
		return cancelled;
	}

	/** How many requests were tried again. */
	int retries() {
		return retried.get();
	}

	@Override
	public SuccessfulHttpResponse execute(HttpRequest request) {
		HttpResponse<InputStream> response = send(request);
		String body = read(response.body(), Integer.MAX_VALUE);
		if (response.statusCode() / 100 != 2) {
			throw new HttpException(response.statusCode(), scrubber.scrub(abbreviate(body)));
		}
		return SuccessfulHttpResponse.builder()
			.statusCode(response.statusCode())
			.headers(response.headers().map())
			.body(body)
			.build();
	}

	@Override
	public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
		streams.execute(() -> stream(request, parser, listener));
	}

	private void stream(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
		Watcher watcher = new Watcher(listener);
		try {
			HttpResponse<InputStream> response = send(request);
			if (response.statusCode() / 100 != 2) {
				String body = read(response.body(), ERROR_BODY);
				watcher.onError(new HttpException(response.statusCode(), scrubber.scrub(abbreviate(body))));
				return;
			}
			listener.onOpen(SuccessfulHttpResponse.builder()
				.statusCode(response.statusCode())
				.headers(response.headers().map())
				.build());
			InputStream body = response.body();
			bodies.add(body);
			try (body) {
				parser.parse(body, watcher);
			}
			finally {
				bodies.remove(body);
			}
			if (cancelled || watcher.failed) {
				return;
			}
			if (watcher.done) {
				listener.onClose();
			}
			else {
				watcher.onError(new StreamBroken(watcher.events == 0
						? "The model endpoint's answer is not an OpenAI-compatible stream (no event in it)."
						: "The model endpoint's stream was cut before the answer was complete."));
			}
		}
		catch (RuntimeException | IOException ex) {
			watcher.onError(ex);
		}
	}

	/**
	 * Sends the request, retrying what may be retried; the response is a success or not.
	 */
	private HttpResponse<InputStream> send(HttpRequest request) {
		java.net.http.HttpRequest outgoing = outgoing(request);
		for (int attempt = 0;; attempt++) {
			if (cancelled) {
				throw new CancellationException("stopped");
			}
			HttpResponse<InputStream> response;
			try {
				response = await(http.sendAsync(outgoing, HttpResponse.BodyHandlers.ofInputStream()));
			}
			catch (ConnectException | HttpConnectTimeoutException ex) {
				if (attempt >= settings.retries()) {
					throw new EndpointUnreachable("The model endpoint could not be reached ("
							+ scrubber.scrub(String.valueOf(ex.getMessage())) + ").", ex);
				}
				retry(attempt, null);
				continue;
			}
			catch (IOException ex) {
				throw new EndpointUnreachable(
						"The model endpoint failed to answer (" + scrubber.scrub(describe(ex)) + ").", ex);
			}
			int status = response.statusCode();
			if ((status == 429 || status / 100 == 5) && attempt < settings.retries()) {
				Duration after = retryAfter(response.headers().firstValue("Retry-After").orElse(null), Instant.now());
				close(response.body());
				retry(attempt, after);
				continue;
			}
			return response;
		}
	}

	private void retry(int attempt, Duration retryAfter) {
		retried.incrementAndGet();
		try {
			pause.pause(delay(attempt, retryAfter, settings.retryBase(), settings.retryMaxWait()), this);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted");
		}
	}

	/**
	 * The wait before retry number {@code attempt + 1}: what {@code Retry-After} asks
	 * (capped), else {@code base·2^attempt} with "equal jitter" (half fixed, half
	 * random), capped.
	 */
	static Duration delay(int attempt, Duration retryAfter, Duration base, Duration max) {
		if (retryAfter != null) {
			Duration asked = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
			return asked.compareTo(max) > 0 ? max : asked;
		}
		long exponential = base.toMillis() << Math.min(attempt, 20);
		long capped = Math.min(exponential, max.toMillis());
		long half = capped / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}

	/**
	 * {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable.
	 */
	static Duration retryAfter(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
		}
		catch (NumberFormatException ex) {
			// not seconds: an HTTP date
		}
		try {
			Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Duration.between(now, at);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private <T> T await(CompletableFuture<T> future) throws IOException {
		inFlight.add(future);
		try {
			if (cancelled) {
				future.cancel(true);
			}
			return future.get();
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(cause);
		}
		finally {
			inFlight.remove(future);
		}
	}

	private java.net.http.HttpRequest outgoing(HttpRequest request) {
		// until the response headers; the turn's own first-token timer ends the wait
		// first
		// (and offers the built-in engine), this only frees the connection after it
		java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
			.timeout(settings.firstTokenTimeout().plusSeconds(5));
		for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
			String name = header.getKey().toLowerCase(Locale.ROOT);
			if (RESTRICTED.contains(name) || ("authorization".equals(name) && !hasKey)) {
				continue;
			}
			for (String value : header.getValue()) {
				builder.header(header.getKey(), value);
			}
		}
		String method = request.method().name();
		if (request.body() == null) {
			builder.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
		}
		else {
			builder.method(method, java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
		}
		return builder.build();
	}

	private static String read(InputStream body, int limit) {
		try (body) {
			byte[] bytes = body.readNBytes(Math.min(limit, 1 << 20));
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static void close(InputStream body) {
		try {
			body.close();
		}
		catch (IOException ex) {
			// the body of a response that is retried is not wanted
		}
	}

	private static String abbreviate(String body) {
		String text = body.strip();
		return text.length() > 500 ? text.substring(0, 500) + "…" : text;
	}

	private static String describe(Throwable ex) {
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	/** The endpoint could not be reached, or failed before answering. */
	static final class EndpointUnreachable extends RuntimeException {

		EndpointUnreachable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** The endpoint's stream ended before {@code [DONE]}, or was not a stream at all. */
	static final class StreamBroken extends RuntimeException {

		StreamBroken(String message) {
			super(message);
		}

	}

	/**
	 * Passes events on, noting {@code [DONE]}, and reports one error at most (the parser
	 * and this client may both see the same broken stream).
	 */
	private final class Watcher implements ServerSentEventListener {

		private final ServerSentEventListener target;

		private volatile boolean done;

		private volatile int events;

		private volatile boolean failed;

		Watcher(ServerSentEventListener target) {
			this.target = target;
		}

		@Override
		public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
			note(event);
			target.onEvent(event, context);
		}

		@Override
		public void onEvent(ServerSentEvent event) {
			note(event);
			target.onEvent(event);
		}

		private void note(ServerSentEvent event) {
			events++;
			if ("[DONE]".equals(event.data())) {
				done = true;
			}
		}

		@Override
		public synchronized void onError(Throwable error) {
			if (failed || cancelled) {
				return;
			}
			failed = true;
			target.onError(error);
		}

	}

}
