package dev.gridsight.chat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change the assistant decides on waits for the user: the default agent and the default
 * chat policy both ask for a confirmation before a tab changes, and a confirmation runs
 * the command once.
 */
@IntegrationTest
class ChatConfirmationIT {

	@LocalServerPort
	int port;

	@Test
	void pinningAnAnswersChartWaitsForAYesAndRunsOnce() {
		Accounts.Person owner = new Accounts(port).member();
		ApiClient client = owner.client();
		ChatIT.upload(client, null, "meters");
		String tabId = client.post("/api/tabs", Map.of("name", "Energy")).json().path("id").asString();
		String session = ChatIT.session(client, Map.of("tabId", tabId));

		JsonNode chart = ChatIT.send(client, session, "total kw by site").path("messages").get(1);
		assertThat(chart.path("charts").size()).as(chart.toString()).isEqualTo(1);
		String chartId = chart.path("charts").get(0).path("id").asString();

		JsonNode asked = ChatIT.send(client, session, "pin it to the tab").path("messages").get(1);
		JsonNode confirmation = card(asked, "confirmation");
		assertThat(confirmation.path("command").asString()).isEqualTo("pin");
		assertThat(client.get("/api/tabs/" + tabId).json().path("charts").size()).as("nothing changed yet").isZero();

		String callId = confirmation.path("callId").asString();
		String confirm = "/api/chat/sessions/" + session + "/confirmations/" + callId;
		ApiClient.Response done = client.post(confirm, Map.of("approve", true));
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().path("messages").get(0).path("content").asString()).contains("Pinned");
		JsonNode tab = client.get("/api/tabs/" + tabId).json();
		assertThat(tab.path("charts").size()).isEqualTo(1);
		assertThat(tab.path("charts").get(0).path("chartId").asString()).isEqualTo(chartId);
		assertThat(client.post(confirm, Map.of("approve", true)).status()).as("a confirmation runs once")
			.isEqualTo(404);
	}

	@Test
	void aCancelledChangeIsNotRunAndAStrangerCannotConfirmIt() {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		ApiClient client = owner.client();
		ChatIT.upload(client, null, "meters");
		String tabId = client.post("/api/tabs", Map.of("name", "Energy")).json().path("id").asString();
		String session = ChatIT.session(client, Map.of("tabId", tabId));
		ChatIT.send(client, session, "total kw by site");
		JsonNode asked = ChatIT.send(client, session, "pin it to the tab").path("messages").get(1);
		String callId = card(asked, "confirmation").path("callId").asString();
		String confirm = "/api/chat/sessions/" + session + "/confirmations/" + callId;

		assertThat(accounts.member().client().post(confirm, Map.of("approve", true)).status()).isEqualTo(404);
		assertThat(client.post(confirm, Map.of()).status()).isEqualTo(400);
		ApiClient.Response cancelled = client.post(confirm, Map.of("approve", false));
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().path("messages").get(0).path("content").asString()).contains("Cancelled");
		assertThat(client.get("/api/tabs/" + tabId).json().path("charts").size()).isZero();
		assertThat(client.post(confirm, Map.of("approve", true)).status()).isEqualTo(404);
	}

	@Test
	void theAssistantCannotRunWhatThePolicyOrTheUsersRoleForbids() {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		Accounts.Person viewer = accounts.member();
		String team = owner.client().post("/api/workspaces", Map.of("name", "Team")).json().path("id").asString();
		owner.client().post("/api/workspaces/" + team + "/members", Map.of("email", viewer.email(), "role", "viewer"));
		ChatIT.upload(owner.client(), team, "meters");
		String tabId = owner.client()
			.post("/api/tabs", Map.of("workspaceId", team, "name", "Board"))
			.json()
			.path("id")
			.asString();

		String session = ChatIT.session(viewer.client(), Map.of("tabId", tabId));
		JsonNode chart = ChatIT.send(viewer.client(), session, "total kw by site").path("messages").get(1);
		assertThat(chart.path("charts").size()).as("a viewer gets answers").isEqualTo(1);
		JsonNode pin = ChatIT.send(viewer.client(), session, "pin it to the tab").path("messages").get(1);
		assertThat(ChatIT.tool(pin).path("status").asString()).isEqualTo("refused");
		assertThat(ChatIT.tool(pin).path("summary").asString()).contains("viewer");
		assertThat(owner.client().get("/api/tabs/" + tabId).json().path("charts").size()).isZero();

		owner.client()
			.put("/api/chat/policy?workspaceId=" + team,
					Map.of("allowedAgents", java.util.List.of(), "allowedCommands", java.util.List.of("help"),
							"mayChangeDashboards", false, "mayChangeShares", false, "changesNeedConfirmation", true));
		JsonNode barred = ChatIT.send(viewer.client(), session, "total kw by site").path("messages").get(1);
		assertThat(barred.path("charts").size()).isZero();
		assertThat(ChatIT.tool(barred).path("status").asString()).isEqualTo("refused");
		assertThat(ChatIT.tool(barred).path("summary").asString()).contains("chat policy").contains("/chart");
	}

	private static JsonNode card(JsonNode message, String type) {
		for (JsonNode card : message.path("cards")) {
			if (card.path("type").asString().equals(type)) {
				return card;
			}
		}
		throw new AssertionError("No " + type + " card in " + message);
	}

}
