package dev.gridsight.assistant.internal.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.TabularData;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.CommandGateway;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.platform.ProblemException;

/**
 * The chat's commands as MCP tools: one tool per command, with the command's JSON schema.
 * Which of them a client sees and may run is decided per request by the gateway (the
 * user's role, the workspace's chat policy, the agent the client names); a call runs as a
 * turn of the user's "MCP" chat session.
 */
final class McpTools {

	private static final Logger log = LoggerFactory.getLogger(McpTools.class);

	/** The most rows of a chart's data a tool result quotes. */
	static final int MAX_ROWS = 200;

	private final CommandGateway gateway;

	private final JsonMapper json;

	McpTools(CommandGateway gateway, JsonMapper json) {
		this.gateway = gateway;
		this.json = json;
	}

	List<McpServerFeatures.SyncToolSpecification> specifications() {
		List<McpServerFeatures.SyncToolSpecification> tools = new ArrayList<>();
		for (CommandSpec spec : gateway.commands()) {
			McpSchema.Tool tool = McpSchema.Tool.builder()
				.name(spec.name())
				.title("/" + spec.name())
				.description(spec.description() + ". Slash form in Gridsight's chat: " + spec.usage()
						+ (spec.changes()
								? ". Changes the workspace; may wait for the user's confirmation in Gridsight." : "."))
				.inputSchema(spec.schema())
				.annotations(new McpSchema.ToolAnnotations("/" + spec.name(), !spec.changes(), null, null, false, null))
				.build();
			tools.add(McpServerFeatures.SyncToolSpecification.builder()
				.tool(tool)
				.callHandler((exchange, request) -> call(exchange, spec.name(), request.arguments()))
				.build());
		}
		return tools;
	}

	/** Whether the request's caller may see the tool. */
	static boolean visible(McpCaller caller, McpSchema.Tool tool) {
		return caller != null && caller.allowed().contains(tool.name());
	}

	static McpCaller caller(io.modelcontextprotocol.common.McpTransportContext context) {
		return context == null ? null : (McpCaller) context.get(McpCaller.KEY);
	}

	McpSchema.CallToolResult call(McpSyncServerExchange exchange, String command, Map<String, Object> arguments) {
		McpCaller caller = caller(exchange.transportContext());
		if (caller == null) {
			return error("This request carries no signed-in user.");
		}
		if ("agent".equals(command) && arguments != null && arguments.get("name") != null) {
			// the chat's /agent would move the MCP chat to another agent; a client names
			// its
			// agent with each request instead
			return error("Over MCP the agent is chosen per connection: send the header " + McpAccessFilter.AGENT_HEADER
					+ " with the agent's id (GET /api/chat/agents lists them). Without a name, agent lists them.");
		}
		CommandGateway.GatewayResult result;
		try {
			result = gateway.run(caller.user(), caller.workspaceId(), caller.agentId(), command,
					arguments == null ? Map.of() : arguments);
		}
		catch (ProblemException ex) {
			return error(ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("The MCP call of /{} failed", command, ex);
			return error("The command /" + command + " failed unexpectedly; the error is in Gridsight's server log.");
		}
		return result(caller, result);
	}

	McpSchema.CallToolResult result(McpCaller caller, CommandGateway.GatewayResult result) {
		String session = caller.baseUrl() + "/chat?session=" + result.sessionId();
		CommandOutcome outcome = result.outcome();
		if (outcome instanceof CommandOutcome.Done done) {
			StringBuilder text = new StringBuilder(done.summary());
			for (ChatChart chart : done.charts()) {
				text.append("\n\n").append(chart(caller, chart));
			}
			if (done.charts().isEmpty() && !done.data().isEmpty()) {
				text.append("\n\nData: ").append(json.writeValueAsString(done.data()));
			}
			text.append("\n\nRecorded in Gridsight's chat: ").append(session);
			return McpSchema.CallToolResult.builder().addTextContent(text.toString()).isError(false).build();
		}
		if (outcome instanceof CommandOutcome.NeedsConfirmation pending) {
			return McpSchema.CallToolResult.builder()
				.addTextContent("Not run yet: this change waits for the user's confirmation in Gridsight's chat ("
						+ pending.prompt() + "). The user confirms or cancels it there: " + session)
				.isError(false)
				.build();
		}
		if (outcome instanceof CommandOutcome.Refused refused) {
			return error("Refused: " + refused.reason());
		}
		CommandOutcome.Failed failed = (CommandOutcome.Failed) outcome;
		return error(failed.message());
	}

	private String chart(McpCaller caller, ChatChart chart) {
		StringBuilder text = new StringBuilder();
		text.append("Chart: ").append(chart.title()).append('\n');
		text.append("Link: ").append(caller.baseUrl()).append("/charts/").append(chart.id()).append('\n');
		if (chart.explanation() != null && !chart.explanation().equals(chart.title())) {
			text.append("What it shows: ").append(chart.explanation()).append('\n');
		}
		text.append("Query: ").append(json.writeValueAsString(chart.query())).append('\n');
		if (chart.data() == null) {
			return text.append("Data: none").toString();
		}
		List<List<Object>> rows = chart.data().rows();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("columns", chart.data().columns().stream().map(TabularData.Column::name).toList());
		data.put("rows", rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows);
		text.append("Data (").append(rows.size()).append(rows.size() == 1 ? " row" : " rows");
		if (chart.data().downsampled()) {
			text.append(", downsampled");
		}
		if (chart.data().truncated()) {
			text.append(", cut at the row limit");
		}
		text.append("): ").append(json.writeValueAsString(data));
		if (rows.size() > MAX_ROWS) {
			text.append("\n… ").append(rows.size() - MAX_ROWS).append(" more rows (open the link for all of them)");
		}
		return text.toString();
	}

	static McpSchema.CallToolResult error(String message) {
		return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
	}

}
