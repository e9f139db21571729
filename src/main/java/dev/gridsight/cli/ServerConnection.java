package dev.gridsight.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Gridsight server as the CLI sees it: JSON calls with the personal API token, and a
 * session's events as server-sent events. Failures become {@link CliFailure}s whose
 * message never holds the token.
 */
final class ServerConnection {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A whole answer can take a while (a forecast, an optimization, a slow model). */
	private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(10);

	private final URI base;

	private final String token;

	private final HttpClient http;

	ServerConnection(String server, String token) {
		this.base = baseUri(server);
		if (token == null || token.isBlank()) {
			throw new CliFailure(CliFailure.USAGE, "No API token: pass --token or set GRIDSIGHT_TOKEN "
					+ "(create one in the web app under Settings → API tokens, or POST /api/tokens).");
		}
		if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
			throw new CliFailure(CliFailure.USAGE, "The API token holds spaces or control characters.");
		}
		this.token = token.strip();
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static URI baseUri(String server) {
		if (server == null || server.isBlank()) {
			throw new CliFailure(CliFailure.USAGE,
					"No server: pass --server (like http://localhost:8080) or set GRIDSIGHT_URL.");
		}
		String text = server.strip();
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| uri.getHost() == null) {
				throw new CliFailure(CliFailure.USAGE,
						"--server must be an http(s) address like http://localhost:8080, not '" + server + "'.");
			}
			if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new CliFailure(CliFailure.USAGE,
						"--server is the server's address only, without credentials, query or fragment.");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new CliFailure(CliFailure.USAGE, "--server is not a valid address: '" + server + "'.");
		}
	}

	String server() {
		return base.toString();
	}

	JsonNode get(String path) {
		return call("GET", path, null);
	}

	JsonNode post(String path, Object body) {
		return call("POST", path, body);
	}

	private JsonNode call(String method, String path, Object body) {
		HttpRequest.Builder request = request(path).timeout(ANSWER_TIMEOUT).header("Accept", "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		HttpResponse<String> response = send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		failUnlessOk(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
		if (response.statusCode() == 204 || response.body().isEmpty()) {
			return JSON.createObjectNode();
		}
		return json(response.body(), response.headers().firstValue("Content-Type").orElse(""));
	}

	/**
	 * Reads a session's events after {@code after} as they come and hands each to
	 * {@code sink} until it returns false or the server ends the stream.
	 * @return whether the sink ended it (false: the stream ended before)
	 */
	boolean events(String sessionId, long after, String turnId, Predicate<JsonNode> sink) {
		String path = "/api/chat/sessions/" + sessionId + "/events/stream?after=" + after
				+ (turnId == null ? "" : "&turnId=" + turnId);
		HttpRequest request = request(path).header("Accept", "text/event-stream").GET().build();
		HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				failUnlessOk(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
						new String(body.readAllBytes(), StandardCharsets.UTF_8));
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					if (data.length() > 0) {
						JsonNode event = json(data.toString(), "application/json");
						data.setLength(0);
						if (!sink.test(event)) {
							return true;
						}
					}
				}
				else if (line.startsWith("data:")) {
					if (data.length() > 0) {
						data.append('\n');
					}
					data.append(line.startsWith("data: ") ? line.substring(6) : line.substring(5));
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw unreachable(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return http.send(request, handler);
		}
		catch (IOException ex) {
			throw unreachable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CliFailure(CliFailure.UNREACHABLE, "Interrupted while waiting for " + base + ".");
		}
	}

	private CliFailure unreachable(IOException ex) {
		String why;
		if (ex instanceof ConnectException || ex instanceof HttpConnectTimeoutException) {
			why = "nothing answers there";
		}
		else if (ex instanceof HttpTimeoutException) {
			why = "it did not answer in time";
		}
		else {
			why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		}
		return new CliFailure(CliFailure.UNREACHABLE,
				"Cannot reach the Gridsight server at " + base + ": " + why + ".");
	}

	private void failUnlessOk(int status, String contentType, String body) {
		if (status >= 200 && status < 300) {
			return;
		}
		String detail = detail(body, contentType);
		if (status == 401) {
			throw new CliFailure(CliFailure.UNREACHABLE,
					"The server refused the API token" + (detail == null ? "." : ": " + detail));
		}
		if (detail == null) {
			throw new CliFailure(status >= 500 ? CliFailure.ANSWER_ERROR : CliFailure.UNREACHABLE, "The server at "
					+ base + " answered HTTP " + status + (status >= 500 ? "." : "; is it a Gridsight server?"));
		}
		throw new CliFailure(CliFailure.ANSWER_ERROR, detail);
	}

	/** The problem's {@code detail}, or null when the body is no problem+json. */
	private static String detail(String body, String contentType) {
		if (body == null || body.isBlank() || !contentType.contains("json")) {
			return null;
		}
		try {
			JsonNode problem = JSON.readTree(body);
			String detail = text(problem, "detail");
			if (detail.isBlank()) {
				detail = text(problem, "title");
			}
			return detail.isBlank() ? null : oneLine(detail);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private JsonNode json(String body, String contentType) {
		if (!contentType.isEmpty() && !contentType.contains("json")) {
			throw new CliFailure(CliFailure.UNREACHABLE, "The server at " + base + " answered " + contentType
					+ " instead of JSON; is it a Gridsight server?");
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new CliFailure(CliFailure.UNREACHABLE,
					"The server at " + base + " answered something that is not JSON; is it a Gridsight server?");
		}
	}

	/** A text field, or "" when it is absent or not text. */
	static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isString() ? value.asString() : "";
	}

	static String oneLine(String text) {
		return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
	}

}
