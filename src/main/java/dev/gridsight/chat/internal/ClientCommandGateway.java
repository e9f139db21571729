package dev.gridsight.chat.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.Agents;
import dev.gridsight.chat.CommandCall;
import dev.gridsight.chat.CommandGateway;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * {@link CommandGateway} over the chat's own turns: each call is a turn of the client's
 * session, run through {@link TurnCommands} like a command an engine decides on. Calls of
 * one session wait for each other (a client may call tools in parallel).
 */
@Service
class ClientCommandGateway implements CommandGateway {

	/**
	 * The rules when the client names no agent: none beyond the policy's, the session's
	 * and the user's role. Changes still wait for a confirmation when the policy or the
	 * session asks it.
	 */
	static AgentProfile unnarrowed(UUID workspaceId) {
		return new AgentProfile(null, workspaceId, "MCP client", 0, "", ChatService.BUILTIN, Set.of(), Set.of(), 1,
				AgentProfile.Confirmation.NEVER);
	}

	/** The longest a call waits for an earlier call of the same session. */
	private static final long WAIT_SECONDS = 120;

	private final ChatService chats;

	private final ChatRepository repository;

	private final ChatPolicyService policies;

	private final CommandRegistry registry;

	private final WorkspaceAccess access;

	private final ObjectProvider<Agents> agents;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	ClientCommandGateway(ChatService chats, ChatRepository repository, ChatPolicyService policies,
			CommandRegistry registry, WorkspaceAccess access, ObjectProvider<Agents> agents, JdbcClient jdbc,
			JsonMapper json, Clock clock) {
		this.chats = chats;
		this.repository = repository;
		this.policies = policies;
		this.registry = registry;
		this.access = access;
		this.agents = agents;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public List<CommandSpec> commands() {
		return registry.specs();
	}

	@Override
	public List<CommandSpec> allowed(UserAccount user, UUID workspaceId, UUID agentId) {
		UUID workspace = workspace(user, workspaceId);
		AgentProfile agent = agent(user, workspace, agentId);
		ChatSessionRecord session = find(user, workspace, agentId).orElseGet(() -> unsaved(user, workspace, agentId));
		if (agent.id() != null && !policies.stored(workspace).allowsAgent(agent.id())) {
			return List.of();
		}
		return chats.commands(user, session, agent);
	}

	@Override
	public GatewayResult run(UserAccount user, UUID workspaceId, UUID agentId, String command,
			Map<String, Object> arguments) {
		UUID workspace = workspace(user, workspaceId);
		AgentProfile agent = agent(user, workspace, agentId);
		String key = user.id() + "/" + workspace + "/" + agentId;
		ReentrantLock lock = locks.computeIfAbsent(key, ignored -> new ReentrantLock());
		try {
			if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new Conflict(
						"An earlier call is still running in the " + SESSION_TITLE + " chat; try again in a moment.");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Conflict("The call was interrupted before it ran.");
		}
		try {
			ChatSessionRecord session = find(user, workspace, agentId).orElseGet(
					() -> chats.create(user, new ChatService.NewSession(workspace, agentId, null, SESSION_TITLE)));
			Map<String, Object> args = arguments == null ? Map.of() : new LinkedHashMap<>(arguments);
			ChatService.ClientCall call = chats.call(user, session.id(), text(command, args),
					new CommandCall(command, args), agent);
			return new GatewayResult(session.id(), call.turnId(), call.outcome());
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The workspace the client names, or the user's personal one; the user must belong to
	 * it.
	 */
	private UUID workspace(UserAccount user, UUID workspaceId) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		return workspace;
	}

	private AgentProfile agent(UserAccount user, UUID workspace, UUID agentId) {
		if (agentId == null) {
			return unnarrowed(workspace);
		}
		Agents directory = agents.getIfAvailable();
		if (directory == null) {
			throw new NotFound("There is no agent " + agentId + ".");
		}
		AgentProfile agent = directory.usable(agentId, user.id());
		if (!workspace.equals(agent.workspaceId())) {
			throw new InvalidInput("The agent " + agentId + " belongs to another workspace.");
		}
		return agent;
	}

	/**
	 * The client's session: the user's oldest one titled {@value #SESSION_TITLE} there.
	 */
	private Optional<ChatSessionRecord> find(UserAccount user, UUID workspace, UUID agentId) {
		Optional<UUID> id = jdbc
			.sql("select id from chat_sessions where user_id = ? and workspace_id = ? and title = ? and "
					+ (agentId == null ? "agent_id is null" : "agent_id = ?") + " order by created_at, id limit 1")
			.params(agentId == null ? List.of(user.id(), workspace, SESSION_TITLE)
					: List.of(user.id(), workspace, SESSION_TITLE, agentId))
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
		return id.flatMap(repository::find);
	}

	private ChatSessionRecord unsaved(UserAccount user, UUID workspace, UUID agentId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new ChatSessionRecord(UUID.randomUUID(), workspace, user.id(), SESSION_TITLE, agentId, null, null, null,
				null, 0, now, now, null, List.of());
	}

	/** The user message that records a call: the slash form with JSON arguments. */
	private String text(String command, Map<String, Object> arguments) {
		String text = "/" + command + (arguments.isEmpty() ? "" : " " + json.writeValueAsString(arguments));
		return text.length() > ChatService.MAX_MESSAGE_LENGTH
				? text.substring(0, ChatService.MAX_MESSAGE_LENGTH - 1) + "…" : text;
	}

}
