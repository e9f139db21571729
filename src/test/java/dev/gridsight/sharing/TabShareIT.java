package dev.gridsight.sharing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static dev.gridsight.sharing.SharingFixture.addMember;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tab shared with a person: the recipient sees the tab and its charts' data (read with
 * the sharer's rights, for this tab only) and nothing else of the workspace; a view share
 * changes nothing, an edit share changes the layout, windows, filters and cards but not
 * which charts are on the tab; the share ends with its sharer's right to share.
 */
@IntegrationTest
class TabShareIT {

	@LocalServerPort
	int port;

	private record Team(Accounts.Person owner, String workspace, String datasetId, String chart, String hidden,
			String tab) {
	}

	private Team team(Accounts accounts) {
		Accounts.Person owner = accounts.member();
		String workspace = SharingFixture.teamWorkspace(owner.client());
		String datasetId = SharingFixture.uploadMeter(owner.client(), workspace);
		String chart = SharingFixture.dailyChart(owner.client(), workspace, "Daily kW");
		String hidden = SharingFixture.dailyChart(owner.client(), workspace, "Not on the tab");
		String tab = owner.client()
			.post("/api/tabs", Map.of("name", "Sites", "workspaceId", workspace))
			.json()
			.path("id")
			.asString();
		assertThat(owner.client().post("/api/tabs/" + tab + "/charts", Map.of("chartId", chart)).status())
			.isEqualTo(201);
		return new Team(owner, workspace, datasetId, chart, hidden, tab);
	}

	private static ApiClient.Response share(ApiClient sharer, String tab, String email, String permission) {
		return sharer.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", tab), "to",
				Map.of("email", email, "permission", permission)));
	}

	@Test
	void aViewShareShowsTheTabAndItsDataAndNothingElse() {
		Accounts accounts = new Accounts(port);
		Team team = team(accounts);
		Accounts.Person reader = accounts.member();
		ApiClient.Response created = share(team.owner().client(), team.tab(), reader.email(), "view");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("url").asString()).endsWith("/share/tab/" + team.tab());

		ApiClient client = reader.client();
		JsonNode tab = client.get("/api/tabs/" + team.tab()).json();
		assertThat(tab.path("name").asString()).isEqualTo("Sites");
		assertThat(tab.path("access").asString()).isEqualTo("view");
		assertThat(tab.path("sharedBy").path("email").asString()).isEqualTo(team.owner().email());
		assertThat(tab.path("charts")).hasSize(1);
		ApiClient.Response data = client.get("/api/tabs/" + team.tab() + "/data");
		assertThat(data.status()).as(data.body()).isEqualTo(200);
		JsonNode chart = data.json().path("charts").get(0);
		assertThat(chart.path("data").path("rows").size()).isEqualTo(3);
		assertThat(chart.path("datasetId").asString()).isEqualTo(team.datasetId());
		JsonNode shared = client.get("/api/tabs/shared").json();
		assertThat(shared).hasSize(1);
		assertThat(shared.get(0).path("id").asString()).isEqualTo(team.tab());
		assertThat(shared.get(0).path("access").asString()).isEqualTo("view");

		// nothing else of the workspace, and nothing changes through a view share
		assertThat(client.get("/api/tabs?workspaceId=" + team.workspace()).status()).isEqualTo(404);
		assertThat(client.get("/api/charts/" + team.hidden()).status()).isEqualTo(404);
		assertThat(client.get("/api/datasets/" + team.datasetId()).status()).isEqualTo(404);
		assertThat(client.patch("/api/tabs/" + team.tab(), Map.of("name", "Mine")).status()).isEqualTo(403);
		assertThat(client.put("/api/tabs/" + team.tab() + "/layout", Map.of("charts", List.of())).status())
			.isEqualTo(403);
		assertThat(client.delete("/api/tabs/" + team.tab()).status()).isIn(403, 404);
		assertThat(client.post("/api/tabs/" + team.tab() + "/cards", Map.of("markdown", "hi")).status()).isEqualTo(403);
		assertThat(share(client, team.tab(), accounts.member().email(), "view").status()).isEqualTo(404);
		assertThat(team.owner().client().get("/api/tabs/" + team.tab()).json().path("name").asString())
			.isEqualTo("Sites");
		// a member sees no sharedBy and edit access
		JsonNode own = team.owner().client().get("/api/tabs/" + team.tab()).json();
		assertThat(own.path("access").asString()).isEqualTo("edit");
		assertThat(own.has("sharedBy")).isFalse();
	}

	@Test
	void anEditShareChangesTheLayoutAndFiltersButNotWhatIsOnTheTab() {
		Accounts accounts = new Accounts(port);
		Team team = team(accounts);
		Accounts.Person editor = accounts.member();
		assertThat(share(team.owner().client(), team.tab(), editor.email(), "edit").status()).isEqualTo(201);
		ApiClient client = editor.client();

		ApiClient.Response moved = client.put("/api/tabs/" + team.tab() + "/layout", Map.of("charts",
				List.of(Map.of("chartId", team.chart(), "layout", Map.of("x", 3, "y", 2, "w", 5, "h", 6)))));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("access").asString()).isEqualTo("edit");
		ApiClient.Response filtered = client.patch("/api/tabs/" + team.tab(),
				Map.of("filters", List.of(Map.of("column", "site", "values", List.of("South")))));
		assertThat(filtered.status()).as(filtered.body()).isEqualTo(200);
		assertThat(team.owner()
			.client()
			.get("/api/tabs/" + team.tab())
			.json()
			.path("charts")
			.get(0)
			.path("layout")
			.path("x")
			.asInt()).isEqualTo(3);

		assertThat(client.post("/api/tabs/" + team.tab() + "/charts", Map.of("chartId", team.hidden())).status())
			.isEqualTo(404);
		assertThat(client.patch("/api/tabs/" + team.tab(), Map.of("position", 0)).status()).isEqualTo(403);
		assertThat(client.post("/api/tabs/" + team.tab() + "/duplicate", Map.of()).status()).isEqualTo(404);
		assertThat(client.delete("/api/tabs/" + team.tab()).status()).isEqualTo(404);
		assertThat(team.owner().client().get("/api/tabs/" + team.tab()).status()).isEqualTo(200);
	}

	@Test
	void theShareEndsWhenItsSharerLeavesTheWorkspaceOrItIsRevoked() {
		Accounts accounts = new Accounts(port);
		Team team = team(accounts);
		Accounts.Person sharer = accounts.member();
		addMember(team.owner().client(), team.workspace(), sharer, "editor");
		Accounts.Person reader = accounts.member();
		String shareId = share(sharer.client(), team.tab(), reader.email(), "view").json().path("id").asString();
		assertThat(reader.client().get("/api/tabs/" + team.tab() + "/data").status()).isEqualTo(200);

		assertThat(team.owner()
			.client()
			.delete("/api/workspaces/" + team.workspace() + "/members/" + sharer.id())
			.status()).isEqualTo(204);
		assertThat(reader.client().get("/api/tabs/" + team.tab()).status()).isEqualTo(404);
		assertThat(reader.client().get("/api/tabs/" + team.tab() + "/data").status()).isEqualTo(404);
		assertThat(reader.client().get("/api/tabs/shared").json()).isEmpty();

		Accounts.Person second = accounts.member();
		String direct = share(team.owner().client(), team.tab(), second.email(), "view").json().path("id").asString();
		assertThat(second.client().get("/api/tabs/" + team.tab()).status()).isEqualTo(200);
		assertThat(team.owner().client().delete("/api/shares/" + direct).status()).isEqualTo(204);
		assertThat(second.client().get("/api/tabs/" + team.tab()).status()).isEqualTo(404);
		assertThat(shareId).isNotBlank();
	}

}
