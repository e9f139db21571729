package dev.gridsight.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@IntegrationTest
class OperationsIT {

	@LocalServerPort
	int port;

	@Test
	void healthIsPublicAndMetricsNeedAnAdmin() {
		ApiClient anonymous = new ApiClient(port);
		assertThat(anonymous.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
		assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);

		Accounts accounts = new Accounts(port);
		assertThat(accounts.member().client().get("/actuator/prometheus").status()).isEqualTo(403);
		String token = accounts.admin()
			.post("/api/tokens", Map.of("name", "prometheus"))
			.json()
			.path("token")
			.asString();
		ApiClient.Response metrics = new ApiClient(port).bearer(token).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void publishesTheOpenApiDocument() {
		ApiClient.Response docs = new ApiClient(port).get("/api/docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").has("/api/tokens")).isTrue();
		assertThat(docs.json().path("paths").has("/api/workspaces/{id}/members")).isTrue();
	}

	@Test
	void unknownApiPathsAnswerProblemJson() {
		ApiClient.Response response = new Accounts(port).admin().get("/api/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void clientRoutesFallBackToTheWebApp() {
		assumeTrue(new ClassPathResource("static/index.html").exists(), "web app not built (-Dskip.web)");
		ApiClient.Response page = new ApiClient(port).get("/settings/tokens");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"root\">");
	}

}
