package dev.gridsight.sharing;

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
 * nothing else; revoked means gone. A tab cannot be shared with a person yet, and a tab
 * of someone else cannot be shared at all.
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
	void aTabIsNotSharedWithPeopleYetNorByStrangers() {
		Accounts accounts = new Accounts(port);
		ApiClient owner = accounts.member().client();
		Accounts.Person other = accounts.member();
		String tab = owner.post("/api/tabs", Map.of("name", "Mine")).json().path("id").asString();

		ApiClient.Response toPerson = owner.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", tab), "to",
				Map.of("email", other.email(), "permission", "view")));
		assertThat(toPerson.status()).isEqualTo(400);
		assertThat(toPerson.detail()).contains("public link only");

		ApiClient.Response stranger = other.client()
			.post("/api/shares", Map.of("target", Map.of("type", "tab", "id", tab), "to", Map.of("public", true)));
		assertThat(stranger.status()).isEqualTo(404);
	}

}
