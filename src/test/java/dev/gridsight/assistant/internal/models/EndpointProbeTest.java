package dev.gridsight.assistant.internal.models;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointProbeTest {

	final CountDownLatch release = new CountDownLatch(1);

	HttpServer server;

	String base;

	EndpointProbe probe = new EndpointProbe(JsonMapper.builder().build(), Duration.ofMillis(500));

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/ollama/models",
				(exchange) -> answer(exchange, 200, "{\"models\":[{\"name\":\"llama3.1:8b\"},{\"name\":\"qwen2\"}]}"));
		server.createContext("/html/models", (exchange) -> answer(exchange, 200, "<html>login page</html>"));
		server.createContext("/busy/models", (exchange) -> answer(exchange, 503, "x".repeat(5000)));
		server.createContext("/slow/models", (exchange) -> {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			answer(exchange, 200, "{\"data\":[]}");
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		release.countDown();
		server.stop(0);
	}

	static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Test
	void readsOllamasNativeModelList() {
		EndpointProbe.Result result = probe.probe(base + "/ollama", null);

		assertThat(result.ok()).isTrue();
		assertThat(result.models()).containsExactly("llama3.1:8b", "qwen2");
	}

	@Test
	void aPageThatIsNotAModelListIsNotOk() {
		EndpointProbe.Result result = probe.probe(base + "/html", null);

		assertThat(result.ok()).isFalse();
		assertThat(result.detail()).contains("not with a model list").contains("login page");
	}

	@Test
	void cutsALongErrorBody() {
		EndpointProbe.Result result = probe.probe(base + "/busy", null);

		assertThat(result.detail()).startsWith("the endpoint answered 503")
			.hasSizeLessThan(EndpointProbe.MAX_DETAIL + 40);
	}

	@Test
	void anEndpointThatNeverAnswersTimesOut() {
		EndpointProbe.Result result = probe.probe(base + "/slow", null);

		assertThat(result.ok()).isFalse();
		assertThat(result.detail()).contains("did not answer within");
	}

	@Test
	void aClosedPortSaysItCouldNotConnect() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		EndpointProbe.Result result = probe.probe("http://127.0.0.1:" + closed + "/v1", "sk-secret");

		assertThat(result.ok()).isFalse();
		assertThat(result.detail()).contains("could not connect to 127.0.0.1:" + closed).doesNotContain("sk-secret");
	}

	@Test
	void scrubsTheKeyWhereverItIsEchoed() {
		assertThat(EndpointProbe.scrub("bad key sk-1 (sk-1)", "sk-1")).isEqualTo("bad key [key hidden] ([key hidden])");
		assertThat(EndpointProbe.scrub("no key", null)).isEqualTo("no key");
	}

	@Test
	void baseUrlsAreHttpWithoutCredentialsQueryOrFragmentAndLoseTheirTrailingSlash() {
		assertThat(ModelRules.baseUrl(" https://api.openai.com/v1/ ")).isEqualTo("https://api.openai.com/v1");
		assertThat(ModelRules.baseUrl("http://localhost:11434/v1")).isEqualTo("http://localhost:11434/v1");
		for (String bad : new String[] { "javascript:alert(1)", "file:///etc/passwd", "gopher://h/v1", "http:///v1",
				"https://k:s@api.openai.com/v1", "https://api.openai.com/v1?api-version=1", "https://a/v1#x", "" }) {
			assertThatThrownBy(() -> ModelRules.baseUrl(bad)).as(bad).isInstanceOf(InvalidInput.class);
		}
	}

	@Test
	void namesAreNotTheBuiltInEngines() {
		assertThatThrownBy(() -> ModelRules.name("Builtin")).isInstanceOf(InvalidInput.class);
		assertThat(ModelRules.name("  gpt-4o ")).isEqualTo("gpt-4o");
	}

}
