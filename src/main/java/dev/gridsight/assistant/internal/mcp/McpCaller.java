package dev.gridsight.assistant.internal.mcp;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.gridsight.chat.CommandGateway;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.identity.UserAccount;

/**
 * Who calls {@code /mcp} in one HTTP request, as the request said it: the token's user
 * (read fresh), the workspace and agent the client named, and the address links start
 * with. The MCP session id carries no identity: every request names its caller anew.
 */
final class McpCaller {

	/**
	 * The key of the caller in the request's attributes and the SDK's transport context.
	 */
	static final String KEY = McpCaller.class.getName();

	private final UserAccount user;

	private final UUID workspaceId;

	private final UUID agentId;

	private final String baseUrl;

	private final CommandGateway gateway;

	private Set<String> allowed;

	McpCaller(UserAccount user, UUID workspaceId, UUID agentId, String baseUrl, CommandGateway gateway) {
		this.user = user;
		this.workspaceId = workspaceId;
		this.agentId = agentId;
		this.baseUrl = baseUrl;
		this.gateway = gateway;
	}

	UserAccount user() {
		return user;
	}

	/** The workspace the client named, or null: the user's personal workspace. */
	UUID workspaceId() {
		return workspaceId;
	}

	/** The agent the client named, or null: no agent narrows the workspace's policy. */
	UUID agentId() {
		return agentId;
	}

	String baseUrl() {
		return baseUrl;
	}

	/**
	 * The commands this caller may run, asked once per request (tools/list asks per
	 * tool).
	 */
	synchronized Set<String> allowed() {
		if (allowed == null) {
			List<CommandSpec> specs = gateway.allowed(user, workspaceId, agentId);
			allowed = specs.stream().map(CommandSpec::name).collect(Collectors.toUnmodifiableSet());
		}
		return allowed;
	}

}
