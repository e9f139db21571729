package dev.gridsight.chat.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.gridsight.chat.SequencedEvent;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.identity.CurrentUser;

/**
 * A session's events as server-sent events, for the CLI and scripts that do not speak
 * STOMP: {@code GET /api/chat/sessions/{id}/events/stream?after=N[&turnId=T]}. Each
 * {@link SequencedEvent} after N goes out as {@code id: seq}, {@code event: type},
 * {@code data: json}; the stream ends after the first {@code done} (of turn T when
 * named), on client disconnect, or after {@link #LIFETIME}.
 *
 * <p>
 * The events are read from the stored log, as {@code GET …/events?after=N} reads them,
 * every {@link #POLL} while they come and every {@link #IDLE_POLL} once none came for
 * {@link #ACTIVE}: nothing is missed between the request and the turn's start, and no
 * hook in the turn's hot path is needed. A session deleted meanwhile ends its streams at
 * the next heartbeat.
 */
@RestController
@RequestMapping("/api/chat")
class ChatEventStreamController implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ChatEventStreamController.class);

	static final Duration POLL = Duration.ofMillis(50);

	/** How often a stream with no event for {@link #ACTIVE} reads the log. */
	static final Duration IDLE_POLL = Duration.ofMillis(250);

	static final Duration ACTIVE = Duration.ofSeconds(2);

	static final Duration LIFETIME = Duration.ofMinutes(15);

	/** A comment line now and then, so a client that went away is noticed. */
	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private static final int BATCH = 500;

	private final CurrentUser currentUser;

	private final ChatService chats;

	private final ChatRepository repository;

	private final ScheduledExecutorService pollers;

	ChatEventStreamController(CurrentUser currentUser, ChatService chats, ChatRepository repository) {
		this.currentUser = currentUser;
		this.chats = chats;
		this.repository = repository;
		AtomicInteger count = new AtomicInteger();
		this.pollers = Executors.newScheduledThreadPool(2, runnable -> {
			Thread thread = new Thread(runnable, "chat-sse-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@GetMapping(path = "/sessions/{id}/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable UUID id, @RequestParam(defaultValue = "0") long after,
			@RequestParam(required = false) UUID turnId) {
		// the owner check, once: another user's session is a 404 before anything streams
		chats.get(currentUser.get(), id);
		SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
		Relay relay = new Relay(id, Math.max(0, after), turnId, emitter);
		relay.task = pollers.scheduleWithFixedDelay(relay::poll, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
		emitter.onCompletion(relay::cancel);
		emitter.onTimeout(relay::cancel);
		emitter.onError(error -> relay.cancel());
		return emitter;
	}

	/** One open stream: where it is in the session's log, and when it stops. */
	private final class Relay {

		private final UUID sessionId;

		private final UUID turnId;

		private final SseEmitter emitter;

		private long last;

		private long quietSince = System.nanoTime();

		/**
		 * Reads every {@link #POLL} while events come, every {@link #IDLE_POLL} after.
		 */
		private long lastEventAt = System.nanoTime();

		private long lastReadAt;

		private volatile boolean over;

		private volatile ScheduledFuture<?> task;

		Relay(UUID sessionId, long after, UUID turnId, SseEmitter emitter) {
			this.sessionId = sessionId;
			this.last = after;
			this.turnId = turnId;
			this.emitter = emitter;
		}

		void poll() {
			if (over) {
				cancel();
				return;
			}
			long now = System.nanoTime();
			if (now - lastEventAt > ACTIVE.toNanos() && now - lastReadAt < IDLE_POLL.toNanos()) {
				// no event for a while: read less often until the next one comes
				return;
			}
			try {
				lastReadAt = now;
				List<SequencedEvent> events = repository.eventsAfter(sessionId, last, BATCH);
				for (SequencedEvent event : events) {
					last = event.seq();
					emitter.send(SseEmitter.event()
						.id(Long.toString(event.seq()))
						.name(type(event.event()))
						.data(event, MediaType.APPLICATION_JSON));
					if (event.event() instanceof TurnEvent.Done && (turnId == null || turnId.equals(event.turnId()))) {
						over = true;
						cancel();
						emitter.complete();
						return;
					}
				}
				if (!events.isEmpty()) {
					lastEventAt = now;
					quietSince = now;
				}
				else if (now - quietSince > HEARTBEAT.toNanos()) {
					quietSince = now;
					if (repository.find(sessionId).isEmpty()) {
						// deleted meanwhile: nothing more will come
						over = true;
						cancel();
						emitter.complete();
						return;
					}
					emitter.send(SseEmitter.event().comment("waiting"));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away (or the emitter is already complete)
				cancel();
			}
			catch (RuntimeException ex) {
				log.warn("The chat event stream of session {} failed", sessionId, ex);
				cancel();
				emitter.completeWithError(ex);
			}
		}

		void cancel() {
			over = true;
			ScheduledFuture<?> running = task;
			if (running != null) {
				running.cancel(false);
			}
		}

	}

	/**
	 * The event's name on the wire: the same {@code type} its JSON carries (read from
	 * {@link TurnEvent}'s subtype list, so an event type added there is named right
	 * here).
	 */
	static String type(TurnEvent event) {
		return TYPES.getOrDefault(event.getClass(), "event");
	}

	private static final Map<Class<?>, String> TYPES = types();

	private static Map<Class<?>, String> types() {
		Map<Class<?>, String> names = new HashMap<>();
		for (JsonSubTypes.Type type : TurnEvent.class.getAnnotation(JsonSubTypes.class).value()) {
			names.put(type.value(), type.name());
		}
		return Map.copyOf(names);
	}

	@Override
	public void destroy() {
		pollers.shutdownNow();
	}

}
