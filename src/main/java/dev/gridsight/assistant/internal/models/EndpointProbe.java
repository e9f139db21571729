package dev.gridsight.assistant.internal.models;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Test connection": {@code GET {baseUrl}/models} with the key as a bearer token and
 * nothing else of Gridsight's (no cookie, no session, no redirect followed), bounded in
 * time and size. What the endpoint says comes back with the key scrubbed out.
 */
@Component
class EndpointProbe {

	/** More than any model list; an endpoint that sends more is cut. */
	static final int MAX_BODY = 1 << 20;

	static final int MAX_DETAIL = 300;

	static final String HIDDEN = "[key hidden]";

	private final HttpClient http;

	private final Duration timeout;

	private final JsonMapper json;

	EndpointProbe(JsonMapper json, @Value("${gridsight.models.test-timeout:10s}") Duration timeout) {
		this.json = json;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
	}

	record Result(boolean ok, List<String> models, String detail) {
	}

	Result probe(String baseUrl, String apiKey) {
		URI uri = URI.create(baseUrl + "/models");
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.GET()
			.timeout(timeout)
			.header("Accept", "application/json");
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		try {
			HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			String body;
			try (InputStream in = response.body()) {
				body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
			}
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				String location = response.headers().firstValue("Location").orElse("another address");
				return failed("the endpoint redirected to " + scrub(location, apiKey)
						+ "; give the final URL as the base URL (redirects are never followed).");
			}
			if (status < 200 || status >= 300) {
				return failed("the endpoint answered " + status + snippet(body, apiKey));
			}
			List<String> models = models(body);
			if (models == null) {
				return failed("the endpoint answered " + status + " but not with a model list" + snippet(body, apiKey));
			}
			return new Result(true, models, "connected: " + models.size() + " model" + (models.size() == 1 ? "" : "s"));
		}
		catch (HttpConnectTimeoutException ex) {
			return failed("could not connect to " + uri.getHost() + " within " + timeout.toSeconds() + " s.");
		}
		catch (HttpTimeoutException ex) {
			return failed("the endpoint did not answer within " + timeout.toSeconds() + " s.");
		}
		catch (ConnectException ex) {
			return failed("could not connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
					+ " (is it running, and reachable from the Gridsight server?).");
		}
		catch (IOException ex) {
			return failed("the request failed: " + scrub(String.valueOf(ex.getMessage()), apiKey));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed("the test was interrupted.");
		}
	}

	/** OpenAI's {@code {data:[{id}]}}; Ollama's native {@code {models:[{name}]}} too. */
	private List<String> models(String body) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
		JsonNode list = root.isArray() ? root : root.has("data") ? root.get("data") : root.get("models");
		if (list == null || !list.isArray()) {
			return null;
		}
		List<String> names = new ArrayList<>();
		for (JsonNode model : list) {
			String name = model.isString() ? model.asString()
					: model.hasNonNull("id") ? model.get("id").asString() : model.path("name").asString("");
			if (!name.isEmpty() && names.size() < 1000) {
				names.add(name);
			}
		}
		return names;
	}

	private static Result failed(String detail) {
		return new Result(false, List.of(), detail);
	}

	private static String snippet(String body, String apiKey) {
		String text = scrub(body, apiKey).replaceAll("\\p{Cntrl}+", " ").strip();
		if (text.isEmpty()) {
			return ".";
		}
		if (text.length() > MAX_DETAIL) {
			text = text.substring(0, MAX_DETAIL) + "…";
		}
		return ": " + text;
	}

	/** The key, wherever the endpoint echoed it, replaced. */
	static String scrub(String text, String apiKey) {
		if (text == null || apiKey == null || apiKey.isEmpty()) {
			return text;
		}
		return text.replace(apiKey, HIDDEN);
	}

}
