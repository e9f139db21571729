package dev.gridsight.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows appended through the API reach every open view of the dataset over the live
 * socket, and only views whose user may read it.
 */
@IntegrationTest
class LiveRefreshIT {

	@LocalServerPort
	int port;

	@Test
	void anAppendReachesEveryBrowserSubscribedToTheDataset() throws Exception {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		String dataset = upload(owner.client());
		ApiClient secondBrowser = new ApiClient(port);
		secondBrowser.loginOk(owner.email(), owner.password());
		try (LiveStomp first = new LiveStomp(port, owner.client().cookie("GRIDSIGHT_SESSION"));
				LiveStomp second = new LiveStomp(port, secondBrowser.cookie("GRIDSIGHT_SESSION"))) {
			first.subscribe("/topic/datasets." + dataset);
			second.subscribe("/topic/datasets." + dataset);
			// a subscription is registered when the broker has seen it: append until it
			// arrives, at most a few times
			Map<String, Object> update = appendUntilReceived(owner.client(), dataset, first);
			assertThat(update).containsEntry("datasetId", dataset).containsEntry("rowsAppended", 1);
			Map<String, Object> same = second.received.poll(10, TimeUnit.SECONDS);
			assertThat(same).as("the second browser").isNotNull().containsEntry("datasetId", dataset);
		}
	}

	@Test
	void aStrangerCannotSubscribeToADatasetItMayNotRead() throws Exception {
		Accounts accounts = new Accounts(port);
		Accounts.Person owner = accounts.member();
		String dataset = upload(owner.client());
		Accounts.Person stranger = accounts.member();
		try (LiveStomp spy = new LiveStomp(port, stranger.client().cookie("GRIDSIGHT_SESSION"))) {
			spy.subscribe("/topic/datasets." + dataset);
			String error = spy.errors.poll(10, TimeUnit.SECONDS);
			assertThat(error).as("the server refuses the subscription").isNotNull();
			owner.client()
				.postRaw("/api/datasets/" + dataset + "/rows", "[{\"ts\": \"2026-01-03T00:00:00\", \"kw\": 3}]",
						"application/json");
			assertThat(spy.received.poll(2, TimeUnit.SECONDS)).isNull();
		}
	}

	@Test
	void theSocketNeedsASignedInSession() {
		assertThatThrownBy(() -> new LiveStomp(port, "not-a-session").close()).isInstanceOf(ExecutionException.class)
			.hasMessageContaining("401");
	}

	@Test
	void anotherSiteCannotOpenTheSocket() throws Exception {
		Accounts.Person owner = new Accounts(port).member();
		String cookie = owner.client().cookie("GRIDSIGHT_SESSION");
		assertThatThrownBy(() -> new LiveStomp(port, cookie, "https://evil.example").close())
			.isInstanceOf(ExecutionException.class)
			.hasMessageContaining("403");
	}

	static String upload(ApiClient client) {
		ApiClient.Response created = client.upload("/api/datasets", "live.csv",
				"ts,kw\n2026-01-01T00:00:00,1\n".getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static Map<String, Object> appendUntilReceived(ApiClient client, String dataset, LiveStomp browser)
			throws InterruptedException {
		for (int attempt = 0; attempt < 10; attempt++) {
			ApiClient.Response appended = client.postRaw("/api/datasets/" + dataset + "/rows",
					"[{\"ts\": \"2026-01-02T00:00:0" + attempt + "\", \"kw\": 2}]", "application/json");
			assertThat(appended.status()).as(appended.body()).isEqualTo(200);
			Map<String, Object> update = browser.received.poll(3, TimeUnit.SECONDS);
			if (update != null) {
				return update;
			}
		}
		throw new AssertionError("No update arrived after 10 appends");
	}

}
