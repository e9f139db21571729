package dev.gridsight.assistant.internal.mcp;

import java.time.Duration;
import java.util.Map;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.chat.Agents;
import dev.gridsight.chat.CommandGateway;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.workspace.WorkspaceAccess;

/**
 * The MCP server at {@code /mcp} (Streamable HTTP, the official Java SDK's servlet
 * transport): the chat's commands as tools, for desktop assistants and IDEs that sign in
 * with a personal API token. See docs/mcp.md.
 */
@Configuration(proxyBeanMethods = false)
class McpServerConfiguration {

	static final String ENDPOINT = "/mcp";

	static final Duration SESSION_SWEEP = Duration.ofMinutes(30);

	static final String INSTRUCTIONS = """
			Gridsight answers questions about a workspace's datasets with charts, and plans energy.
			Start with `datasets` to see what there is, `describe` a dataset for its columns,
			then `chart` with a ChartQuery ({dataset, measures:[{column, agg}], dimensions:[{column}],
			time:{column, grain}, filters, window}). Each call is recorded in the user's "MCP" chat in
			Gridsight; changes (pin, share, tab, window, filter, optimize) may wait there for the
			user's confirmation.""";

	@Bean
	HttpServletStreamableServerTransportProvider mcpTransport() {
		return HttpServletStreamableServerTransportProvider.builder()
			.jsonMapper(McpJsonDefaults.getMapper())
			.mcpEndpoint(ENDPOINT)
			// sessions live in memory: one unused for a whole interval, with no open
			// stream, is
			// dropped (its client starts a new one on the 404)
			.sessionSweepInterval(SESSION_SWEEP)
			.contextExtractor(request -> {
				Object caller = request.getAttribute(McpCaller.KEY);
				return caller == null ? McpTransportContext.EMPTY
						: McpTransportContext.create(Map.of(McpCaller.KEY, caller));
			})
			.build();
	}

	@Bean
	ServletRegistrationBean<HttpServletStreamableServerTransportProvider> mcpServlet(
			HttpServletStreamableServerTransportProvider transport) {
		ServletRegistrationBean<HttpServletStreamableServerTransportProvider> registration = new ServletRegistrationBean<>(
				transport, ENDPOINT);
		registration.setName("mcp");
		registration.setAsyncSupported(true);
		return registration;
	}

	@Bean
	FilterRegistrationBean<McpAccessFilter> mcpAccessFilter(CurrentUser currentUser, WorkspaceAccess access,
			ObjectProvider<Agents> agents, CommandGateway gateway, GridsightProperties properties,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		FilterRegistrationBean<McpAccessFilter> registration = new FilterRegistrationBean<>(
				new McpAccessFilter(currentUser, access, agents, gateway, properties, errors));
		registration.addUrlPatterns(ENDPOINT);
		registration.setName("mcpAccess");
		// after Spring Security's chain (-100), which signs the token's user in
		registration.setOrder(0);
		registration.setAsyncSupported(true);
		return registration;
	}

	@Bean(destroyMethod = "closeGracefully")
	McpSyncServer mcpServer(HttpServletStreamableServerTransportProvider transport, CommandGateway gateway,
			JsonMapper json) {
		McpTools tools = new McpTools(gateway, json);
		String version = McpServerConfiguration.class.getPackage().getImplementationVersion();
		return McpServer.sync(transport)
			.serverInfo("gridsight", version == null ? "dev" : version)
			.instructions(INSTRUCTIONS)
			.capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
			.tools(tools.specifications())
			.addToolFilter((context, tool) -> McpTools.visible(McpTools.caller(context), tool))
			.build();
	}

}
