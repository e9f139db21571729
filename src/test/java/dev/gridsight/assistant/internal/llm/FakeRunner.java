package dev.gridsight.assistant.internal.llm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.gridsight.chat.CommandCall;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandRunner;
import dev.gridsight.chat.CommandSpec;

/**
 * A command runner for engine tests: the commands it allows, outcomes scripted per
 * command, and the same refusals as the chat's runner for a command it does not allow (or
 * that does not exist); every call is recorded with whether confirmation was forced.
 */
final class FakeRunner implements CommandRunner {

	static final CommandSpec CHART = new CommandSpec("chart", "Draw a chart of a dataset", "/chart …",
			Map.of("type", "object", "properties",
					Map.of("title", Map.of("type", "string"), "query",
							Map.of("type", "object", "description", "a ChartQuery")),
					"required", List.of("query")),
			"chart.create", false);

	static final CommandSpec DATASETS = new CommandSpec("datasets", "List the datasets", "/datasets",
			Map.of("type", "object", "properties", Map.of()), "data.read", false);

	static final CommandSpec SHARE = new CommandSpec("share", "Share the tab", "/share tab|chart",
			Map.of("type", "object", "properties", Map.of("target",
					Map.of("type", "string", "enum", List.of("tab", "chart")), "with", Map.of("type", "string"))),
			"share.change", true);

	record Call(CommandCall call, boolean forced) {
	}

	final List<Call> calls = new CopyOnWriteArrayList<>();

	private final List<CommandSpec> allowed;

	private final Map<String, Deque<CommandOutcome>> outcomes = new java.util.HashMap<>();

	FakeRunner(CommandSpec... allowed) {
		this.allowed = List.of(allowed);
	}

	FakeRunner then(String command, CommandOutcome... results) {
		outcomes.computeIfAbsent(command, name -> new ArrayDeque<>()).addAll(List.of(results));
		return this;
	}

	@Override
	public List<CommandSpec> allowed() {
		return allowed;
	}

	@Override
	public CommandOutcome run(CommandCall call) {
		return run(call, false);
	}

	@Override
	public CommandOutcome run(CommandCall call, boolean forceConfirmation) {
		calls.add(new Call(call, forceConfirmation));
		CommandSpec spec = allowed.stream().filter(s -> s.name().equals(call.command())).findFirst().orElse(null);
		if (spec == null) {
			return new CommandOutcome.Refused("The agent 'Analyst' may not run /" + call.command() + ".");
		}
		if (forceConfirmation && spec.changes()) {
			return new CommandOutcome.NeedsConfirmation("c1", "Run /" + spec.name() + " " + call.arguments() + "?");
		}
		Deque<CommandOutcome> queued = outcomes.get(call.command());
		if (queued == null || queued.isEmpty()) {
			return new CommandOutcome.Done("Ran /" + call.command() + ".", List.of(), Map.of());
		}
		return queued.size() == 1 ? queued.peek() : queued.poll();
	}

}
