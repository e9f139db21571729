package dev.gridsight.chat.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.CommandCall;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandRunner;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.platform.ProblemException;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * The commands of one turn, each call checked against the workspace's chat policy, the
 * session's narrowing of it, the agent, the user's role and the agent's round limit, in
 * that order; the first that says no gives the reason. A change the assistant decides on
 * waits for the user's confirmation when the policy, the session or the agent asks it; a
 * command the user typed is the user's own decision and runs at once.
 */
final class TurnCommands implements CommandRunner {

	private static final Logger log = LoggerFactory.getLogger(TurnCommands.class);

	private final CommandRegistry registry;

	private final ChatPolicy policy;

	private final CommandContext context;

	private final WorkspaceAccess access;

	private final ChatRepository repository;

	private final TurnStream stream;

	private final UUID turnId;

	private final boolean typedByUser;

	private int rounds;

	private long commandNanos;

	private int errors;

	TurnCommands(CommandRegistry registry, ChatPolicy policy, CommandContext context, WorkspaceAccess access,
			ChatRepository repository, TurnStream stream, UUID turnId, boolean typedByUser) {
		this.registry = registry;
		this.policy = policy;
		this.context = context;
		this.access = access;
		this.repository = repository;
		this.stream = stream;
		this.turnId = turnId;
		this.typedByUser = typedByUser;
	}

	@Override
	public List<CommandSpec> allowed() {
		return registry.specs().stream().filter(spec -> refusal(spec).isEmpty()).toList();
	}

	@Override
	public CommandOutcome run(CommandCall call) {
		return run(call, false, false);
	}

	@Override
	public CommandOutcome run(CommandCall call, boolean forceConfirmation) {
		return run(call, false, forceConfirmation);
	}

	/** Runs a call the user confirmed: every check but the confirmation itself. */
	CommandOutcome runConfirmed(CommandCall call) {
		return run(call, true, false);
	}

	private CommandOutcome run(CommandCall call, boolean confirmed, boolean forceConfirmation) {
		String callId = UUID.randomUUID().toString();
		Map<String, Object> arguments = call.arguments();
		Optional<Command> found = registry.find(call.command() == null ? "" : call.command());
		if (found.isEmpty()) {
			return refused(callId, call, "There is no command /" + call.command() + ". Type /help for the list.");
		}
		CommandSpec spec = found.get().spec();
		Optional<String> refusal = refusal(spec);
		if (refusal.isEmpty() && rounds >= context.agent().toolRounds()) {
			refusal = Optional.of("The agent '" + context.agent().name() + "' may run at most "
					+ context.agent().toolRounds() + " commands in one turn.");
		}
		if (refusal.isPresent()) {
			return refused(callId, call, refusal.get());
		}
		rounds++;
		if (!confirmed && (needsConfirmation(spec) || (forceConfirmation && spec.changes()))) {
			String prompt = "Run /" + spec.name() + " " + describe(arguments) + "?";
			repository.insert(
					new ChatRepository.PendingCall(callId, context.session().id(), turnId, spec.name(), arguments),
					OffsetDateTime.now());
			stream.emit(new TurnEvent.ToolCall(callId, spec.name(), arguments, "pending", prompt));
			stream.emit(new TurnEvent.Confirmation(callId, spec.name(), arguments, prompt));
			stream.confirming();
			return new CommandOutcome.NeedsConfirmation(callId, prompt);
		}
		long started = System.nanoTime();
		try {
			CommandOutcome.Done done = found.get().run(context, arguments);
			stream.emit(new TurnEvent.ToolCall(callId, spec.name(), arguments, "ok", firstLine(done.summary())));
			done.charts().forEach(stream::chart);
			return done;
		}
		catch (ProblemException ex) {
			errors++;
			stream.emit(new TurnEvent.ToolCall(callId, spec.name(), arguments, "failed", ex.getMessage()));
			return new CommandOutcome.Failed(ex.getMessage());
		}
		catch (RuntimeException ex) {
			errors++;
			log.warn("The command /{} failed", spec.name(), ex);
			String message = "The command /" + spec.name() + " failed unexpectedly; the error is in the server log.";
			stream.emit(new TurnEvent.ToolCall(callId, spec.name(), arguments, "failed", message));
			return new CommandOutcome.Failed(message);
		}
		finally {
			commandNanos += System.nanoTime() - started;
		}
	}

	private CommandOutcome refused(String callId, CommandCall call, String reason) {
		errors++;
		stream.emit(new TurnEvent.ToolCall(callId, call.command(), call.arguments(), "refused", reason));
		return new CommandOutcome.Refused(reason);
	}

	/** Why this command may not run in this turn, if it may not. */
	Optional<String> refusal(CommandSpec spec) {
		String name = spec.name();
		if (!policy.allowsCommand(name)) {
			return Optional.of("The workspace's chat policy does not allow /" + name + ".");
		}
		if (context.session().allowedCommands() != null && !context.session().allowedCommands().contains(name)) {
			return Optional.of("This chat session does not allow /" + name + ".");
		}
		if (!context.agent().allowsCommand(name)) {
			return Optional.of("The agent '" + context.agent().name() + "' may not run /" + name + ".");
		}
		if ("dashboard.change".equals(spec.permission()) && !policy.mayChangeDashboards()) {
			return Optional.of("The workspace's chat policy does not let the chat change dashboards (/" + name + ").");
		}
		if ("share.change".equals(spec.permission()) && !policy.mayChangeShares()) {
			return Optional.of("The workspace's chat policy does not let the chat share (/" + name + ").");
		}
		if (spec.changes() && !isEditor()) {
			return Optional.of("You are a viewer of this workspace, and /" + name + " changes it.");
		}
		return Optional.empty();
	}

	private boolean isEditor() {
		try {
			access.require(context.workspaceId(), context.user().id(), WorkspaceRole.EDITOR);
			return true;
		}
		catch (ProblemException ex) {
			return false;
		}
	}

	private boolean needsConfirmation(CommandSpec spec) {
		if (typedByUser) {
			return false;
		}
		AgentProfile.Confirmation agent = context.agent().confirmation();
		if (agent == AgentProfile.Confirmation.ALWAYS) {
			return true;
		}
		return spec.changes()
				&& (policy.changesNeedConfirmation() || Boolean.TRUE.equals(context.session().confirmChanges())
						|| agent == AgentProfile.Confirmation.CHANGES);
	}

	private static String describe(Map<String, Object> arguments) {
		if (arguments.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		arguments.forEach((key, value) -> {
			String shown = String.valueOf(value);
			text.append(key).append('=').append(shown.length() > 80 ? shown.substring(0, 80) + "…" : shown).append(' ');
		});
		return text.toString().strip();
	}

	private static String firstLine(String summary) {
		int newline = summary.indexOf('\n');
		return newline < 0 ? summary : summary.substring(0, newline);
	}

	long commandNanos() {
		return commandNanos;
	}

	int errors() {
		return errors;
	}

}
