package dev.gridsight.platform;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@IntegrationTest
class OperationsIT {

	/** What a browser sends when the user types an address. */
	private static final Map<String, String> BROWSER = Map.of("Accept",
			"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

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
		ApiClient admin = new Accounts(port).admin();
		ApiClient.Response response = admin.get("/api/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.detail()).isEqualTo("There is no API endpoint GET /api/no-such-thing.");

		ApiClient.Response post = admin.post("/api/no-such-thing", Map.of());
		assertThat(post.status()).isEqualTo(404);
		assertThat(post.detail()).isEqualTo("There is no API endpoint POST /api/no-such-thing.");

		ApiClient.Response fromABrowser = admin.send("GET", "/api/no-such-thing", null, null, BROWSER);
		assertThat(fromABrowser.status()).isEqualTo(404);
		assertThat(fromABrowser.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void theSwaggerUiIsServedAndReadsTheApiDocs() {
		ApiClient anonymous = new ApiClient(port);
		ApiClient.Response entry = anonymous.send("GET", "/api/docs/ui", null, null, BROWSER);
		assertThat(entry.status()).isEqualTo(302);
		URI target = URI.create("http://127.0.0.1:" + port).resolve(entry.header("Location"));

		ApiClient.Response page = anonymous.send("GET", target.getRawPath(), null, null, BROWSER);
		assertThat(page.status()).as(target.toString()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("swagger-ui");
		// the Swagger UI writes a style element of its own: styles, never scripts, inline
		assertThat(page.header("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
			.contains("script-src 'self';");

		ApiClient.Response initializer = anonymous.get(target.resolve("swagger-initializer.js").getRawPath());
		assertThat(initializer.status()).isEqualTo(200);
		assertThat(initializer.body()).contains("/api/docs/swagger-config");
		ApiClient.Response config = anonymous.get("/api/docs/swagger-config");
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.json().path("url").asString()).isEqualTo("/api/docs");
	}

	@Test
	void aBrowserAtAnAddressOutsideTheAppGetsTheWebAppWithA404() {
		assumeTrue(new ClassPathResource("static/index.html").exists(), "web app not built (-Dskip.web)");
		ApiClient anonymous = new ApiClient(port);
		ApiClient.Response page = anonymous.send("GET", "/nope", null, null, BROWSER);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("Content-Type")).as(page.body()).startsWith("text/html");
		assertThat(page.body()).contains("<div id=\"root\">");

		ApiClient.Response script = anonymous.get("/nope");
		assertThat(script.status()).isEqualTo(404);
		assertThat(script.header("Content-Type")).startsWith("application/problem+json");
		assertThat(script.detail()).isEqualTo("There is nothing at /nope.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "%00", "%2F", "%5C", "%25", "a;b" })
	void pathsTheServerRefusesAnswerProblemJsonWithTheReason(String segment) {
		String path = "/api/datasets/" + UUID.randomUUID() + "/columns/" + segment + "/values";
		ApiClient.Response refused = new ApiClient(port).send("GET", path, null, null, BROWSER);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().path("status").asInt()).isEqualTo(400);
		assertThat(refused.detail()).contains("refused").contains("%00");
	}

	@Test
	void clientRoutesFallBackToTheWebApp() {
		assumeTrue(new ClassPathResource("static/index.html").exists(), "web app not built (-Dskip.web)");
		// every top-level route of web/src/app/router.tsx, as a reload or a bookmark asks
		// for it
		for (String route : java.util.List.of("/settings/tokens", "/dashboard/x", "/charts", "/charts/new", "/charts/x",
				"/chat", "/data/x", "/energy", "/share/tab/x", "/s/gsp_x")) {
			ApiClient.Response page = new ApiClient(port).get(route);
			assertThat(page.status()).as(route).isEqualTo(200);
			assertThat(page.body()).as(route).contains("<div id=\"root\">");
		}
	}

}
