package dev.gridsight.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Chat sessions through the API: made for an agent and workspace, or resumed. */
final class Sessions {

	private final ServerConnection server;

	Sessions(ServerConnection server) {
		this.server = server;
	}

	/** A new session with the agent (by name or id) in the workspace, both optional. */
	JsonNode create(String agent, String workspace, String title) {
		String workspaceId = workspace == null ? null : id(workspace, "--workspace");
		Map<String, Object> body = new LinkedHashMap<>();
		if (workspaceId != null) {
			body.put("workspaceId", workspaceId);
		}
		if (agent != null && !agent.isBlank()) {
			body.put("agentId", agentId(agent.strip(), workspaceId));
		}
		if (title != null) {
			String line = ServerConnection.oneLine(title);
			body.put("title", line.length() > 100 ? line.substring(0, 99) + "…" : line);
		}
		return server.post("/api/chat/sessions", body);
	}

	JsonNode get(String sessionId) {
		return server.get("/api/chat/sessions/" + sessionId);
	}

	List<JsonNode> recent(int size) {
		List<JsonNode> sessions = new ArrayList<>();
		server.get("/api/chat/sessions?size=" + size).path("items").forEach(sessions::add);
		return sessions;
	}

	private String agentId(String agent, String workspaceId) {
		if (isId(agent)) {
			return agent;
		}
		JsonNode agents = server
			.get("/api/chat/agents?size=200" + (workspaceId == null ? "" : "&workspaceId=" + workspaceId));
		List<String> names = new ArrayList<>();
		for (JsonNode candidate : agents.path("items")) {
			String name = ServerConnection.text(candidate, "name");
			if (name.equalsIgnoreCase(agent)) {
				return ServerConnection.text(candidate, "id");
			}
			names.add(name);
		}
		throw new CliFailure(CliFailure.USAGE, "There is no agent '" + agent + "'"
				+ (names.isEmpty() ? "." : "; the agents are: " + String.join(", ", names) + "."));
	}

	/** A session, agent or workspace id the user typed, checked before it is sent. */
	static String id(String value, String option) {
		String text = value.strip();
		if (!isId(text)) {
			throw new CliFailure(CliFailure.USAGE, option + " must be an id like 3f2b…-…, not '" + value + "'.");
		}
		return text;
	}

	private static boolean isId(String value) {
		try {
			return UUID.fromString(value).toString().equalsIgnoreCase(value);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
