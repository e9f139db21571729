package dev.gridsight.assistant.internal.mcp;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.Agents;
import dev.gridsight.chat.CommandGateway;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.ProblemException;
import dev.gridsight.platform.Unauthorized;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Lets a request reach the MCP server only with a personal API token (the security
 * filters before it have signed the token's user in; a browser session is not enough),
 * and only for a workspace, and an agent, the user may use. The caller it finds travels
 * with the request to the tools.
 */
class McpAccessFilter extends OncePerRequestFilter {

	static final String WORKSPACE_HEADER = "X-Gridsight-Workspace";

	static final String AGENT_HEADER = "X-Gridsight-Agent";

	/** Personal API tokens start with this (identity's ApiTokenService). */
	private static final String PERSONAL_TOKEN = "gs_";

	private final CurrentUser currentUser;

	private final WorkspaceAccess access;

	private final ObjectProvider<Agents> agents;

	private final CommandGateway gateway;

	private final GridsightProperties properties;

	private final HandlerExceptionResolver errors;

	McpAccessFilter(CurrentUser currentUser, WorkspaceAccess access, ObjectProvider<Agents> agents,
			CommandGateway gateway, GridsightProperties properties, HandlerExceptionResolver errors) {
		this.currentUser = currentUser;
		this.access = access;
		this.agents = agents;
		this.gateway = gateway;
		this.properties = properties;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		McpCaller caller;
		try {
			caller = caller(request);
		}
		catch (ProblemException ex) {
			if (ex instanceof Unauthorized) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			}
			errors.resolveException(request, response, null, ex);
			return;
		}
		request.setAttribute(McpCaller.KEY, caller);
		chain.doFilter(request, response);
	}

	private McpCaller caller(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
				|| !header.substring(7).strip().startsWith(PERSONAL_TOKEN)) {
			throw new Unauthorized(
					"The MCP server needs a personal API token: Authorization: Bearer gs_… (Settings → API tokens).");
		}
		UserAccount user = currentUser.get();
		UUID workspace = id(request, WORKSPACE_HEADER, "workspace");
		if (workspace != null) {
			access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		}
		UUID agentId = id(request, AGENT_HEADER, "agent");
		if (agentId != null) {
			Agents directory = agents.getIfAvailable();
			if (directory == null) {
				throw new NotFound("There is no agent " + agentId + ".");
			}
			AgentProfile agent = directory.usable(agentId, user.id());
			UUID expected = workspace != null ? workspace : user.personalWorkspaceId();
			if (!expected.equals(agent.workspaceId())) {
				throw new InvalidInput(AGENT_HEADER + ": the agent " + agentId + " belongs to another workspace than "
						+ expected + ".");
			}
		}
		return new McpCaller(user, workspace, agentId, baseUrl(request), gateway);
	}

	/**
	 * A header's id, or the query parameter's when the header is absent (clients that
	 * only take a URL).
	 */
	private static UUID id(HttpServletRequest request, String header, String parameter) {
		String value = request.getHeader(header);
		String name = header;
		if (value == null || value.isBlank()) {
			value = request.getParameter(parameter);
			name = parameter;
		}
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(name + " must be an id (a UUID), not '"
					+ (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'.");
		}
	}

	/**
	 * Links point at the configured public URL, or at the address this request came to.
	 */
	private String baseUrl(HttpServletRequest request) {
		String configured = properties.publicUrl();
		String base;
		if (configured != null && !configured.isBlank()) {
			base = configured.strip();
		}
		else {
			String scheme = request.getScheme();
			int port = request.getServerPort();
			boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
			base = scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
					+ request.getContextPath();
		}
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}
