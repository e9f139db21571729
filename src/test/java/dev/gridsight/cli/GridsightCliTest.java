package dev.gridsight.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GridsightCliTest {

	record Run(int code, String out, String err) {
	}

	static Run run(Map<String, String> env, String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = GridsightCli.run(args,
				new Terminal(new BufferedReader(new StringReader(stdin)),
						new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), env),
				Interrupts.NONE);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void onlyTheCliCommandsKeepTheServerFromStarting() {
		assertThat(GridsightCli.handles(new String[] { "chat" })).isTrue();
		assertThat(GridsightCli.handles(new String[] { "ask", "top sites" })).isTrue();
		assertThat(GridsightCli.handles(new String[] { "--version" })).isTrue();
		assertThat(GridsightCli.handles(new String[] { "help" })).isTrue();
		assertThat(GridsightCli.handles(new String[] { "--help" })).isTrue();
		assertThat(GridsightCli.handles(new String[0])).isFalse();
		assertThat(GridsightCli.handles(new String[] { "--server.port=9090" })).isFalse();
		assertThat(GridsightCli.handles(new String[] { "--spring.profiles.active=prod", "chat" })).isFalse();
	}

	@Test
	void versionAndHelpExitZero() {
		Run version = run(Map.of(), "", "--version");
		assertThat(version.code()).isZero();
		assertThat(version.out()).startsWith("Gridsight ");
		Run root = run(Map.of(), "", "--help");
		assertThat(root.code()).isZero();
		assertThat(root.out()).contains("chat").contains("ask").contains("starts the Gridsight server");
		Run help = run(Map.of(), "", "help", "ask");
		assertThat(help.code()).isZero();
		assertThat(help.out()).contains("--format").contains("GRIDSIGHT_TOKEN").contains("Exit codes");
	}

	@Test
	void usageErrorsExitTwoWithALine() {
		Run noQuestion = run(Map.of(), "", "ask");
		assertThat(noQuestion.code()).isEqualTo(2);
		assertThat(noQuestion.err()).contains("QUESTION");
		Run badFormat = run(Map.of(), "", "ask", "hello", "--format", "xml", "--server", "http://localhost:1",
				"--token", "gs_x");
		assertThat(badFormat.code()).isEqualTo(2);
		assertThat(badFormat.err()).contains("xml");
		Run unknown = run(Map.of(), "", "ask", "hello", "--colour");
		assertThat(unknown.code()).isEqualTo(2);
	}

	@Test
	void aMissingServerOrTokenIsAUsageErrorNamingTheVariable() {
		Run noServer = run(Map.of(), "", "ask", "hello", "--token", "gs_secret");
		assertThat(noServer.code()).isEqualTo(2);
		assertThat(noServer.err()).contains("GRIDSIGHT_URL").doesNotContain("Exception");
		Run noToken = run(Map.of("GRIDSIGHT_URL", "http://localhost:1"), "", "chat");
		assertThat(noToken.code()).isEqualTo(2);
		assertThat(noToken.err()).contains("GRIDSIGHT_TOKEN");
		Run badServer = run(Map.of("GRIDSIGHT_TOKEN", "gs_secret"), "", "ask", "hi", "--server", "ftp://example.com");
		assertThat(badServer.code()).isEqualTo(2);
		assertThat(badServer.err()).contains("http(s)").doesNotContain("gs_secret");
		Run badSession = run(Map.of("GRIDSIGHT_TOKEN", "gs_secret", "GRIDSIGHT_URL", "http://127.0.0.1:1"), "", "chat",
				"--session", "nope");
		assertThat(badSession.code()).isEqualTo(2);
		assertThat(badSession.err()).contains("--session");
	}

	@Test
	void anUnreachableServerExitsThreeWithOneLineAndNeverTheToken() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Run ask = run(Map.of("GRIDSIGHT_URL", "http://127.0.0.1:" + port, "GRIDSIGHT_TOKEN", "gs_supersecret"), "",
				"ask", "average kw by site", "--format", "csv");
		assertThat(ask.code()).isEqualTo(3);
		assertThat(ask.err().strip()).startsWith("Cannot reach the Gridsight server at http://127.0.0.1:" + port)
			.doesNotContain("\n")
			.doesNotContain("gs_supersecret")
			.doesNotContain("at java.");
		assertThat(ask.out()).isEmpty();
		Run chat = run(Map.of("GRIDSIGHT_URL", "http://127.0.0.1:" + port, "GRIDSIGHT_TOKEN", "gs_supersecret"),
				"/quit\n", "chat");
		assertThat(chat.code()).isEqualTo(3);
	}

	@Test
	void serverOptionsWinOverTheEnvironment() {
		ConnectionOptions options = new ConnectionOptions();
		options.server = "http://option:1/";
		ServerConnection connection = options.connect(
				new Terminal(null, null, null, Map.of("GRIDSIGHT_URL", "http://env:2", "GRIDSIGHT_TOKEN", "gs_env")));
		assertThat(connection.server()).isEqualTo("http://option:1");
	}

}
