package dev.gridsight.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.gridsight.ApiClient;
import dev.gridsight.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The CLI end to end against the running jar: {@code target/gridsight.jar} starts as a
 * server process (a temporary data directory, a free port), and the same jar runs as
 * {@code ask} and {@code chat} processes against it. Runs in the H2 Failsafe pass only
 * (the jar does not depend on the test database); fails, not skips, when the jar is
 * missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliJarIT {

	static final String ADMIN_EMAIL = "admin@cli-jar.test";

	static final String ADMIN_PASSWORD = "cli-jar-password-1";

	Path jar;

	Path runDir;

	Process server;

	int port;

	String token;

	@BeforeAll
	void startServer() throws Exception {
		Assumptions.assumeFalse(TestDatabase.postgres(), "the jar's CLI is tested in the H2 pass");
		jar = Path.of(System.getProperty("gridsight.jar", "target/gridsight.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			fail("No server jar at " + jar + ": run the integration tests through `./mvnw verify` (package builds "
					+ "it first) or build it with `./mvnw -Dskip.web=true -DskipTests package`.");
		}
		runDir = Files.createTempDirectory("gridsight-cli-jar-");
		Path dataDir = Files.createDirectories(runDir.resolve("data"));
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar.toString()).directory(runDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(runDir.resolve("server.log").toFile());
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.environment().put("GRIDSIGHT_DATA_DIR", dataDir.toString());
		builder.environment().put("GRIDSIGHT_ADMIN_EMAIL", ADMIN_EMAIL);
		builder.environment().put("GRIDSIGHT_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().put("GRIDSIGHT_SAMPLE_DATA", "false");
		server = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		try {
			Awaitility.await("the jar's server is UP")
				.atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> {
					if (!server.isAlive()) {
						throw new AssertionError("the server exited with " + server.exitValue() + ":\n" + log());
					}
					return up(http);
				});
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			throw new AssertionError("the server did not come UP; its log:\n" + log(), ex);
		}
		ApiClient admin = new ApiClient(port);
		admin.loginOk(ADMIN_EMAIL, ADMIN_PASSWORD);
		ApiClient.Response dataset = admin.upload("/api/datasets", "meters.csv",
				CliIT.METERS.getBytes(StandardCharsets.UTF_8), Map.of("name", "meters"));
		assertThat(dataset.status()).as(dataset.body()).isEqualTo(201);
		token = CliIT.token(admin);
	}

	private boolean up(HttpClient http) {
		try {
			HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
				.timeout(Duration.ofSeconds(3))
				.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@AfterAll
	void stopServer() throws Exception {
		if (server != null) {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	record Run(int code, String out, String err) {
	}

	/**
	 * {@code java -jar gridsight.jar args…} with {@code stdin}, the token in the
	 * environment.
	 */
	Run cli(String stdin, Map<String, String> env, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile(runDir, "cli-out", ".txt");
		Path err = Files.createTempFile(runDir, "cli-err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().remove("GRIDSIGHT_TOKEN");
		builder.environment().remove("GRIDSIGHT_URL");
		builder.environment().putAll(env);
		Process process = builder.start();
		process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("the CLI did not finish: " + command);
		}
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	@Test
	void askAnswersAChartQuestionAsCsv() throws Exception {
		Run run = cli("", Map.of("GRIDSIGHT_TOKEN", token), "ask", "average kw by site", "--server", url(), "--format",
				"csv");
		assertThat(run.code()).as(run.err()).isZero();
		List<String> lines = run.out().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("site,");
		assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder("North,2", "South,4");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void chatShowsTheLocalAndTheServersCommandsAndQuits() throws Exception {
		Run run = cli("/help\n/datasets\n/quit\n", Map.of(), "chat", "--server", url(), "--token", token);
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("Local commands:").contains("/quit").contains("Server commands");
		assertThat(run.out()).containsPattern("\n  /chart +\\S").containsPattern("\n  /datasets +\\S");
		assertThat(run.out()).contains("→ /datasets").contains("meters");
		// the server did not start in the CLI's process
		assertThat(run.out() + run.err()).doesNotContain("Started GridsightApplication").doesNotContain("Tomcat");
	}

	@Test
	void aWrongTokenOrNoServerExitsThreeWithOneLine() throws Exception {
		Run refused = cli("", Map.of("GRIDSIGHT_URL", url(), "GRIDSIGHT_TOKEN", "gs_not-a-real-token"), "ask",
				"/datasets");
		assertThat(refused.code()).isEqualTo(3);
		assertThat(refused.err().strip()).startsWith("The server refused the API token")
			.doesNotContain("\n")
			.doesNotContain("gs_not-a-real-token");
		Run usage = cli("", Map.of(), "ask");
		assertThat(usage.code()).isEqualTo(2);
	}

	private String url() {
		return "http://127.0.0.1:" + port;
	}

	private String log() {
		try {
			String text = Files.readString(runDir.resolve("server.log"));
			return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
