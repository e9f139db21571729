package dev.gridsight.assistant.internal.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.chat.TurnEvents;

/** What an engine said in a turn, for tests. */
final class RecordingEvents implements TurnEvents {

	final List<String> texts = new CopyOnWriteArrayList<>();

	final List<String> errors = new CopyOnWriteArrayList<>();

	final List<TurnEvent.Alternative> alternatives = new CopyOnWriteArrayList<>();

	final List<TurnEvent.Summary> summaries = new CopyOnWriteArrayList<>();

	final List<ChatChart> charts = new CopyOnWriteArrayList<>();

	volatile String remembered;

	String text() {
		return String.join("", texts);
	}

	@Override
	public void text(String delta) {
		texts.add(delta);
	}

	@Override
	public void chart(ChatChart chart) {
		charts.add(chart);
	}

	@Override
	public void question(String text, List<String> choices) {
		texts.add(text);
	}

	@Override
	public void alternatives(List<TurnEvent.Alternative> options) {
		alternatives.addAll(options);
	}

	@Override
	public void error(String message) {
		errors.add(message);
	}

	@Override
	public void summary(String text, int messages) {
		summaries.add(new TurnEvent.Summary(text, messages));
	}

	@Override
	public void remember(String state) {
		remembered = state;
	}

	@Override
	public void intent(String name, double score) {
	}

}
