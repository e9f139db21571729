package dev.gridsight.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.Agents;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.ChatEngine;
import dev.gridsight.chat.ChatMessage;
import dev.gridsight.chat.ChatTurn;
import dev.gridsight.chat.CommandCall;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.SequencedEvent;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.platform.ProblemException;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceFiles;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Sessions and their turns. A session belongs to the user who made it: every other user's
 * call on it is not found. One turn runs at a time in a session.
 */
@Service
class ChatService {

	private static final Logger log = LoggerFactory.getLogger(ChatService.class);

	static final int MAX_MESSAGE_LENGTH = 20_000;

	/**
	 * The most earlier messages a turn hands its engine; an LLM engine compresses them
	 * into a summary long before (issue 11).
	 */
	static final int HISTORY = 200;

	static final int MAX_CONTEXT_FILES = 20;

	static final String BUILTIN = "builtin";

	/** Used when the workspace has no agents (the agents module not installed). */
	private static final AgentProfile NO_AGENT = new AgentProfile(null, null, "Assistant", 0, "", BUILTIN, Set.of(),
			Set.of(), 5, AgentProfile.Confirmation.CHANGES);

	private final ChatRepository repository;

	private final ChatPolicyService policies;

	private final CommandRegistry registry;

	private final WorkspaceAccess access;

	private final ObjectProvider<Agents> agents;

	private final Tabs tabs;

	private final List<ChatEngine> engines;

	private final ObjectProvider<WorkspaceFiles> files;

	private final SimpMessagingTemplate messaging;

	private final Executor executor;

	private final Clock clock;

	/** The turns running now, by session: what stop cancels. */
	private final Map<UUID, AtomicBoolean> running = new ConcurrentHashMap<>();

	ChatService(ChatRepository repository, ChatPolicyService policies, CommandRegistry registry, WorkspaceAccess access,
			ObjectProvider<Agents> agents, Tabs tabs, List<ChatEngine> engines, SimpMessagingTemplate messaging,
			@Qualifier("chatTurns") Executor executor, Clock clock, ObjectProvider<WorkspaceFiles> files) {
		this.files = files;
		this.repository = repository;
		this.policies = policies;
		this.registry = registry;
		this.access = access;
		this.agents = agents;
		this.tabs = tabs;
		this.engines = List.copyOf(engines);
		this.messaging = messaging;
		this.executor = executor;
		this.clock = clock;
	}

	// sessions

	record NewSession(UUID workspaceId, UUID agentId, UUID tabId, String title) {
	}

	@Transactional
	ChatSessionRecord create(UserAccount user, NewSession request) {
		UUID workspace = request.workspaceId();
		if (request.tabId() != null) {
			UUID tabWorkspace = tabs.readable(request.tabId(), user.id()).workspaceId();
			workspace = same(workspace, tabWorkspace, "tabId");
		}
		if (request.agentId() != null) {
			workspace = same(workspace, agent(request.agentId(), user.id()).workspaceId(), "agentId");
		}
		if (workspace == null) {
			workspace = user.personalWorkspaceId();
		}
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		OffsetDateTime now = OffsetDateTime.now(clock);
		ChatSessionRecord session = new ChatSessionRecord(UUID.randomUUID(), workspace, user.id(),
				title(request.title() == null ? "New chat" : request.title()), request.agentId(), request.tabId(), null,
				null, null, 0, now, now, null, List.of());
		repository.insert(session);
		return session;
	}

	private static UUID same(UUID chosen, UUID other, String field) {
		if (chosen != null && !chosen.equals(other)) {
			throw new InvalidInput(field + " belongs to another workspace than the session's.");
		}
		return other;
	}

	/**
	 * The session, if it is the user's (and the user is still a member of its workspace).
	 */
	ChatSessionRecord get(UserAccount user, UUID sessionId) {
		ChatSessionRecord session = repository.find(sessionId)
			.filter(found -> found.userId().equals(user.id()))
			.orElseThrow(() -> new NotFound("There is no chat session " + sessionId + "."));
		try {
			access.require(session.workspaceId(), user.id(), WorkspaceRole.VIEWER);
		}
		catch (ProblemException ex) {
			throw new NotFound("There is no chat session " + sessionId + ".");
		}
		return session;
	}

	PageResult<ChatSessionRecord> list(UserAccount user, UUID workspaceId, String search, PageQuery page) {
		if (search != null && search.length() > 200) {
			throw new InvalidInput("q is at most 200 characters.");
		}
		return new PageResult<>(repository.page(user.id(), workspaceId, search, page), page.page(), page.size(),
				repository.count(user.id(), workspaceId, search));
	}

	record SessionChangeRequest(String title, boolean tabSet, UUID tabId, UUID agentId, boolean commandsSet,
			Set<String> allowedCommands, boolean confirmSet, Boolean confirmChanges, boolean modelSet, String model,
			boolean filesSet, List<UUID> contextFiles) {

		SessionChangeRequest(String title, boolean tabSet, UUID tabId, UUID agentId, boolean commandsSet,
				Set<String> allowedCommands, boolean confirmSet, Boolean confirmChanges) {
			this(title, tabSet, tabId, agentId, commandsSet, allowedCommands, confirmSet, confirmChanges, false, null,
					false, null);
		}

	}

	@Transactional
	ChatSessionRecord update(UserAccount user, UUID sessionId, SessionChangeRequest change) {
		ChatSessionRecord session = get(user, sessionId);
		String title = change.title() == null ? session.title() : title(change.title());
		UUID tabId = session.tabId();
		if (change.tabSet()) {
			if (change.tabId() != null
					&& !tabs.readable(change.tabId(), user.id()).workspaceId().equals(session.workspaceId())) {
				throw new InvalidInput("tabId belongs to another workspace than the session's.");
			}
			tabId = change.tabId();
		}
		UUID agentId = session.agentId();
		if (change.agentId() != null) {
			if (!agent(change.agentId(), user.id()).workspaceId().equals(session.workspaceId())) {
				throw new InvalidInput("agentId belongs to another workspace than the session's.");
			}
			agentId = change.agentId();
		}
		Set<String> allowed = change.commandsSet() ? allowedCommands(change.allowedCommands())
				: session.allowedCommands();
		Boolean confirm = change.confirmSet() ? change.confirmChanges() : session.confirmChanges();
		String model = session.model();
		if (change.modelSet()) {
			model = model(session.workspaceId(), user, change.model());
		}
		List<UUID> files = session.contextFiles();
		if (change.filesSet()) {
			files = contextFiles(session.workspaceId(), user, change.contextFiles());
		}
		ChatSessionRecord changed = session.with(title, agentId, tabId, allowed, confirm, OffsetDateTime.now(clock))
			.withContext(model, files);
		repository.update(changed);
		return changed;
	}

	/**
	 * A model a session may switch to: one an installed engine answers for the workspace.
	 */
	private String model(UUID workspaceId, UserAccount user, String wanted) {
		if (wanted == null || wanted.isBlank()) {
			return null;
		}
		String name = wanted.strip();
		if (engines.stream().noneMatch(engine -> engine.answers(workspaceId, user.id(), name))) {
			throw new InvalidInput("model: there is no model '" + name
					+ "' in this workspace; choose 'builtin' or one configured under Settings → Models.");
		}
		return name;
	}

	/** Files a session may take as context: the workspace's, readable by the user. */
	private List<UUID> contextFiles(UUID workspaceId, UserAccount user, List<UUID> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<UUID> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
		if (distinct.size() > MAX_CONTEXT_FILES) {
			throw new InvalidInput("contextFiles: at most " + MAX_CONTEXT_FILES + " files can be a chat's context.");
		}
		WorkspaceFiles available = files.getIfAvailable();
		if (available == null) {
			throw new InvalidInput("contextFiles: workspace files are not installed on this server.");
		}
		available.checkReadable(user.id(), workspaceId, distinct);
		return distinct;
	}

	private static Set<String> allowedCommands(Set<String> names) {
		if (names == null) {
			return null;
		}
		for (String name : names) {
			if (!CommandNames.ALL.contains(name)) {
				throw new InvalidInput("allowedCommands: there is no command '" + name + "'.");
			}
		}
		return Set.copyOf(names);
	}

	@Transactional
	void delete(UserAccount user, UUID sessionId) {
		get(user, sessionId);
		repository.delete(sessionId);
	}

	PageResult<ChatMessage> messages(UserAccount user, UUID sessionId, PageQuery page) {
		get(user, sessionId);
		return new PageResult<>(repository.messages(sessionId, page), page.page(), page.size(),
				repository.messageCount(sessionId));
	}

	List<SequencedEvent> eventsAfter(UserAccount user, UUID sessionId, long after) {
		get(user, sessionId);
		return repository.eventsAfter(sessionId, Math.max(0, after), 5_000);
	}

	/** The commands a session may run, for its slash menu. */
	List<dev.gridsight.chat.CommandSpec> commands(UserAccount user, UUID sessionId) {
		ChatSessionRecord session = get(user, sessionId);
		return commandsOf(user, session, agentOf(session, user), null, UUID.randomUUID(), true).allowed();
	}

	// turns

	/** A turn that was started: its user message, and the assistant's once it is over. */
	record Turn(UUID turnId, ChatMessage userMessage, ChatMessage answer) {
	}

	/** One turn, answered in full on this thread. */
	Turn send(UserAccount user, UUID sessionId, String content) {
		return send(user, sessionId, content, null);
	}

	/**
	 * One turn answered by {@code model} instead of the session's (the offer to answer
	 * with the built-in engine when a model timed out); null: the session's.
	 */
	Turn send(UserAccount user, UUID sessionId, String content, String model) {
		Prepared prepared = prepare(user, sessionId, content, model);
		try {
			return new Turn(prepared.turnId(), prepared.userMessage(), answer(user, prepared));
		}
		finally {
			running.remove(sessionId);
		}
	}

	/** Starts a turn and returns at once; the answer comes as events. */
	Turn start(UserAccount user, UUID sessionId, String content) {
		return start(user, sessionId, content, null);
	}

	Turn start(UserAccount user, UUID sessionId, String content, String model) {
		Prepared prepared = prepare(user, sessionId, content, model);
		try {
			executor.execute(() -> {
				try {
					answer(user, prepared);
				}
				catch (RuntimeException ex) {
					log.warn("A chat turn failed", ex);
				}
				finally {
					running.remove(sessionId);
				}
			});
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			running.remove(sessionId);
			prepared.stream().error("The server is busy answering other chats; send the message again in a moment.");
			finish(user, prepared, NO_AGENT, new CommandContext.SessionChanges(), null, "none");
		}
		return new Turn(prepared.turnId(), prepared.userMessage(), null);
	}

	void stop(UserAccount user, UUID sessionId) {
		get(user, sessionId);
		AtomicBoolean cancelled = running.get(sessionId);
		if (cancelled != null) {
			cancelled.set(true);
		}
	}

	/**
	 * @param model the model for this turn only, or null: the session's
	 */
	private record Prepared(ChatSessionRecord session, UUID turnId, ChatMessage userMessage, TurnStream stream,
			AtomicBoolean cancelled, long started, String model) {
	}

	private Prepared prepare(UserAccount user, UUID sessionId, String content, String model) {
		String text = checked(content);
		ChatSessionRecord session = get(user, sessionId);
		String turnModel = model == null || model.isBlank() ? null : model(session.workspaceId(), user, model);
		AtomicBoolean cancelled = new AtomicBoolean();
		if (running.putIfAbsent(sessionId, cancelled) != null) {
			throw new Conflict("A turn is still running in this chat; wait for it or stop it.");
		}
		try {
			long started = System.nanoTime();
			// the session as it is now: its last sequence number moved with the last turn
			session = get(user, sessionId);
			UUID turnId = UUID.randomUUID();
			ChatMessage userMessage = new ChatMessage(UUID.randomUUID(), turnId, "user", text, List.of(), List.of(),
					null, OffsetDateTime.now(clock));
			repository.insert(sessionId, userMessage);
			if ("New chat".equals(session.title()) && repository.messageCount(sessionId) == 1) {
				ChatSessionRecord titled = session.with(title(text), session.agentId(), session.tabId(),
						session.allowedCommands(), session.confirmChanges(), OffsetDateTime.now(clock));
				repository.update(titled);
				session = titled;
			}
			TurnStream stream = new TurnStream(sessionId, turnId, session.lastSeq(), repository, messaging, clock);
			stream.emit(new TurnEvent.Started(userMessage));
			return new Prepared(session, turnId, userMessage, stream, cancelled, started, turnModel);
		}
		catch (RuntimeException ex) {
			running.remove(sessionId);
			throw ex;
		}
	}

	private ChatMessage answer(UserAccount user, Prepared prepared) {
		ChatSessionRecord session = prepared.session();
		TurnStream stream = prepared.stream();
		String text = prepared.userMessage().content();
		List<ChatMessage> history = repository.lastMessages(session.id(), HISTORY + 1);
		history = history.subList(0, Math.max(0, history.size() - 1));
		AgentProfile agent = NO_AGENT;
		CommandContext.SessionChanges changes = new CommandContext.SessionChanges();
		TurnCommands commands = null;
		String engineName = "command";
		try {
			agent = agentOf(session, user);
			ChatPolicy policy = policies.stored(session.workspaceId());
			if (agent.id() != null && !policy.allowsAgent(agent.id())) {
				throw new InvalidInput("The workspace's chat policy does not allow the agent '" + agent.name()
						+ "'; choose another agent for this chat.");
			}
			boolean slash = text.startsWith("/");
			commands = new TurnCommands(registry, policy,
					new CommandContext(user, session, agent, lastCharts(history), changes), access, repository, stream,
					prepared.turnId(), slash);
			if (slash) {
				runSlash(text, commands, stream);
			}
			else {
				String model = prepared.model() != null ? prepared.model()
						: session.model() != null ? session.model() : agent.model();
				ChatEngine engine = engine(session.workspaceId(), user, model, stream);
				engineName = engine.name();
				engine.answer(new ChatTurn(prepared.turnId(), session.id(), user, session.workspaceId(),
						changes.tabId() != null ? changes.tabId() : session.tabId(), agent, text, history,
						session.engineState(), commands, prepared.cancelled()::get, Instant.now(clock),
						model == null ? BUILTIN : model, session.contextFiles()), stream);
			}
		}
		catch (ProblemException ex) {
			stream.error(ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("A chat turn failed", ex);
			stream.error("Something went wrong while answering; the error is in the server log.");
		}
		return finish(user, prepared, agent, changes, commands, engineName);
	}

	private ChatMessage finish(UserAccount user, Prepared prepared, AgentProfile agent,
			CommandContext.SessionChanges changes, TurnCommands commands, String engineName) {
		TurnStream stream = prepared.stream();
		ChatSessionRecord session = prepared.session();
		boolean stopped = prepared.cancelled().get();
		String outcome = stream.outcome(stopped);
		String content = stream.content();
		if (content.isBlank() && stream.charts().isEmpty()) {
			content = stopped ? "Stopped." : "";
		}
		ChatMessage answer = new ChatMessage(UUID.randomUUID(), prepared.turnId(), "assistant", content,
				stream.charts(), stream.cards(), stream.intentName(), OffsetDateTime.now(clock));
		repository.insert(session.id(), answer);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (stream.remembered()) {
			repository.remember(session.id(), stream.state(), now);
		}
		if (changes.tabId() != null || changes.agentId() != null) {
			repository
				.update(session.with(session.title(), changes.agentId() != null ? changes.agentId() : session.agentId(),
						changes.tabId() != null ? changes.tabId() : session.tabId(), session.allowedCommands(),
						session.confirmChanges(), now));
		}
		double latencyMs = (System.nanoTime() - prepared.started()) / 1e6;
		double commandMs = commands == null ? 0 : commands.commandNanos() / 1e6;
		// a confirmation (no engine name) finishes the turn that asked for it: not a turn
		// of its own
		if (engineName != null) {
			repository.insert(new ChatRepository.TurnRow(prepared.turnId(), session.id(), session.workspaceId(),
					user.id(), engineName, prepared.userMessage().content(), stream.intentName(), stream.intentScore(),
					outcome, commands == null ? 0 : commands.errors(), latencyMs, commandMs, now));
		}
		stream.emit(new TurnEvent.Done(answer.id().toString(), outcome));
		return answer;
	}

	private void runSlash(String text, TurnCommands commands, TurnStream stream) {
		String body = text.substring(1);
		int space = body.indexOf(' ');
		String name = (space < 0 ? body : body.substring(0, space)).strip().toLowerCase(java.util.Locale.ROOT);
		String rest = space < 0 ? "" : body.substring(space + 1);
		stream.intent("/" + (registry.find(name).isPresent() ? name : "unknown"), 1.0);
		Optional<Command> command = registry.find(name);
		if (command.isEmpty()) {
			stream.error("There is no command /" + name + ". Type /help for the list.");
			return;
		}
		Map<String, Object> arguments;
		try {
			arguments = command.get().parse(rest);
		}
		catch (ProblemException ex) {
			stream.error(ex.getMessage() + " Usage: " + command.get().spec().usage());
			return;
		}
		CommandOutcome outcome = commands.run(new CommandCall(name, arguments));
		say(outcome, stream);
	}

	/** What a command came to, as the answer's text. */
	private static void say(CommandOutcome outcome, TurnStream stream) {
		if (outcome instanceof CommandOutcome.Done done) {
			stream.text(done.summary());
		}
		else if (outcome instanceof CommandOutcome.Refused refused) {
			stream.error(refused.reason());
		}
		else if (outcome instanceof CommandOutcome.Failed failed) {
			stream.error(failed.message());
		}
		else if (outcome instanceof CommandOutcome.NeedsConfirmation pending) {
			stream.text(pending.prompt());
		}
	}

	/** Runs or drops a command that waited for the user's confirmation. */
	Turn confirm(UserAccount user, UUID sessionId, String callId, boolean approve) {
		ChatSessionRecord session = get(user, sessionId);
		ChatRepository.PendingCall call = repository.takePending(sessionId, callId)
			.orElseThrow(() -> new NotFound("There is no command waiting for confirmation with the id " + callId
					+ " in this chat (it may have been confirmed or cancelled already)."));
		AtomicBoolean cancelled = new AtomicBoolean();
		if (running.putIfAbsent(sessionId, cancelled) != null) {
			throw new Conflict("A turn is still running in this chat; wait for it or stop it.");
		}
		try {
			session = get(user, sessionId);
			UUID turnId = call.turnId();
			TurnStream stream = new TurnStream(sessionId, turnId, session.lastSeq(), repository, messaging, clock);
			Prepared prepared = new Prepared(session, turnId,
					new ChatMessage(UUID.randomUUID(), turnId, "user",
							(approve ? "Confirmed" : "Cancelled") + " /" + call.command(), List.of(), List.of(), null,
							OffsetDateTime.now(clock)),
					stream, cancelled, System.nanoTime(), null);
			AgentProfile agent = agentOf(session, user);
			CommandContext.SessionChanges changes = new CommandContext.SessionChanges();
			List<ChatMessage> history = repository.lastMessages(sessionId, HISTORY);
			TurnCommands commands = new TurnCommands(registry, policies.stored(session.workspaceId()),
					new CommandContext(user, session, agent, lastCharts(history), changes), access, repository, stream,
					turnId, false);
			if (approve) {
				say(commands.runConfirmed(new CommandCall(call.command(), call.arguments())), stream);
			}
			else {
				stream.text("Cancelled: /" + call.command() + " was not run.");
			}
			return new Turn(turnId, null, finish(user, prepared, agent, changes, commands, null));
		}
		finally {
			running.remove(sessionId);
		}
	}

	private ChatEngine engine(UUID workspaceId, UserAccount user, String model, TurnStream stream) {
		String wanted = model == null ? BUILTIN : model;
		Optional<ChatEngine> named = engines.stream()
			.filter(engine -> engine.answers(workspaceId, user.id(), wanted))
			.findFirst();
		if (named.isPresent()) {
			return named.get();
		}
		ChatEngine builtin = engines.stream()
			.filter(engine -> engine.name().equals(BUILTIN))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("No assistant engine is installed; slash commands still work."));
		stream.error("The model '" + wanted + "' is not configured; the built-in assistant answers instead.");
		return builtin;
	}

	/**
	 * The commands a chat not started yet may run: the workspace's policy and the chosen
	 * agent (or the default one) decide, with no session to narrow them.
	 */
	List<dev.gridsight.chat.CommandSpec> commandsFor(UserAccount user, UUID workspaceId, UUID agentId) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		if (agentId != null && !agent(agentId, user.id()).workspaceId().equals(workspace)) {
			throw new InvalidInput("agentId belongs to another workspace.");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		ChatSessionRecord unsaved = new ChatSessionRecord(UUID.randomUUID(), workspace, user.id(), "New chat", agentId,
				null, null, null, null, 0, now, now, null, List.of());
		return commandsOf(user, unsaved, agentOf(unsaved, user), null, UUID.randomUUID(), true).allowed();
	}

	private AgentProfile agentOf(ChatSessionRecord session, UserAccount user) {
		Agents directory = agents.getIfAvailable();
		if (directory == null) {
			return NO_AGENT;
		}
		if (session.agentId() != null) {
			try {
				return directory.usable(session.agentId(), user.id());
			}
			catch (NotFound ex) {
				throw new InvalidInput("This chat's agent no longer exists; choose another agent.");
			}
		}
		return directory.defaultAgent(session.workspaceId(), user.id());
	}

	private AgentProfile agent(UUID agentId, UUID userId) {
		Agents directory = agents.getIfAvailable();
		if (directory == null) {
			throw new NotFound("There is no agent " + agentId + ".");
		}
		return directory.usable(agentId, userId);
	}

	private TurnCommands commandsOf(UserAccount user, ChatSessionRecord session, AgentProfile agent, TurnStream stream,
			UUID turnId, boolean typed) {
		return new TurnCommands(registry, policies.stored(session.workspaceId()),
				new CommandContext(user, session, agent, List.of(), new CommandContext.SessionChanges()), access,
				repository, stream, turnId, typed);
	}

	// calls from clients outside the chat (CommandGateway: the MCP server)

	/** What a client's call came to, and the turn that records it. */
	record ClientCall(UUID turnId, CommandOutcome outcome) {
	}

	/**
	 * Runs one command a client outside the chat asks for, as a turn of its own in
	 * {@code sessionId}: {@code text} is the user message, the assistant message its tool
	 * card and charts. The client decides for the user, as an engine does: a change waits
	 * for a confirmation when the policy, the session or the agent asks it.
	 * @param agent the agent whose rules apply; null: the session's
	 */
	ClientCall call(UserAccount user, UUID sessionId, String text, CommandCall call, AgentProfile agent) {
		Prepared prepared = prepare(user, sessionId, text, null);
		try {
			ChatSessionRecord session = prepared.session();
			TurnStream stream = prepared.stream();
			AgentProfile acting = NO_AGENT;
			CommandContext.SessionChanges changes = new CommandContext.SessionChanges();
			TurnCommands commands = null;
			CommandOutcome outcome;
			try {
				acting = agent != null ? agent : agentOf(session, user);
				ChatPolicy policy = policies.stored(session.workspaceId());
				if (acting.id() != null && !policy.allowsAgent(acting.id())) {
					throw new InvalidInput(
							"The workspace's chat policy does not allow the agent '" + acting.name() + "'.");
				}
				stream.intent("/" + (registry.find(call.command()).isPresent() ? call.command() : "unknown"), 1.0);
				commands = new TurnCommands(registry, policy,
						new CommandContext(user, session, acting,
								lastCharts(repository.lastMessages(sessionId, HISTORY)), changes),
						access, repository, stream, prepared.turnId(), false);
				outcome = commands.run(call);
				say(outcome, stream);
			}
			catch (ProblemException ex) {
				stream.error(ex.getMessage());
				outcome = new CommandOutcome.Refused(ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("A client's command failed", ex);
				String message = "Something went wrong while running /" + call.command()
						+ "; the error is in the server log.";
				stream.error(message);
				outcome = new CommandOutcome.Failed(message);
			}
			finish(user, prepared, acting, changes, commands, "mcp");
			return new ClientCall(prepared.turnId(), outcome);
		}
		finally {
			running.remove(sessionId);
		}
	}

	/**
	 * The commands a client may run in a session, with {@code agent}'s rules (null: the
	 * session's).
	 */
	List<dev.gridsight.chat.CommandSpec> commands(UserAccount user, ChatSessionRecord session, AgentProfile agent) {
		return commandsOf(user, session, agent != null ? agent : agentOf(session, user), null, UUID.randomUUID(), true)
			.allowed();
	}

	private static List<ChatChart> lastCharts(List<ChatMessage> history) {
		List<ChatChart> charts = new java.util.ArrayList<>();
		for (int i = history.size() - 1; i >= 0; i--) {
			List<ChatChart> shown = history.get(i).charts();
			for (int j = shown.size() - 1; j >= 0; j--) {
				charts.add(shown.get(j));
			}
		}
		return charts;
	}

	/** A message's text as it may be stored: not empty, not huge, not binary. */
	static String checked(String content) {
		if (content == null || content.isBlank()) {
			throw new InvalidInput("A message needs some text.");
		}
		if (content.length() > MAX_MESSAGE_LENGTH) {
			throw new InvalidInput("A message is at most " + MAX_MESSAGE_LENGTH + " characters; this one has "
					+ content.length() + ". Attach long text as a file instead.");
		}
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
				throw new InvalidInput("The message contains binary data (a control character at position " + (i + 1)
						+ "); send text.");
			}
		}
		return content.strip();
	}

	private static String title(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		if (line.isEmpty()) {
			throw new InvalidInput("title must not be blank.");
		}
		return line.length() > 80 ? line.substring(0, 79) + "…" : line;
	}

}
