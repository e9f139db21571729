package dev.gridsight.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/chat/sessions/{id}/events/stream}: a turn's events as server-sent
 * events, with a personal API token (no cookie, no CSRF token), ending after the turn's
 * {@code done}; another user's session is not found.
 */
@IntegrationTest
class ChatEventStreamIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aTurnStartedWithABearerTokenStreamsAsServerSentEventsUntilItsDone() throws Exception {
		Accounts.Person owner = new Accounts(port).member();
		String token = token(owner.client());
		ApiClient script = new ApiClient(port).bearer(token);
		ChatIT.upload(owner.client(), null, "meters");
		String session = ChatIT.session(script, Map.of());
		long lastSeq = script.get("/api/chat/sessions/" + session).json().path("lastSeq").asLong();

		// the stream is opened before the turn starts: it waits for it
		CompletableFuture<HttpResponse<String>> streamed = http.sendAsync(
				stream(token, "/api/chat/sessions/" + session + "/events/stream?after=" + lastSeq),
				HttpResponse.BodyHandlers.ofString());
		ApiClient.Response started = script.post("/api/chat/sessions/" + session + "/messages?stream=true",
				Map.of("content", "/datasets"));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String turnId = started.json().path("turnId").asString();

		HttpResponse<String> response = streamed.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		List<Frame> frames = frames(response.body());
		assertThat(frames).extracting(Frame::event).startsWith("started").endsWith("done").contains("tool_call");
		assertThat(frames).allSatisfy(frame -> assertThat(frame.data()).contains("\"turnId\":\"" + turnId + "\""));
		List<Long> ids = frames.stream().map(frame -> Long.parseLong(frame.id())).toList();
		assertThat(ids).isSorted().doesNotHaveDuplicates();
		assertThat(ids.get(0)).isEqualTo(lastSeq + 1);
		assertThat(frames.get(frames.size() - 1).data()).contains("\"type\":\"done\"");

		// replayed from the log: the same events, numbered the same
		HttpResponse<String> again = http.send(stream(token, "/api/chat/sessions/" + session + "/events/stream"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(frames(again.body()).stream().map(Frame::id).toList())
			.isEqualTo(frames.stream().map(Frame::id).toList());
	}

	@Test
	void theStreamEndsAtTheNamedTurnsDoneNotAnEarlierOne() throws Exception {
		Accounts.Person owner = new Accounts(port).member();
		String token = token(owner.client());
		ApiClient script = new ApiClient(port).bearer(token);
		String session = ChatIT.session(script, Map.of());
		ChatIT.send(script, session, "/help");
		ApiClient.Response second = script.post("/api/chat/sessions/" + session + "/messages",
				Map.of("content", "/help"));
		String secondTurn = second.json().path("messages").get(0).path("turnId").asString();

		HttpResponse<String> response = http.send(
				stream(token, "/api/chat/sessions/" + session + "/events/stream?after=0&turnId=" + secondTurn),
				HttpResponse.BodyHandlers.ofString());
		List<Frame> frames = frames(response.body());
		assertThat(frames.stream().filter(frame -> frame.event().equals("done")).count()).isEqualTo(2);
		assertThat(frames.get(frames.size() - 1).data()).contains(secondTurn);
	}

	@Test
	void anotherUsersSessionOrNoCredentialsIsRefusedBeforeAnythingStreams() throws Exception {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		Accounts.Person stranger = accounts.member();
		String session = ChatIT.session(owner.client(), Map.of());
		String path = "/api/chat/sessions/" + session + "/events/stream";

		HttpResponse<String> other = http.send(stream(token(stranger.client()), path),
				HttpResponse.BodyHandlers.ofString());
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("event:");
		assertThat(stranger.client().get(path).status()).isEqualTo(404);
		HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> wrongToken = http.send(stream("gs_not-a-token", path),
				HttpResponse.BodyHandlers.ofString());
		assertThat(wrongToken.statusCode()).isEqualTo(401);
	}

	static String token(ApiClient client) {
		ApiClient.Response issued = client.post("/api/tokens", Map.of("name", "sse test"));
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		return issued.json().path("token").asString();
	}

	private HttpRequest stream(String token, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	record Frame(String id, String event, String data) {
	}

	static List<Frame> frames(String body) {
		List<Frame> frames = new ArrayList<>();
		for (String block : body.split("\n\n")) {
			String id = null;
			String event = null;
			StringBuilder data = new StringBuilder();
			for (String line : block.split("\n")) {
				if (line.startsWith("id:")) {
					id = line.substring(3).trim();
				}
				else if (line.startsWith("event:")) {
					event = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
			if (event != null) {
				frames.add(new Frame(id, event, data.toString()));
			}
		}
		return frames;
	}

}
