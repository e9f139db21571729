package dev.gridsight.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;
import dev.gridsight.dashboard.LiveStomp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn streams over the live socket as numbered events; a client whose socket is cut in
 * the middle of an answer reconnects, asks for what came after the last number it saw,
 * and ends with every event exactly once.
 */
@IntegrationTest
class ChatStreamIT {

	@LocalServerPort
	int port;

	@Test
	void aClientCutMidAnswerResumesFromItsLastSequenceNumberWithNothingLostOrDoubled() throws Exception {
		Accounts.Person owner = new Accounts(port).member();
		ApiClient client = owner.client();
		String session = ChatIT.session(client, Map.of());
		String topic = "/topic/chat.sessions." + session;
		Map<Long, Map<String, Object>> seen = new TreeMap<>();

		try (LiveStomp first = new LiveStomp(port, client.cookie("GRIDSIGHT_SESSION"))) {
			first.subscribe(topic);
			// a subscription is registered when the broker has seen it: turns are sent
			// until
			// one of their events arrives, and what the socket missed meanwhile is caught
			// up
			// over HTTP, as a client does
			awaitLive(client, session, first);
			for (JsonNode event : client.get("/api/chat/sessions/" + session + "/events?after=0")
				.json()
				.path("events")) {
				seen.put(event.path("seq").asLong(), Map.of("type", event.path("event").path("type").asString()));
			}
			long caughtUp = seen.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
			startTurn(client, session, "/help chart");
			Map<String, Object> event;
			do {
				event = first.received.poll(10, TimeUnit.SECONDS);
				assertThat(event).as("the second turn's first event").isNotNull();
			}
			while (seq(event) <= caughtUp);
			seen.put(seq(event), event);
			// the socket is cut here: whatever else is on its way is dropped
		}
		long lastSeen = seen.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();

		try (LiveStomp again = new LiveStomp(port, client.cookie("GRIDSIGHT_SESSION"))) {
			again.subscribe(topic);
			JsonNode missed = waitForDone(client, session, lastSeen);
			for (JsonNode event : missed.path("events")) {
				assertThat(seen.containsKey(event.path("seq").asLong())).as("asked only for what came after").isFalse();
				seen.put(event.path("seq").asLong(), Map.of("type", event.path("event").path("type").asString()));
			}
		}

		JsonNode all = client.get("/api/chat/sessions/" + session + "/events?after=0").json().path("events");
		List<Long> stored = new ArrayList<>();
		all.forEach(event -> stored.add(event.path("seq").asLong()));
		assertThat(new ArrayList<>(seen.keySet())).isEqualTo(stored);
		assertThat(stored).first().isEqualTo(1L);
		assertThat(stored.get(stored.size() - 1)).isEqualTo((long) stored.size());
		assertThat(all.get(all.size() - 1).path("event").path("type").asString()).isEqualTo("done");
		long dones = 0;
		long starts = 0;
		for (JsonNode event : all) {
			dones += event.path("event").path("type").asString().equals("done") ? 1 : 0;
			starts += event.path("event").path("type").asString().equals("started") ? 1 : 0;
		}
		assertThat(dones).as("every turn ended once").isEqualTo(starts).isGreaterThanOrEqualTo(2);
		assertThat(client.get("/api/chat/sessions/" + session).json().path("lastSeq").asLong())
			.isEqualTo(stored.size());
	}

	@Test
	void aStrangerCannotListenToSomeoneElsesSession() throws Exception {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		Accounts.Person stranger = accounts.member();
		String session = ChatIT.session(owner.client(), Map.of());
		try (LiveStomp spy = new LiveStomp(port, stranger.client().cookie("GRIDSIGHT_SESSION"))) {
			spy.subscribe("/topic/chat.sessions." + session);
			assertThat(spy.errors.poll(10, TimeUnit.SECONDS)).as("the server refuses the subscription").isNotNull();
			ChatIT.send(owner.client(), session, "/help");
			assertThat(spy.received.poll(2, TimeUnit.SECONDS)).isNull();
		}
	}

	@Test
	void aStreamedTurnAnswersAtOnceAndStoresItsMessagesWhenDone() throws Exception {
		Accounts.Person owner = new Accounts(port).member();
		String session = ChatIT.session(owner.client(), Map.of());
		ApiClient.Response started = owner.client()
			.post("/api/chat/sessions/" + session + "/messages?stream=true", Map.of("content", "/datasets"));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.json().path("userMessage").path("content").asString()).isEqualTo("/datasets");
		waitForDone(owner.client(), session, 0);
		JsonNode messages = owner.client().get("/api/chat/sessions/" + session + "/messages").json();
		assertThat(messages.path("total").asInt()).isEqualTo(2);
		assertThat(messages.path("items").get(1).path("turnId").asString())
			.isEqualTo(started.json().path("turnId").asString());
	}

	private static void startTurn(ApiClient client, String session, String content) {
		ApiClient.Response started = client.post("/api/chat/sessions/" + session + "/messages?stream=true",
				Map.of("content", content));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
	}

	/** Sends turns until one of their events arrives on the socket. */
	private static void awaitLive(ApiClient client, String session, LiveStomp socket) throws InterruptedException {
		for (int attempt = 0; attempt < 10; attempt++) {
			startTurn(client, session, "/help");
			waitForDone(client, session, 0);
			if (socket.received.poll(3, TimeUnit.SECONDS) != null) {
				return;
			}
		}
		throw new AssertionError("No event arrived on the socket after 10 turns");
	}

	/** Asks for the events after {@code after} until the turn's done is among them. */
	static JsonNode waitForDone(ApiClient client, String session, long after) {
		// the turn runs on the server's threads: its stored events are polled
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> client.get("/api/chat/sessions/" + session + "/events?after=" + after).json(), events -> {
				JsonNode list = events.path("events");
				return !list.isEmpty()
						&& list.get(list.size() - 1).path("event").path("type").asString().equals("done");
			});
	}

	private static long seq(Map<String, Object> event) {
		return ((Number) event.get("seq")).longValue();
	}

}
