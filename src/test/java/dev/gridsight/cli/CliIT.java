package dev.gridsight.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI's commands run in this JVM against a real server, as a user with a personal API
 * token: a chart question answered as CSV, JSON and a table, slash commands through
 * {@code chat} with scripted input, and the exit codes of an error answer and a refused
 * token.
 */
@IntegrationTest
class CliIT {

	static final String METERS = "ts,site,kw\n2026-01-01T00:00:00,North,1\n2026-01-01T01:00:00,South,2\n"
			+ "2026-01-01T02:00:00,North,3\n2026-01-01T03:00:00,South,6\n";

	@LocalServerPort
	int port;

	Map<String, String> env;

	@BeforeEach
	void setUp() {
		Accounts.Person person = new Accounts(port).member();
		ApiClient client = person.client();
		ApiClient.Response dataset = client.upload("/api/datasets", "meters.csv",
				METERS.getBytes(StandardCharsets.UTF_8), Map.of("name", "meters"));
		assertThat(dataset.status()).as(dataset.body()).isEqualTo(201);
		env = Map.of("GRIDSIGHT_URL", "http://127.0.0.1:" + port, "GRIDSIGHT_TOKEN", token(client));
	}

	static String token(ApiClient client) {
		ApiClient.Response issued = client.post("/api/tokens", Map.of("name", "cli"));
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		return issued.json().path("token").asString();
	}

	@Test
	void aChartQuestionAnsweredAsCsvHasAHeaderAndOneRowPerSite() {
		GridsightCliTest.Run run = GridsightCliTest.run(env, "", "ask", "average kw by site", "--format", "csv");
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.err()).isEmpty();
		List<String> lines = run.out().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("site,");
		assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder("North,2", "South,4");
		assertThat(run.out()).contains("\r\n");
	}

	@Test
	void theSameQuestionAsJsonIsTheAnswerMessageAndAsTextATable() {
		GridsightCliTest.Run json = GridsightCliTest.run(env, "", "ask", "average", "kw", "by", "site", "--format",
				"JSON");
		assertThat(json.code()).as(json.err()).isZero();
		JsonNode message = ServerConnection.JSON.readTree(json.out());
		assertThat(message.path("role").asString()).isEqualTo("assistant");
		assertThat(message.path("charts").get(0).path("data").path("rows").size()).isEqualTo(2);

		GridsightCliTest.Run text = GridsightCliTest.run(env, "", "ask", "average kw by site");
		assertThat(text.code()).as(text.err()).isZero();
		assertThat(text.out()).contains("▌ ").containsPattern("North +2\n").containsPattern("South +4\n");
	}

	@Test
	void anAnswerThatIsAnErrorExitsOneWithTheErrorOnStderr() {
		GridsightCliTest.Run run = GridsightCliTest.run(env, "", "ask", "/describe nosuchdataset");
		assertThat(run.code()).isEqualTo(1);
		assertThat(run.err()).startsWith("error: ").contains("nosuchdataset");
		GridsightCliTest.Run noChart = GridsightCliTest.run(env, "", "ask", "/datasets", "--format", "csv");
		assertThat(noChart.code()).isEqualTo(1);
		assertThat(noChart.err()).startsWith("The answer has no chart");
		assertThat(noChart.out()).isEmpty();
	}

	@Test
	void aRevokedOrWrongTokenExitsThreeWithoutShowingIt() {
		GridsightCliTest.Run run = GridsightCliTest.run(
				Map.of("GRIDSIGHT_URL", "http://127.0.0.1:" + port, "GRIDSIGHT_TOKEN", "gs_wrong-token-value"), "",
				"ask", "/datasets");
		assertThat(run.code()).isEqualTo(3);
		assertThat(run.err()).startsWith("The server refused the API token").doesNotContain("gs_wrong-token-value");
	}

	@Test
	void chatRunsSlashCommandsOnTheServerAndItsOwnLocally() {
		GridsightCliTest.Run run = GridsightCliTest.run(env, "/datasets\n/help\n/sessions\n/quit\n", "chat");
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("→ /datasets").contains("meters");
		assertThat(run.out()).contains("Local commands:").contains("/sessions").contains("Server commands");
		assertThat(run.out()).containsPattern("\n  /chart +\\S");
		assertThat(run.out()).contains("* ").contains("/datasets");
	}

	@Test
	void chatStreamsAChartQuestionAndAnswersAConfirmationWithYesOrNo() {
		GridsightCliTest.Run run = GridsightCliTest.run(env, "average kw by site\nshow me a chart\ny\n/quit\n", "chat",
				"--agent", "analyst");
		assertThat(run.code()).as(run.err() + run.out()).isZero();
		assertThat(run.out()).contains("→ /chart")
			.contains("▌ ")
			.containsPattern("North +2\n")
			.containsPattern("South +4\n");
		// pinning needs a confirmation: "y" runs it, and the command's own answer (this
		// chat has no tab) is printed
		assertThat(run.out()).contains("Confirm /pin? [y/n] ").contains("→ /pin").contains("no tab");
	}

	@Test
	void chatResumesASessionAndNamesAnUnknownAgent() {
		GridsightCliTest.Run first = GridsightCliTest.run(env, "/datasets\n", "chat");
		String session = first.out().replaceAll("(?s).*\\(session ([0-9a-f-]{36})\\).*", "$1");
		GridsightCliTest.Run again = GridsightCliTest.run(env, "/quit\n", "chat", "--session", session);
		assertThat(again.code()).isZero();
		assertThat(again.out()).contains(session).contains("/datasets");
		GridsightCliTest.Run unknown = GridsightCliTest.run(env, "", "chat", "--agent", "Nobody");
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err()).contains("no agent 'Nobody'");
	}

}
