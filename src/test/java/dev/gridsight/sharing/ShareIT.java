package dev.gridsight.sharing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static dev.gridsight.sharing.SharingFixture.addMember;
import static dev.gridsight.sharing.SharingFixture.dailyChart;
import static dev.gridsight.sharing.SharingFixture.sharePublicly;
import static dev.gridsight.sharing.SharingFixture.shareToUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shares to users through HTTP: the grantee reads the shared chart and nothing else of
 * the workspace; only editors share; a share dies with its sharer's right to share.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Accounts accounts;

	Accounts.Person owner;

	String datasetId;

	String chartId;

	String otherChartId;

	@BeforeAll
	void createCharts() {
		accounts = new Accounts(port);
		owner = accounts.member();
		datasetId = SharingFixture.uploadMeter(owner.client(), null);
		chartId = dailyChart(owner.client(), null, "Daily kW");
		otherChartId = dailyChart(owner.client(), null, "Not shared");
	}

	@Test
	void aGranteeReadsTheSharedChartAndItsDataAndNothingElseOfTheWorkspace() {
		Accounts.Person grantee = accounts.member();
		ApiClient.Response shared = shareToUser(owner.client(), chartId, grantee.email(), "view");
		assertThat(shared.status()).as(shared.body()).isEqualTo(201);
		assertThat(shared.json().path("token").isNull()).isTrue();
		assertThat(shared.json().path("url").asString()).endsWith("/share/chart/" + chartId);

		ApiClient client = grantee.client();
		assertThat(client.get("/api/charts/" + chartId).json().path("title").asString()).isEqualTo("Daily kW");
		ApiClient.Response data = client.get("/api/charts/" + chartId + "/data");
		assertThat(data.status()).as(data.body()).isEqualTo(200);
		assertThat(data.json().path("rows"))
			.isEqualTo(owner.client().get("/api/charts/" + chartId + "/data").json().path("rows"));
		assertThat(data.json().path("rows").size()).isEqualTo(3);
		assertThat(
				client.get("/api/charts/" + chartId + "/data?window=2022-08-02/2022-08-03").json().path("rows").size())
			.isEqualTo(1);

		String workspace = owner.id();
		assertThat(client.get("/api/charts/" + otherChartId).status()).isEqualTo(404);
		assertThat(client.get("/api/charts/" + otherChartId + "/data").status()).isEqualTo(404);
		assertThat(client.get("/api/charts?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(client.get("/api/datasets?workspaceId=" + workspace).status()).isEqualTo(404);
		assertThat(client.get("/api/datasets/" + datasetId).status()).isEqualTo(404);
		assertThat(client.get("/api/datasets/" + datasetId + "/rows").status()).isEqualTo(404);
		assertThat(client.post("/api/datasets/query", Map.of("workspaceId", workspace, "sql", "select * from meter"))
			.status()).isEqualTo(404);
		assertThat(client.get("/api/workspaces/" + workspace).status()).isEqualTo(404);
		assertThat(client.get("/api/shares?target=chart:" + chartId).status()).isEqualTo(404);
		// a grant is not passed on: the grantee is not a member, so cannot share
		assertThat(shareToUser(client, chartId, accounts.member().email(), "view").status()).isEqualTo(404);
		assertThat(sharePublicly(client, chartId, Map.of()).status()).isEqualTo(404);
		// view only: the chart cannot be deleted through the share
		assertThat(client.delete("/api/charts/" + chartId).status()).isIn(403, 404);
		assertThat(owner.client().get("/api/charts/" + chartId).status()).isEqualTo(200);
	}

	@Test
	void anEditShareSavesTheChartWithTheSharersRightsAndAViewShareCannot() {
		Accounts.Person editor = accounts.member();
		Accounts.Person viewer = accounts.member();
		String chart = dailyChart(owner.client(), null, "Shared for editing");
		assertThat(shareToUser(owner.client(), chart, editor.email(), "edit").status()).isEqualTo(201);
		assertThat(shareToUser(owner.client(), chart, viewer.email(), "view").status()).isEqualTo(201);
		Map<String, Object> changed = Map.of("title", "Renamed by the grantee", "query",
				Map.of("dataset", "meter", "measures", List.of(Map.of("column", "kw", "agg", "max", "as", "kw")),
						"time", Map.of("column", "ts", "grain", "day")),
				"visual", Map.of("type", "line"));

		ApiClient.Response refused = viewer.client().put("/api/charts/" + chart, changed);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(owner.client().get("/api/charts/" + chart).json().path("title").asString())
			.isEqualTo("Shared for editing");

		ApiClient.Response saved = editor.client().put("/api/charts/" + chart, changed);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(owner.client().get("/api/charts/" + chart).json().path("title").asString())
			.isEqualTo("Renamed by the grantee");
		// the grantee's own workspace has no dataset 'meter': the check ran with the
		// sharer's
		// rights, and a dataset the sharer cannot name is refused
		ApiClient.Response elsewhere = editor.client()
			.put("/api/charts/" + chart, Map.of("title", "x", "query",
					Map.of("dataset", "not_there", "measures", List.of(Map.of("column", "kw", "agg", "sum")))));
		assertThat(elsewhere.status()).isEqualTo(400);
		// an edit share does not lend the workspace: the grantee still cannot preview in
		// it
		assertThat(editor.client()
			.post("/api/charts/preview",
					Map.of("workspaceId", owner.id(), "query",
							Map.of("dataset", "meter", "measures", List.of(Map.of("column", "kw", "agg", "sum")))))
			.status()).isEqualTo(404);
	}

	@Test
	void revokingAShareEndsTheGranteesAccessAtOnce() {
		Accounts.Person grantee = accounts.member();
		String shareId = shareToUser(owner.client(), chartId, grantee.email(), "view").json().path("id").asString();
		assertThat(grantee.client().get("/api/charts/" + chartId).status()).isEqualTo(200);

		assertThat(owner.client().delete("/api/shares/" + shareId).status()).isEqualTo(204);

		assertThat(grantee.client().get("/api/charts/" + chartId).status()).isEqualTo(404);
		assertThat(grantee.client().get("/api/charts/" + chartId + "/data").status()).isEqualTo(404);
		assertThat(owner.client().delete("/api/shares/" + shareId).status()).isEqualTo(404);
	}

	@Test
	void onlyEditorsShareAndAViewerCannotShareAtAll() {
		Accounts.Person teamOwner = accounts.member();
		Accounts.Person editor = accounts.member();
		Accounts.Person viewer = accounts.member();
		Accounts.Person outsider = accounts.member();
		String team = SharingFixture.teamWorkspace(teamOwner.client());
		addMember(teamOwner.client(), team, editor, "editor");
		addMember(teamOwner.client(), team, viewer, "viewer");
		SharingFixture.uploadMeter(teamOwner.client(), team);
		String teamChart = dailyChart(teamOwner.client(), team, "Team chart");

		ApiClient.Response byViewer = shareToUser(viewer.client(), teamChart, outsider.email(), "view");
		assertThat(byViewer.status()).isEqualTo(403);
		assertThat(byViewer.detail()).contains("editor");
		assertThat(shareToUser(viewer.client(), teamChart, outsider.email(), "edit").status()).isEqualTo(403);
		assertThat(sharePublicly(viewer.client(), teamChart, Map.of()).status()).isEqualTo(403);
		assertThat(viewer.client().get("/api/shares?workspaceId=" + team).status()).isEqualTo(403);

		ApiClient.Response byEditor = shareToUser(editor.client(), teamChart, outsider.email(), "edit");
		assertThat(byEditor.status()).as(byEditor.body()).isEqualTo(201);
		assertThat(outsider.client().get("/api/charts/" + teamChart + "/data").status()).isEqualTo(200);
		// the viewer cannot revoke either
		assertThat(viewer.client().delete("/api/shares/" + byEditor.json().path("id").asString()).status())
			.isEqualTo(403);
		// an edit share is still no membership
		assertThat(outsider.client().get("/api/charts?workspaceId=" + team).status()).isEqualTo(404);
		assertThat(outsider.client().delete("/api/charts/" + teamChart).status()).isIn(403, 404);
	}

	@Test
	void aSharerWhoLosesTheRightToShareTakesTheirSharesDown() {
		Accounts.Person teamOwner = accounts.member();
		Accounts.Person editor = accounts.member();
		Accounts.Person grantee = accounts.member();
		String team = SharingFixture.teamWorkspace(teamOwner.client());
		addMember(teamOwner.client(), team, editor, "editor");
		SharingFixture.uploadMeter(teamOwner.client(), team);
		String teamChart = dailyChart(teamOwner.client(), team, "Team chart");
		assertThat(shareToUser(editor.client(), teamChart, grantee.email(), "view").status()).isEqualTo(201);
		assertThat(grantee.client().get("/api/charts/" + teamChart).status()).isEqualTo(200);

		assertThat(teamOwner.client()
			.patch("/api/workspaces/" + team + "/members/" + editor.id(), Map.of("role", "viewer"))
			.status()).isEqualTo(200);
		assertThat(grantee.client().get("/api/charts/" + teamChart).status()).isEqualTo(404);

		assertThat(teamOwner.client()
			.patch("/api/workspaces/" + team + "/members/" + editor.id(), Map.of("role", "editor"))
			.status()).isEqualTo(200);
		assertThat(grantee.client().get("/api/charts/" + teamChart).status()).isEqualTo(200);
		assertThat(teamOwner.client().delete("/api/workspaces/" + team + "/members/" + editor.id()).status())
			.isEqualTo(204);
		assertThat(grantee.client().get("/api/charts/" + teamChart).status()).isEqualTo(404);
		assertThat(grantee.client().get("/api/charts/" + teamChart + "/data").status()).isEqualTo(404);
	}

	@Test
	void everyEndpointAnswersNotFoundForAnotherUsersIds() {
		Accounts.Person grantee = accounts.member();
		String shareId = shareToUser(owner.client(), chartId, grantee.email(), "view").json().path("id").asString();
		Accounts.Person stranger = accounts.member();
		ApiClient client = stranger.client();

		assertThat(shareToUser(client, chartId, grantee.email(), "view").status()).isEqualTo(404);
		assertThat(sharePublicly(client, chartId, Map.of()).status()).isEqualTo(404);
		assertThat(client.get("/api/shares?target=chart:" + chartId).status()).isEqualTo(404);
		assertThat(client.get("/api/shares?workspaceId=" + owner.id()).status()).isEqualTo(404);
		assertThat(client.delete("/api/shares/" + shareId).status()).isEqualTo(404);
		assertThat(client.get("/api/charts/" + chartId).status()).isEqualTo(404);
		// the grantee cannot revoke or list either
		assertThat(grantee.client().delete("/api/shares/" + shareId).status()).isEqualTo(404);
		assertThat(grantee.client().get("/api/shares?workspaceId=" + owner.id()).status()).isEqualTo(404);
		assertThat(grantee.client().get("/api/charts/" + chartId).status()).isEqualTo(200);
	}

	@Test
	void theWorkspaceListsEveryLiveShareWithItsDetails() {
		Accounts.Person sharer = accounts.member();
		Accounts.Person grantee = accounts.member();
		SharingFixture.uploadMeter(sharer.client(), null);
		String chart = dailyChart(sharer.client(), null, "Listed chart");
		shareToUser(sharer.client(), chart, grantee.email(), "edit");
		String link = sharePublicly(sharer.client(), chart,
				Map.of("password", "open sesame", "expiresAt", OffsetDateTime.now().plusDays(7).toString()))
			.json()
			.path("id")
			.asString();
		String revoked = sharePublicly(sharer.client(), chart, Map.of()).json().path("id").asString();
		assertThat(sharer.client().delete("/api/shares/" + revoked).status()).isEqualTo(204);

		JsonNode page = sharer.client().get("/api/shares?workspaceId=" + sharer.id()).json();
		assertThat(page.path("total").asLong()).isEqualTo(2);
		JsonNode items = page.path("items");
		List<String> kinds = new java.util.ArrayList<>();
		for (JsonNode item : items) {
			kinds.add(item.path("kind").asString());
			assertThat(item.path("target").path("title").asString()).isEqualTo("Listed chart");
			assertThat(item.path("target").path("type").asString()).isEqualTo("chart");
			assertThat(item.path("createdBy").path("email").asString()).isEqualTo(sharer.email());
			assertThat(item.path("accessCount").asLong()).isZero();
			if (item.path("kind").asString().equals("user")) {
				assertThat(item.path("grantee").path("email").asString()).isEqualTo(grantee.email());
				assertThat(item.path("permission").asString()).isEqualTo("edit");
			}
			else {
				assertThat(item.path("id").asString()).isEqualTo(link);
				assertThat(item.path("passwordProtected").asBoolean()).isTrue();
				assertThat(item.path("expiresAt").isNull()).isFalse();
				assertThat(item.path("permission").asString()).isEqualTo("view");
				assertThat(item.toString()).doesNotContain("token").doesNotContain("open sesame");
			}
		}
		assertThat(kinds).containsExactlyInAnyOrder("user", "public");
		assertThat(sharer.client().get("/api/shares?target=chart:" + chart).json().path("total").asLong()).isEqualTo(2);
	}

	@Test
	void badSharesAreRefusedWithTheReasonAndNothingIsStored() {
		Accounts.Person grantee = accounts.member();
		long before = countShares();
		ApiClient client = owner.client();

		ApiClient.Response tab = client.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", chartId), "to",
				Map.of("email", grantee.email(), "permission", "view")));
		// a chart's id is no tab's
		assertThat(tab.status()).isEqualTo(404);
		ApiClient.Response unknownType = client.post("/api/shares",
				Map.of("target", Map.of("type", "dataset", "id", chartId), "to", Map.of("public", true)));
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.detail()).contains("'chart' or 'tab'");
		ApiClient.Response both = client.post("/api/shares", Map.of("target", Map.of("type", "chart", "id", chartId),
				"to", Map.of("email", grantee.email(), "public", true)));
		assertThat(both.status()).isEqualTo(400);
		assertThat(shareToUser(client, chartId, owner.email(), "view").detail()).contains("yourself");
		assertThat(shareToUser(client, chartId, "nobody@it.test", "view").status()).isEqualTo(400);
		assertThat(shareToUser(client, chartId, grantee.email(), "admin").detail()).contains("'view' or 'edit'");
		ApiClient.Response past = sharePublicly(client, chartId,
				Map.of("expiresAt", OffsetDateTime.now().minusHours(1).toString()));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.detail()).contains("expiresAt");
		assertThat(sharePublicly(client, chartId, Map.of("permission", "edit")).detail()).contains("read-only");
		assertThat(sharePublicly(client, chartId, Map.of("password", "x".repeat(73))).status()).isEqualTo(400);
		assertThat(client.get("/api/shares").status()).isEqualTo(400);
		assertThat(client.get("/api/shares?target=chart").status()).isEqualTo(400);
		assertThat(countShares()).isEqualTo(before);

		assertThat(shareToUser(client, chartId, grantee.email(), "view").status()).isEqualTo(201);
		assertThat(shareToUser(client, chartId, grantee.email(), "edit").status()).isEqualTo(409);
	}

	@Test
	void creatingAndRevokingASharesIsAudited() {
		Accounts.Person grantee = accounts.member();
		String shareId = shareToUser(owner.client(), chartId, grantee.email(), "view").json().path("id").asString();
		owner.client().delete("/api/shares/" + shareId);

		List<String> actions = jdbc.sql("select action from audit_log where target_id = ? order by id")
			.param(shareId)
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("share_created", "share_revoked");
	}

	private long countShares() {
		return jdbc.sql("select count(*) from shares").query(Long.class).single();
	}

}
