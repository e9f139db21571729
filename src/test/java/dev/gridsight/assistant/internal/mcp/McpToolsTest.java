package dev.gridsight.assistant.internal.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.CommandGateway;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.identity.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;

class McpToolsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final McpTools tools = new McpTools(new NoGateway(), JSON);

	private final McpCaller caller = new McpCaller(null, null, null, "https://grid.example", new NoGateway());

	private final UUID session = UUID.randomUUID();

	@Test
	void aChartsResultQuotesItsQueryLinkAndAtMost200Rows() {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			rows.add(List.of("site-" + i, i));
		}
		ChartData data = new ChartData(List.of(new TabularData.Column("site", ColumnType.VARCHAR),
				new TabularData.Column("sum_kw", ColumnType.DOUBLE)), rows, false, false, null, null, Map.of());
		ChartQuery query = JSON.convertValue(Map.of("dataset", "meters", "measures",
				List.of(Map.of("column", "kw", "agg", "sum")), "dimensions", List.of(Map.of("column", "site"))),
				ChartQuery.class);
		UUID chartId = UUID.randomUUID();
		ChatChart chart = new ChatChart(chartId, "kW by site", query, Visual.NONE, data, "kW by site");

		McpSchema.CallToolResult result = tools.result(caller,
				new CommandGateway.GatewayResult(session, UUID.randomUUID(),
						new CommandOutcome.Done("Charted **kW by site** (250 rows).", List.of(chart), Map.of())));

		String text = text(result);
		assertThat(result.isError()).isFalse();
		assertThat(text).contains("Chart: kW by site")
			.contains("Link: https://grid.example/charts/" + chartId)
			.contains("\"dataset\":\"meters\"")
			.contains("Data (250 rows)")
			.contains("[\"site-199\",199]")
			.doesNotContain("site-200\"")
			.contains("… 50 more rows")
			.contains("https://grid.example/chat?session=" + session);
	}

	@Test
	void aChangeWaitingForConfirmationSaysItDidNotRunAndWhereToConfirm() {
		McpSchema.CallToolResult result = tools.result(caller, new CommandGateway.GatewayResult(session,
				UUID.randomUUID(), new CommandOutcome.NeedsConfirmation("c1", "Run /pin chartId=…?")));
		assertThat(result.isError()).isFalse();
		assertThat(text(result)).startsWith("Not run yet")
			.contains("Run /pin")
			.contains("https://grid.example/chat?session=" + session);
	}

	@Test
	void refusalsAndFailuresAreToolErrors() {
		McpSchema.CallToolResult refused = tools.result(caller, new CommandGateway.GatewayResult(session,
				UUID.randomUUID(), new CommandOutcome.Refused("The workspace's chat policy does not allow /sql.")));
		assertThat(refused.isError()).isTrue();
		assertThat(text(refused)).isEqualTo("Refused: The workspace's chat policy does not allow /sql.");
		McpSchema.CallToolResult failed = tools.result(caller, new CommandGateway.GatewayResult(session,
				UUID.randomUUID(), new CommandOutcome.Failed("There is no dataset 'x'.")));
		assertThat(failed.isError()).isTrue();
		assertThat(text(failed)).isEqualTo("There is no dataset 'x'.");
	}

	@Test
	void aToolIsVisibleOnlyToACallerAllowedToRunIt() {
		McpSchema.Tool sql = McpSchema.Tool.builder().name("sql").inputSchema(Map.of("type", "object")).build();
		McpSchema.Tool chart = McpSchema.Tool.builder().name("chart").inputSchema(Map.of("type", "object")).build();
		McpCaller allowedChart = new McpCaller(null, null, null, "", new NoGateway(List.of("chart")));
		assertThat(McpTools.visible(allowedChart, chart)).isTrue();
		assertThat(McpTools.visible(allowedChart, sql)).isFalse();
		assertThat(McpTools.visible(null, chart)).as("no caller, no tools").isFalse();
	}

	private static String text(McpSchema.CallToolResult result) {
		return ((McpSchema.TextContent) result.content().get(0)).text();
	}

	private static final class NoGateway implements CommandGateway {

		private final List<String> allowed;

		NoGateway() {
			this(List.of());
		}

		NoGateway(List<String> allowed) {
			this.allowed = allowed;
		}

		@Override
		public List<CommandSpec> commands() {
			return List.of();
		}

		@Override
		public List<CommandSpec> allowed(UserAccount user, UUID workspaceId, UUID agentId) {
			return allowed.stream().map(name -> new CommandSpec(name, "", "", Map.of(), "help", false)).toList();
		}

		@Override
		public GatewayResult run(UserAccount user, UUID workspaceId, UUID agentId, String command,
				Map<String, Object> arguments) {
			throw new UnsupportedOperationException();
		}

	}

}
