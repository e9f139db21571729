package dev.gridsight.dashboard;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an undo window of a millisecond, a deleted tab is gone by the time undo is asked.
 */
@IntegrationTest
@TestPropertySource(properties = "gridsight.dashboard.undo=1ms")
class TabUndoIT {

	@LocalServerPort
	int port;

	@Test
	void aTabDeletedLongerAgoThanTheUndoWindowCannotBeRestored() {
		ApiClient client = new Accounts(port).member().client();
		ApiClient.Response created = client.post("/api/tabs", Map.of("name", "Gone"));
		String id = created.json().path("id").asString();
		assertThat(client.delete("/api/tabs/" + id).status()).isEqualTo(204);

		assertThat(client.post("/api/tabs/" + id + "/restore", Map.of()).status()).isEqualTo(404);
		assertThat(client.get("/api/tabs/" + id).status()).isEqualTo(404);
		assertThat(client.get("/api/tabs").json().path("total").asLong()).isZero();
	}

}
