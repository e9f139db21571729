package dev.gridsight.dashboard;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.gridsight.ApiClient;
import dev.gridsight.GridsightApplication;
import dev.gridsight.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one app database, each with its own warehouse, relaying to
 * RabbitMQ's STOMP broker: rows appended on one instance reach a browser connected to the
 * other. Needs RabbitMQ with its STOMP plugin on 127.0.0.1:61613 ({@code .ci/run} enables
 * it); without it the test is skipped, except in CI, where it fails.
 */
@ExtendWith(TestDatabase.Condition.class)
class LiveRelayIT {

	@Test
	void anAppendOnOneInstanceReachesABrowserOnAnother() throws Exception {
		boolean broker = reachable("127.0.0.1", 61613);
		if (System.getenv("CI") == null) {
			Assumptions.assumeTrue(broker,
					"RabbitMQ's STOMP port 61613 is closed: rabbitmq-plugins enable rabbitmq_stomp");
		}
		assertThat(broker).as("RabbitMQ's STOMP plugin on 127.0.0.1:61613 (.ci/run enables it)").isTrue();
		String database = TestDatabase.freshDatabaseUrl();
		try (ConfigurableApplicationContext a = start(database); ConfigurableApplicationContext b = start(database)) {
			ApiClient onB = new ApiClient(port(b));
			onB.loginOk("admin@relay.test", "admin-password-1");
			String dataset = LiveRefreshIT.upload(onB);
			ApiClient onA = new ApiClient(port(a));
			onA.loginOk("admin@relay.test", "admin-password-1");
			try (LiveStomp browser = new LiveStomp(port(a), onA.cookie("GRIDSIGHT_SESSION"))) {
				browser.subscribe("/topic/datasets." + dataset);
				Map<String, Object> update = LiveRefreshIT.appendUntilReceived(onB, dataset, browser);
				assertThat(update).containsEntry("datasetId", dataset);
			}
		}
	}

	private static ConfigurableApplicationContext start(String database) throws IOException {
		Path data = Files.createTempDirectory("gridsight-relay-");
		return new SpringApplicationBuilder(GridsightApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--gridsight.data-dir=" + data, "--gridsight.sample-data=false",
				"--gridsight.auth.admin-email=admin@relay.test", "--gridsight.auth.admin-password=admin-password-1",
				"--gridsight.live.relay.enabled=true", "--spring.datasource.hikari.maximum-pool-size=4",
				"--logging.structured.format.console=");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static boolean reachable(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
