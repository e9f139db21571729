package dev.gridsight.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static dev.gridsight.sharing.SharingFixture.dailyChart;
import static dev.gridsight.sharing.SharingFixture.sharePublicly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public links through HTTP, as somebody without an account. The server trusts
 * {@code X-Forwarded-For} here, so each test reads from addresses of its own and tests do
 * not share an address's rate limit.
 */
@IntegrationTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicLinkIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Accounts accounts;

	Accounts.Person owner;

	String chartId;

	String otherChartId;

	String datasetId;

	@BeforeAll
	void createCharts() {
		accounts = new Accounts(port);
		owner = accounts.member();
		datasetId = SharingFixture.uploadMeter(owner.client(), null);
		chartId = dailyChart(owner.client(), null, "Daily kW");
		otherChartId = dailyChart(owner.client(), null, "Not shared");
	}

	private ApiClient anonymous(String address) {
		return new ApiClient(port).from(address);
	}

	private String link(Map<String, Object> options) {
		ApiClient.Response created = sharePublicly(owner.client(), chartId, options);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String token = created.json().path("token").asString();
		assertThat(created.json().path("url").asString()).endsWith("/s/" + token);
		return token;
	}

	private String linkId(String token) {
		return jdbc.sql("select id from shares where token_hash = ?").param(sha256(token)).query(String.class).single();
	}

	@Test
	void aPublicLinkShowsTheChartAndItsDataToAnybodyAndNothingAboutTheWorkspace() {
		String token = link(Map.of());
		assertThat(token).startsWith("gsp_").hasSize(47);

		ApiClient.Response page = anonymous("198.51.100.1").get("/api/public/" + token);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.header("Cache-Control")).contains("no-store");
		JsonNode body = page.json();
		assertThat(body.path("title").asString()).isEqualTo("Daily kW");
		assertThat(body.path("charts")).hasSize(1);
		JsonNode chart = body.path("charts").get(0);
		assertThat(chart.path("title").asString()).isEqualTo("Daily kW");
		assertThat(chart.path("visual").path("type").asString()).isEqualTo("bar");
		assertThat(chart.path("data").path("rows"))
			.isEqualTo(owner.client().get("/api/charts/" + chartId + "/data").json().path("rows"));
		assertThat(page.body()).doesNotContain(chartId).doesNotContain(owner.id()).doesNotContain(datasetId);
	}

	@Test
	void aPasswordIsAskedForAndEveryRefusalTakesTheSameDelay() {
		String token = link(Map.of("password", "correct horse"));
		ApiClient client = anonymous("198.51.100.2");

		for (String password : new String[] { null, "wrong", "" }) {
			long started = System.nanoTime();
			ApiClient.Response refused = password == null ? client.get("/api/public/" + token)
					: client.send("GET", "/api/public/" + token, null, null, Map.of("X-Share-Password", password));
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.detail()).contains("X-Share-Password");
			assertThat(millis).as("delay for %s", password).isGreaterThanOrEqualTo(240);
		}
		ApiClient.Response open = client.send("GET", "/api/public/" + token, null, null,
				Map.of("X-Share-Password", "correct horse"));
		assertThat(open.status()).as(open.body()).isEqualTo(200);
		assertThat(jdbc.sql("select password_hash from shares where id = ?")
			.param(UUID.fromString(linkId(token)))
			.query(String.class)
			.single()).startsWith("{bcrypt}").doesNotContain("correct horse");
	}

	@Test
	void expiredRevokedUnknownMalformedAndOrphanedLinksAllAnswerTheSame404() {
		String expired = link(Map.of("expiresAt", OffsetDateTime.now().plusDays(1).toString()));
		jdbc.sql("update shares set expires_at = ? where id = ?")
			.params(OffsetDateTime.now().minusMinutes(1), UUID.fromString(linkId(expired)))
			.update();
		String revoked = link(Map.of());
		assertThat(owner.client().delete("/api/shares/" + linkId(revoked)).status()).isEqualTo(204);
		String unknown = "gsp_" + "A".repeat(43);
		String protectedAndRevoked = link(Map.of("password", "pw"));
		owner.client().delete("/api/shares/" + linkId(protectedAndRevoked));

		Accounts.Person teamOwner = accounts.member();
		Accounts.Person editor = accounts.member();
		String team = SharingFixture.teamWorkspace(teamOwner.client());
		SharingFixture.addMember(teamOwner.client(), team, editor, "editor");
		SharingFixture.uploadMeter(teamOwner.client(), team);
		String teamChart = dailyChart(teamOwner.client(), team, "Team");
		String orphaned = sharePublicly(editor.client(), teamChart, Map.of()).json().path("token").asString();
		assertThat(anonymous("198.51.100.3").get("/api/public/" + orphaned).status()).isEqualTo(200);
		teamOwner.client().delete("/api/workspaces/" + team + "/members/" + editor.id());
		String deletedChart = sharePublicly(teamOwner.client(), teamChart, Map.of()).json().path("token").asString();
		assertThat(teamOwner.client().delete("/api/charts/" + teamChart).status()).isEqualTo(204);

		List<String> bodies = new ArrayList<>();
		for (String token : List.of(expired, revoked, unknown, protectedAndRevoked, orphaned, deletedChart, "abc",
				"gsp_short", "gs_" + "A".repeat(43), expired.toUpperCase(), expired + "A", "%20", chartId)) {
			ApiClient.Response response = anonymous("198.51.100.3").get("/api/public/" + token);
			assertThat(response.status()).as(token).isEqualTo(404);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			ObjectNode problem = (ObjectNode) response.json();
			problem.remove("instance");
			bodies.add(problem.toString());
		}
		assertThat(bodies).as("one body for every dead link").containsOnly(bodies.get(0));
		assertThat(bodies.get(0)).contains("does not exist or no longer works");
	}

	@Test
	void theTokenIsNeverStoredInClear() {
		String token = link(Map.of("password", "pw"));
		Map<String, Object> row = jdbc.sql("select * from shares where token_hash = ?")
			.param(sha256(token))
			.query()
			.singleRow();
		assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(token));
		assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(token.substring(4)));
		assertThat(jdbc.sql("select count(*) from shares where token_hash like ?")
			.param("%" + token.substring(4, 20) + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void everyReadIsCountedAndTheLastAccessShown() {
		String token = link(Map.of());
		ApiClient client = anonymous("198.51.100.4");
		for (int i = 0; i < 3; i++) {
			assertThat(client.get("/api/public/" + token).status()).isEqualTo(200);
		}
		String id = linkId(token);
		JsonNode listed = null;
		for (JsonNode item : owner.client()
			.get("/api/shares?target=chart:" + chartId + "&size=200")
			.json()
			.path("items")) {
			if (item.path("id").asString().equals(id)) {
				listed = item;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.path("accessCount").asLong()).isEqualTo(3);
		assertThat(listed.path("lastAccessAt").isNull()).isFalse();
	}

	@Test
	void tooManyRequestsFromOneAddressOrForOneTokenGet429() {
		String token = link(Map.of());
		ApiClient client = anonymous("198.51.100.5");
		for (int i = 0; i < 60; i++) {
			assertThat(client.get("/api/public/" + token).status()).as("request %d", i + 1).isEqualTo(200);
		}
		ApiClient.Response limited = client.get("/api/public/" + token);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
		// the token's own budget is spent too, whatever the address
		assertThat(anonymous("198.51.100.6").get("/api/public/" + token).status()).isEqualTo(429);
		// and the address's, whatever the token (guessing tokens is limited as well)
		assertThat(client.get("/api/public/" + link(Map.of())).status()).isEqualTo(429);
		assertThat(client.get("/api/public/gsp_" + "B".repeat(43)).status()).isEqualTo(429);
	}

	@Test
	void theWindowChangesOnlyWhenTheSharerAllowsIt() {
		String fixed = link(Map.of());
		String free = link(Map.of("viewerMayChangeWindow", true));
		ApiClient client = anonymous("198.51.100.7");
		String oneDay = "?window=2022-08-02/2022-08-03";

		ApiClient.Response refused = client.get("/api/public/" + fixed + oneDay);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).contains("window");
		ApiClient.Response changed = client.get("/api/public/" + free + oneDay);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().path("charts").get(0).path("data").path("rows")).hasSize(1);
		assertThat(client.get("/api/public/" + free).json().path("charts").get(0).path("data").path("rows")).hasSize(3);
		assertThat(client.get("/api/public/" + free + "?window=yesterweek").status()).isEqualTo(400);
	}

	@Test
	void thePublicTokenOpensNothingElse() {
		String token = link(Map.of());
		ApiClient bearer = anonymous("198.51.100.8").bearer(token);
		for (String path : List.of("/api/charts/" + chartId, "/api/charts/" + chartId + "/data",
				"/api/charts/" + otherChartId + "/data", "/api/charts", "/api/datasets", "/api/datasets/" + datasetId,
				"/api/shares?target=chart:" + chartId, "/api/workspaces", "/api/me")) {
			assertThat(bearer.get(path).status()).as(path).isEqualTo(401);
		}
		ApiClient anonymous = anonymous("198.51.100.8");
		for (String path : List.of("/api/charts/" + token, "/api/charts/" + token + "/data",
				"/api/charts/" + chartId + "/data", "/api/datasets/" + datasetId + "/rows", "/api/shares",
				"/api/public", "/api/public/" + token + "/data")) {
			assertThat(anonymous.get(path).status()).as(path).isIn(401, 404);
		}
		assertThat(anonymous.get("/api/charts/" + chartId + "/data?token=" + token).status()).isEqualTo(401);
		assertThat(anonymous
			.post("/api/shares", Map.of("target", Map.of("type", "chart", "id", chartId), "to", Map.of("public", true)))
			.status()).isIn(401, 403);
		// a signed-in stranger who holds the link still gets nothing else
		Accounts.Person stranger = accounts.member();
		assertThat(stranger.client().get("/api/public/" + token).status()).isEqualTo(200);
		assertThat(stranger.client().get("/api/charts/" + chartId).status()).isEqualTo(404);
		assertThat(stranger.client().get("/api/charts/" + otherChartId + "/data").status()).isEqualTo(404);
		assertThat(stranger.client().get("/api/datasets/" + datasetId).status()).isEqualTo(404);
		// and the link reads only its own chart: the path has no room for another id
		assertThat(anonymous.get("/api/public/" + token + "?chartId=" + otherChartId).json().path("title").asString())
			.isEqualTo("Daily kW");
	}

	@Test
	void publicPagesMayBeFramedAndTheRestOfTheAppMayNot() {
		String token = link(Map.of());
		for (String path : List.of("/s/" + token, "/api/public/" + token)) {
			ApiClient.Response response = new ApiClient(port).from("198.51.100.9").get(path);
			List<String> policies = response.raw().headers().allValues("Content-Security-Policy");
			assertThat(policies).as(path).hasSize(1);
			assertThat(policies.get(0)).contains("frame-ancestors *")
				.doesNotContain("frame-ancestors 'none'")
				.contains("script-src 'self'");
			assertThat(response.header("X-Frame-Options")).as(path).isNull();
			assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
		}
		ApiClient.Response app = owner.client().get("/api/charts/" + chartId);
		assertThat(app.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(app.header("X-Frame-Options")).isEqualTo("DENY");
		ApiClient.Response csrf = new ApiClient(port).get("/api/auth/csrf");
		assertThat(csrf.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
