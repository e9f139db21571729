package dev.gridsight.assistant.internal.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server that speaks OpenAI's chat-completions protocol with scripted replies,
 * for tests and benchmarks of the LLM engine: SSE streaming ({@code data:} chunks with
 * delta content and delta tool calls, usage in the last chunk, {@code data: [DONE]}), the
 * same replies as plain JSON when a request does not stream, {@code GET /v1/models}; and
 * the bad behaviours an endpoint can have: 429 with {@code Retry-After}, 500, garbage, a
 * stream cut in the middle, an endpoint that never answers. Every request is recorded
 * with its headers and body. Each request takes the next scripted reply, or the fallback
 * when none is left.
 *
 * <pre>
 * try (ScriptedOpenAiServer server = ScriptedOpenAiServer.start()) {
 *     server.reply(Reply.toolCall("chart", "{...}"), Reply.text("Here ", "it is."));
 *     ... new ModelEndpoint("scripted", server.baseUrl(), "sk-test", "scripted-model", 8192, false) ...
 * }
 * </pre>
 */
public final class ScriptedOpenAiServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "scripted-openai");
		thread.setDaemon(true);
		return thread;
	});

	private final Queue<Reply> script = new ConcurrentLinkedQueue<>();

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger disconnects = new AtomicInteger();

	private final AtomicInteger served = new AtomicInteger();

	private volatile Reply fallback = Reply.text("(no scripted reply left)");

	private ScriptedOpenAiServer(HttpServer server) {
		this.server = server;
	}

	public static ScriptedOpenAiServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
			ScriptedOpenAiServer scripted = new ScriptedOpenAiServer(server);
			server.createContext("/", scripted::handle);
			server.setExecutor(scripted.executor);
			server.start();
			return scripted;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code http://127.0.0.1:PORT/v1}: what an endpoint's base URL is. */
	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
	}

	/** Queues replies, one a request, in order. */
	public ScriptedOpenAiServer reply(Reply... replies) {
		script.addAll(List.of(replies));
		return this;
	}

	/** The reply of every request once the queue is empty. */
	public ScriptedOpenAiServer fallback(Reply reply) {
		this.fallback = reply;
		return this;
	}

	/** The requests received so far, in order. */
	public List<Recorded> requests() {
		return List.copyOf(requests);
	}

	/** The chat-completion requests received so far. */
	public List<Recorded> completions() {
		return requests.stream().filter(request -> request.path().endsWith("/chat/completions")).toList();
	}

	/** How many connections the client closed while a reply was still being written. */
	public int disconnects() {
		return disconnects.get();
	}

	/** How many replies were written to the end. */
	public int served() {
		return served.get();
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

	/**
	 * A request as it arrived.
	 *
	 * @param json the body as JSON, or null
	 */
	public record Recorded(String method, String path, Map<String, List<String>> headers, String body, JsonNode json) {

		/** A header's first value, whatever its case, or null. */
		public String header(String name) {
			for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
				if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
					return entry.getValue().get(0);
				}
			}
			return null;
		}

		/** The text of every message of a chat-completion request, joined. */
		public String messagesText() {
			StringBuilder text = new StringBuilder();
			for (JsonNode message : json.path("messages")) {
				JsonNode content = message.path("content");
				if (content.isString()) {
					text.append(content.asString()).append('\n');
				}
				else {
					for (JsonNode part : content) {
						text.append(part.path("text").asString("")).append('\n');
					}
				}
			}
			return text.toString();
		}

		/** The names of the tools the request offered. */
		public List<String> toolNames() {
			List<String> names = new ArrayList<>();
			for (JsonNode tool : json.path("tools")) {
				names.add(tool.path("function").path("name").asString());
			}
			return names;
		}

	}

	/** One scripted reply. */
	public static final class Reply {

		enum Kind {

			TEXT, TOOLS, STATUS, GARBAGE, CUT, HANG, STAMPED

		}

		final Kind kind;

		final List<String> tokens;

		final List<String[]> calls;

		final int status;

		final String body;

		final String retryAfter;

		Duration tokenDelay = Duration.ZERO;

		String location;

		int promptTokens = 100;

		int completionTokens = 20;

		private Reply(Kind kind, List<String> tokens, List<String[]> calls, int status, String body,
				String retryAfter) {
			this.kind = kind;
			this.tokens = tokens;
			this.calls = calls;
			this.status = status;
			this.body = body;
			this.retryAfter = retryAfter;
		}

		/** Text, streamed one token a chunk. */
		public static Reply text(String... tokens) {
			return new Reply(Kind.TEXT, List.of(tokens), List.of(), 200, null, null);
		}

		/** One tool call: {@code arguments} is sent as is (it may be invalid JSON). */
		public static Reply toolCall(String name, String arguments) {
			return toolCalls(new String[] { name, arguments });
		}

		/** Several tool calls in one answer, each {@code {name, arguments}}. */
		public static Reply toolCalls(String[]... calls) {
			return new Reply(Kind.TOOLS, List.of(), List.of(calls), 200, null, null);
		}

		/** An HTTP error with a body; {@code retryAfter} is sent when not null. */
		public static Reply status(int status, String body, String retryAfter) {
			return new Reply(Kind.STATUS, List.of(), List.of(), status, body, retryAfter);
		}

		/** A redirect to {@code location} (a client must not follow it). */
		public static Reply redirect(String location) {
			Reply reply = new Reply(Kind.STATUS, List.of(), List.of(), 307, "", null);
			reply.location = location;
			return reply;
		}

		/** A 200 whose body is not an OpenAI answer at all. */
		public static Reply garbage() {
			return new Reply(Kind.GARBAGE, List.of(), List.of(), 200, null, null);
		}

		/** Streams these tokens, then closes the connection without finishing. */
		public static Reply cut(String... tokens) {
			return new Reply(Kind.CUT, List.of(tokens), List.of(), 200, null, null);
		}

		/** Sends the headers and then nothing, until the client goes away. */
		public static Reply hang() {
			return new Reply(Kind.HANG, List.of(), List.of(), 200, null, null);
		}

		/**
		 * {@code count} tokens, each the {@link System#nanoTime()} at which it was
		 * written followed by a space: a benchmark reads when each token left the server.
		 */
		public static Reply stamped(int count, Duration delay) {
			Reply reply = new Reply(Kind.STAMPED, List.of(), List.of(), 200, null, null);
			reply.tokenDelay = delay;
			reply.completionTokens = count;
			return reply;
		}

		/** Waits this long before each token. */
		public Reply tokenDelay(Duration delay) {
			this.tokenDelay = delay;
			return this;
		}

		/** The usage figures of the last chunk. */
		public Reply usage(int prompt, int completion) {
			this.promptTokens = prompt;
			this.completionTokens = completion;
			return this;
		}

	}

	// serving

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			JsonNode json = null;
			try {
				json = body.isBlank() ? null : JSON.readTree(body);
			}
			catch (RuntimeException ex) {
				// recorded as text only
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
			String path = exchange.getRequestURI().getPath();
			requests.add(new Recorded(exchange.getRequestMethod(), path, headers, body, json));
			if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/models")) {
				send(exchange, 200, "application/json",
						"{\"object\":\"list\",\"data\":[{\"id\":\"scripted-model\",\"object\":\"model\","
								+ "\"owned_by\":\"gridsight-tests\"}]}");
				return;
			}
			if (!path.endsWith("/chat/completions")) {
				send(exchange, 404, "application/json", "{\"error\":{\"message\":\"no such path\"}}");
				return;
			}
			Reply reply = script.poll();
			if (reply == null) {
				reply = fallback;
			}
			boolean stream = json != null && json.path("stream").asBoolean(false);
			serve(exchange, reply, stream);
		}
		catch (IOException ex) {
			disconnects.incrementAndGet();
		}
	}

	private void serve(HttpExchange exchange, Reply reply, boolean stream) throws IOException {
		switch (reply.kind) {
			case STATUS -> {
				if (reply.retryAfter != null) {
					exchange.getResponseHeaders().add("Retry-After", reply.retryAfter);
				}
				if (reply.location != null) {
					exchange.getResponseHeaders().add("Location", reply.location);
				}
				send(exchange, reply.status, "application/json", reply.body == null ? "{}" : reply.body);
				served.incrementAndGet();
			}
			case GARBAGE -> {
				send(exchange, 200, stream ? "text/event-stream" : "application/json",
						"<html><body>502 Bad Gateway: upstream gone {{{</body></html>\n");
				served.incrementAndGet();
			}
			case HANG -> {
				exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
				exchange.sendResponseHeaders(200, 0);
				OutputStream out = exchange.getResponseBody();
				// a comment every 50 ms: ignored by SSE parsers, and it fails once the
				// client has closed the connection
				for (int i = 0; i < 20 * 120; i++) {
					out.write(": waiting\n\n".getBytes(StandardCharsets.UTF_8));
					out.flush();
					pause(Duration.ofMillis(50));
				}
			}
			default -> {
				if (stream) {
					stream(exchange, reply);
				}
				else {
					send(exchange, 200, "application/json", whole(reply));
					served.incrementAndGet();
				}
			}
		}
	}

	private void stream(HttpExchange exchange, Reply reply) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.getResponseHeaders().add("Cache-Control", "no-cache");
		exchange.sendResponseHeaders(200, 0);
		OutputStream out = exchange.getResponseBody();
		String id = "chatcmpl-" + served.get();
		boolean first = true;
		if (reply.kind == Reply.Kind.STAMPED) {
			for (int i = 0; i < reply.completionTokens; i++) {
				pause(reply.tokenDelay);
				Map<String, Object> delta = new LinkedHashMap<>();
				if (first) {
					delta.put("role", "assistant");
					first = false;
				}
				delta.put("content", System.nanoTime() + " ");
				event(out, chunk(id, delta, null));
			}
		}
		for (String token : reply.tokens) {
			pause(reply.tokenDelay);
			Map<String, Object> delta = new LinkedHashMap<>();
			if (first) {
				delta.put("role", "assistant");
				first = false;
			}
			delta.put("content", token);
			event(out, chunk(id, delta, null));
		}
		if (reply.kind == Reply.Kind.CUT) {
			out.flush();
			// closing the exchange without [DONE] ends the chunked body early
			return;
		}
		for (int i = 0; i < reply.calls.size(); i++) {
			String[] call = reply.calls.get(i);
			Map<String, Object> function = new LinkedHashMap<>();
			function.put("name", call[0]);
			function.put("arguments", "");
			Map<String, Object> opening = new LinkedHashMap<>();
			opening.put("index", i);
			opening.put("id", "call_" + served.get() + "_" + i);
			opening.put("type", "function");
			opening.put("function", function);
			Map<String, Object> delta = new LinkedHashMap<>();
			if (first) {
				delta.put("role", "assistant");
				first = false;
			}
			delta.put("tool_calls", List.of(opening));
			event(out, chunk(id, delta, null));
			// the arguments in two pieces, as real endpoints stream them
			String arguments = call[1];
			int half = arguments.length() / 2;
			for (String piece : List.of(arguments.substring(0, half), arguments.substring(half))) {
				event(out, chunk(id,
						Map.of("tool_calls", List.of(Map.of("index", i, "function", Map.of("arguments", piece)))),
						null));
			}
		}
		event(out, chunk(id, Map.of(), reply.calls.isEmpty() ? "stop" : "tool_calls"));
		Map<String, Object> usage = Map.of("prompt_tokens", reply.promptTokens, "completion_tokens",
				reply.completionTokens, "total_tokens", reply.promptTokens + reply.completionTokens);
		Map<String, Object> last = new LinkedHashMap<>();
		last.put("id", id);
		last.put("object", "chat.completion.chunk");
		last.put("created", 0);
		last.put("model", "scripted-model");
		last.put("choices", List.of());
		last.put("usage", usage);
		event(out, JSON.writeValueAsString(last));
		out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
		out.flush();
		served.incrementAndGet();
	}

	private static String chunk(String id, Map<String, Object> delta, String finish) {
		Map<String, Object> choice = new LinkedHashMap<>();
		choice.put("index", 0);
		choice.put("delta", delta);
		choice.put("finish_reason", finish);
		Map<String, Object> chunk = new LinkedHashMap<>();
		chunk.put("id", id);
		chunk.put("object", "chat.completion.chunk");
		chunk.put("created", 0);
		chunk.put("model", "scripted-model");
		chunk.put("choices", List.of(choice));
		return JSON.writeValueAsString(chunk);
	}

	private static void event(OutputStream out, String data) throws IOException {
		out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private String whole(Reply reply) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("role", "assistant");
		message.put("content", reply.calls.isEmpty() ? String.join("", reply.tokens) : null);
		if (!reply.calls.isEmpty()) {
			List<Map<String, Object>> calls = new ArrayList<>();
			for (int i = 0; i < reply.calls.size(); i++) {
				calls.add(Map.of("id", "call_" + served.get() + "_" + i, "type", "function", "function",
						Map.of("name", reply.calls.get(i)[0], "arguments", reply.calls.get(i)[1])));
			}
			message.put("tool_calls", calls);
		}
		Map<String, Object> choice = new LinkedHashMap<>();
		choice.put("index", 0);
		choice.put("message", message);
		choice.put("finish_reason", reply.calls.isEmpty() ? "stop" : "tool_calls");
		Map<String, Object> whole = new LinkedHashMap<>();
		whole.put("id", "chatcmpl-" + served.get());
		whole.put("object", "chat.completion");
		whole.put("created", 0);
		whole.put("model", "scripted-model");
		whole.put("choices", List.of(choice));
		whole.put("usage", Map.of("prompt_tokens", reply.promptTokens, "completion_tokens", reply.completionTokens,
				"total_tokens", reply.promptTokens + reply.completionTokens));
		return JSON.writeValueAsString(whole);
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void pause(Duration duration) {
		if (duration.isZero()) {
			return;
		}
		try {
			Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
