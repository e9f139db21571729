package dev.gridsight.sharing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tab shared as a public link: the page's data is the tab's charts, read as the sharer;
 * nothing else; revoked means gone. A tab of someone else cannot be shared at all.
 */
@IntegrationTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class TabLinkIT {

	@LocalServerPort
	int port;

	@Test
	void aPublicLinkToATabShowsItsChartsWithDataUntilRevoked() {
		Accounts accounts = new Accounts(port);
		ApiClient owner = accounts.member().client();
		SharingFixture.uploadMeter(owner, null);
		String chart = SharingFixture.dailyChart(owner, null, "Daily kW");
		SharingFixture.dailyChart(owner, null, "Not on the tab");
		String tab = owner.post("/api/tabs", Map.of("name", "Site view")).json().path("id").asString();
		assertThat(owner.post("/api/tabs/" + tab + "/charts", Map.of("chartId", chart)).status()).isEqualTo(201);

		ApiClient.Response created = owner.post("/api/shares",
				Map.of("target", Map.of("type", "tab", "id", tab), "to", Map.of("public", true)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String token = created.json().path("token").asString();

		ApiClient anonymous = new ApiClient(port).from("203.0.113.7");
		ApiClient.Response page = anonymous.get("/api/public/" + token);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.json().path("title").asString()).isEqualTo("Site view");
		assertThat(page.json().path("charts")).hasSize(1);
		assertThat(page.json().path("charts").get(0).path("title").asString()).isEqualTo("Daily kW");
		assertThat(page.json().path("charts").get(0).path("data").path("rows").size()).isPositive();
		assertThat(page.body()).doesNotContain("Not on the tab").doesNotContain(tab);

		assertThat(owner.delete("/api/shares/" + created.json().path("id").asString()).status()).isEqualTo(204);
		assertThat(anonymous.get("/api/public/" + token).status()).isEqualTo(404);
	}

	@Test
	void aStrangerCannotShareSomeoneElsesTab() {
		Accounts accounts = new Accounts(port);
		ApiClient owner = accounts.member().client();
		Accounts.Person other = accounts.member();
		String tab = owner.post("/api/tabs", Map.of("name", "Mine")).json().path("id").asString();

		ApiClient.Response stranger = other.client()
			.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", tab), "to", Map.of("public", true)));
		assertThat(stranger.status()).isEqualTo(404);
		ApiClient.Response toSelf = other.client()
			.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", tab), "to",
					Map.of("email", other.email(), "permission", "edit")));
		assertThat(toSelf.status()).isEqualTo(404);
	}

	@Test
	void aPublicTabCarriesItsLayoutWindowAndFiltersAndViewersChangeThemOnlyWhenAllowed() {
		Accounts accounts = new Accounts(port);
		ApiClient owner = accounts.member().client();
		SharingFixture.uploadMeter(owner, null);
		String chart = SharingFixture.dailyChart(owner, null, "Daily kW");
		String tab = owner.post("/api/tabs", Map.of("name", "Sites", "window", Map.of("last", "P2D")))
			.json()
			.path("id")
			.asString();
		owner.post("/api/tabs/" + tab + "/charts",
				Map.of("chartId", chart, "layout", Map.of("x", 6, "y", 0, "w", 6, "h", 8)));
		assertThat(owner
			.patch("/api/tabs/" + tab, Map.of("filters", List.of(Map.of("column", "site", "values", List.of("North")))))
			.status()).isEqualTo(200);

		String fixed = owner
			.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", tab), "to", Map.of("public", true)))
			.json()
			.path("token")
			.asString();
		ApiClient anonymous = new ApiClient(port).from("203.0.113.8");
		ApiClient.Response page = anonymous.get("/api/public/" + fixed);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.json().path("kind").asString()).isEqualTo("tab");
		assertThat(page.json().path("viewerMayChangeWindow").asBoolean()).isFalse();
		assertThat(page.json().path("window").path("last").asString()).isEqualTo("P2D");
		assertThat(page.json().path("filters").get(0).path("column").asString()).isEqualTo("site");
		assertThat(page.json().path("filters").get(0).path("values").get(0).asString()).isEqualTo("North");
		assertThat(page.json().path("charts").get(0).path("layout").path("x").asInt()).isEqualTo(6);
		assertThat(anonymous.get("/api/public/" + fixed + "?filter.site=South").status()).isEqualTo(400);
		assertThat(anonymous.get("/api/public/" + fixed + "?window=P1D").status()).isEqualTo(400);

		String open = owner.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", tab), "to",
				Map.of("public", true, "viewerMayChangeWindow", true)))
			.json()
			.path("token")
			.asString();
		double north = anonymous.get("/api/public/" + open)
			.json()
			.path("charts")
			.get(0)
			.path("data")
			.path("rows")
			.get(0)
			.get(1)
			.asDouble();
		ApiClient.Response south = anonymous.get("/api/public/" + open + "?filter.site=South&window=all");
		assertThat(south.status()).as(south.body()).isEqualTo(200);
		assertThat(south.json().path("viewerMayChangeWindow").asBoolean()).isTrue();
		assertThat(south.json().path("filters").get(0).path("values").get(0).asString()).isEqualTo("South");
		assertThat(south.json().path("charts").get(0).path("data").path("rows").size()).isEqualTo(3);
		assertThat(south.json().path("charts").get(0).path("data").path("rows").get(0).get(1).asDouble())
			.isNotEqualTo(north);
		// the stored filter is untouched by a viewer's choice
		assertThat(owner.get("/api/tabs/" + tab).json().path("filters").get(0).path("values").get(0).asString())
			.isEqualTo("North");
	}

}
