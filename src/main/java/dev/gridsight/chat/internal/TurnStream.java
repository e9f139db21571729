package dev.gridsight.chat.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.messaging.simp.SimpMessagingTemplate;

import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.SequencedEvent;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.chat.TurnEvents;

/**
 * The events of one turn: each gets the session's next sequence number, is stored (so a
 * client that reconnects can ask for it) and then sent on the session's topic; the
 * assistant message is folded from them as they come.
 */
final class TurnStream implements TurnEvents {

	static final String TOPIC = "/topic/chat.sessions.";

	private final UUID sessionId;

	private final UUID turnId;

	private final ChatRepository repository;

	private final SimpMessagingTemplate messaging;

	private final Clock clock;

	private long seq;

	private final StringBuilder content = new StringBuilder();

	private final List<ChatChart> charts = new ArrayList<>();

	private final List<TurnEvent> cards = new ArrayList<>();

	private String state;

	private boolean remembered;

	private String intent;

	private Double intentScore;

	private boolean asked;

	private boolean failed;

	private boolean confirming;

	TurnStream(UUID sessionId, UUID turnId, long lastSeq, ChatRepository repository, SimpMessagingTemplate messaging,
			Clock clock) {
		this.sessionId = sessionId;
		this.turnId = turnId;
		this.seq = lastSeq;
		this.repository = repository;
		this.messaging = messaging;
		this.clock = clock;
	}

	synchronized void emit(TurnEvent event) {
		SequencedEvent sequenced = new SequencedEvent(sessionId, turnId, ++seq, event);
		repository.insert(sequenced, OffsetDateTime.now(clock));
		messaging.convertAndSend(TOPIC + sessionId, sequenced);
		if (!(event instanceof TurnEvent.TextDelta || event instanceof TurnEvent.Started
				|| event instanceof TurnEvent.Done || event instanceof TurnEvent.ChartShown)) {
			cards.add(event);
		}
	}

	@Override
	public synchronized void text(String delta) {
		if (delta == null || delta.isEmpty()) {
			return;
		}
		content.append(delta);
		emit(new TurnEvent.TextDelta(delta));
	}

	@Override
	public synchronized void chart(ChatChart chart) {
		charts.add(chart);
		emit(new TurnEvent.ChartShown(chart));
	}

	@Override
	public synchronized void question(String text, List<String> choices) {
		asked = true;
		emit(new TurnEvent.Question(text, choices == null ? List.of() : List.copyOf(choices)));
	}

	@Override
	public synchronized void alternatives(List<TurnEvent.Alternative> options) {
		if (options != null && !options.isEmpty()) {
			emit(new TurnEvent.Alternatives(List.copyOf(options)));
		}
	}

	@Override
	public synchronized void error(String message) {
		failed = true;
		emit(new TurnEvent.Error(message));
	}

	@Override
	public synchronized void summary(String text, int messages) {
		emit(new TurnEvent.Summary(text, messages));
	}

	@Override
	public synchronized void remember(String newState) {
		this.state = newState;
		this.remembered = true;
	}

	@Override
	public synchronized void intent(String name, double score) {
		this.intent = name;
		this.intentScore = score;
	}

	synchronized void confirming() {
		confirming = true;
	}

	synchronized String content() {
		return content.toString();
	}

	synchronized List<ChatChart> charts() {
		return List.copyOf(charts);
	}

	synchronized List<TurnEvent> cards() {
		return List.copyOf(cards);
	}

	synchronized boolean remembered() {
		return remembered;
	}

	synchronized String state() {
		return state;
	}

	synchronized String intentName() {
		return intent;
	}

	synchronized Double intentScore() {
		return intentScore;
	}

	/** What the turn came to, for the done event and the analytics. */
	synchronized String outcome(boolean stopped) {
		if (stopped) {
			return "stopped";
		}
		if (failed) {
			return "error";
		}
		if (confirming) {
			return "confirmation";
		}
		if (asked) {
			return "question";
		}
		if ("fallback".equals(intent) || "out_of_scope".equals(intent)) {
			return "fallback";
		}
		return "answered";
	}

}
