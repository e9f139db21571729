package dev.gridsight.sharing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds what the sharing tests share: a small hourly meter dataset in a workspace, and
 * charts over it, through the public API.
 */
final class SharingFixture {

	private SharingFixture() {
	}

	/** Three days of hourly readings, 2022-08-01 to 2022-08-03, for two sites. */
	static byte[] meterCsv() {
		StringBuilder csv = new StringBuilder("ts,site,kw\n");
		LocalDateTime start = LocalDateTime.of(2022, 8, 1, 0, 0);
		for (int hour = 0; hour < 72; hour++) {
			String ts = start.plusHours(hour).toString().replace('T', ' ');
			csv.append(ts).append(",North,").append(10 + hour % 24).append('\n');
			csv.append(ts).append(",South,").append(5 + hour % 12).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Uploads the meter dataset into the workspace (the personal one when null). */
	static String uploadMeter(ApiClient client, String workspaceId) {
		ApiClient.Response uploaded = client.upload("/api/datasets", "meter.csv", meterCsv(),
				workspaceId == null ? Map.of() : Map.of("workspaceId", workspaceId));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().path("id").asString();
	}

	/** A chart of daily kW over the meter dataset; returns its id. */
	static String dailyChart(ApiClient client, String workspaceId, String title) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "query",
				Map.of("dataset", "meter", "measures", List.of(Map.of("column", "kw", "agg", "sum", "as", "kw")),
						"time", Map.of("column", "ts", "grain", "day")),
				"visual", Map.of("type", "bar", "x", "ts", "y", List.of("kw"))));
		if (workspaceId != null) {
			body.put("workspaceId", workspaceId);
		}
		ApiClient.Response created = client.post("/api/charts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** A team workspace owned by {@code owner}; returns its id. */
	static String teamWorkspace(ApiClient owner) {
		ApiClient.Response created = owner.post("/api/workspaces", Map.of("name", "Team"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static void addMember(ApiClient owner, String workspaceId, Accounts.Person person, String role) {
		ApiClient.Response added = owner.post("/api/workspaces/" + workspaceId + "/members",
				Map.of("email", person.email(), "role", role));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
	}

	static ApiClient.Response shareToUser(ApiClient sharer, String chartId, String email, String permission) {
		return sharer.post("/api/shares", Map.of("target", Map.of("type", "chart", "id", chartId), "to",
				Map.of("email", email, "permission", permission)));
	}

	static ApiClient.Response sharePublicly(ApiClient sharer, String chartId, Map<String, Object> options) {
		Map<String, Object> to = new java.util.HashMap<>(options);
		to.put("public", true);
		return sharer.post("/api/shares", Map.of("target", Map.of("type", "chart", "id", chartId), "to", to));
	}

}
