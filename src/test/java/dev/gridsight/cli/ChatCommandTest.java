package dev.gridsight.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat loop against a scripted server: a number picks the choice a question offered,
 * a stream cut before the turn's end is opened again from the last event seen, and each
 * request carries the token.
 */
class ChatCommandTest {

	HttpServer server;

	final List<String> sent = new CopyOnWriteArrayList<>();

	final List<String> streams = new CopyOnWriteArrayList<>();

	final List<String> authorizations = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/chat/sessions", this::handle);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		String path = exchange.getRequestURI().getPath();
		String query = exchange.getRequestURI().getQuery();
		String method = exchange.getRequestMethod();
		if (method.equals("POST") && path.equals("/api/chat/sessions")) {
			json(exchange, 201, "{\"id\": \"s1\", \"title\": \"New chat\", \"lastSeq\": 0}");
		}
		else if (method.equals("GET") && path.equals("/api/chat/sessions/s1")) {
			json(exchange, 200, "{\"id\": \"s1\", \"title\": \"New chat\", \"lastSeq\": " + (sent.size() * 10) + "}");
		}
		else if (method.equals("POST") && path.equals("/api/chat/sessions/s1/messages")) {
			JsonNode body = ServerConnection.JSON.readTree(exchange.getRequestBody().readAllBytes());
			sent.add(body.path("content").asString());
			json(exchange, 202, "{\"turnId\": \"t" + sent.size() + "\"}");
		}
		else if (method.equals("GET") && path.equals("/api/chat/sessions/s1/events/stream")) {
			streams.add(query);
			exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				if (sent.size() == 1 && streams.size() == 1) {
					// the first half of the turn, then the stream is cut
					event(out, 1, "t1", "{\"type\": \"started\", \"message\": {}}");
					event(out, 2, "t1", "{\"type\": \"text\", \"text\": \"Which dataset\"}");
				}
				else if (sent.size() == 1) {
					event(out, 3, "t1",
							"{\"type\": \"question\", \"text\": \"Which one?\", \"choices\": [\"meters\", \"sales\"]}");
					event(out, 4, "t1", "{\"type\": \"done\", \"outcome\": \"question\"}");
				}
				else {
					event(out, 11, "t2", "{\"type\": \"text\", \"text\": \"Charting " + sent.get(1) + ".\"}");
					event(out, 12, "t2", "{\"type\": \"done\", \"outcome\": \"answered\"}");
				}
			}
		}
		else {
			json(exchange, 404, "{\"detail\": \"no " + path + "\"}");
		}
	}

	private static void event(OutputStream out, long seq, String turn, String event) throws IOException {
		String data = "{\"sessionId\": \"s1\", \"turnId\": \"" + turn + "\", \"seq\": " + seq + ", \"event\": " + event
				+ "}";
		out.write(("id: " + seq + "\nevent: x\ndata:" + data + "\n\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private static void json(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Test
	void aNumberPicksTheOfferedChoiceAndACutStreamResumesAfterTheLastEventSeen() {
		GridsightCliTest.Run run = GridsightCliTest.run(Map.of("GRIDSIGHT_URL",
				"http://127.0.0.1:" + server.getAddress().getPort(), "GRIDSIGHT_TOKEN", "gs_scripted"),
				"hello\n2\n/quit\n", "chat");
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(sent).as(run.out()).containsExactly("hello", "sales");
		assertThat(streams).containsExactly("after=0&turnId=t1", "after=2&turnId=t1", "after=10&turnId=t2");
		assertThat(run.out()).contains("Which dataset\n? Which one?\n  1. meters\n  2. sales\n")
			.contains("» sales\n")
			.contains("Charting sales.");
		assertThat(authorizations).allMatch("Bearer gs_scripted"::equals);
	}

}
