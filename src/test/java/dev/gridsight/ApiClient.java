package dev.gridsight;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like client for integration tests: keeps cookies and, like the web app, sends
 * the XSRF-TOKEN cookie back as X-XSRF-TOKEN unless told not to.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private boolean sendCsrf = true;

	public ApiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String detail() {
			return json().path("detail").asString();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	public ApiClient bearer(String token) {
		headers.put("Authorization", "Bearer " + token);
		return this;
	}

	/**
	 * Sends {@code X-Forwarded-For}, so a server that trusts this proxy (tests with
	 * {@code server.forward-headers-strategy=native}) sees the request coming from
	 * {@code address}.
	 */
	public ApiClient from(String address) {
		headers.put("X-Forwarded-For", address);
		return this;
	}

	public ApiClient withoutCsrf() {
		sendCsrf = false;
		return this;
	}

	public Response login(String email, String password) {
		return post("/api/auth/login", Map.of("email", email, "password", password));
	}

	public Response loginOk(String email, String password) {
		Response response = login(email, password);
		if (response.status() != 200) {
			throw new AssertionError("login of " + email + " failed: " + response.status() + " " + response.body());
		}
		return response;
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, json(body), "application/json");
	}

	public Response postRaw(String path, String body, String contentType) {
		return send("POST", path, body, contentType);
	}

	/**
	 * A multipart/form-data upload of one file plus text fields, as a browser form sends
	 * it.
	 */
	public Response upload(String path, String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----gridsight" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(utf8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(utf8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		return execute(request);
	}

	public Response sendBytes(String method, String path, byte[] body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType);
		return execute(request);
	}

	/**
	 * Sends the body chunked, without a Content-Length, so the server only learns its
	 * size while reading it.
	 */
	public Response sendChunked(String method, String path, byte[] body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.header("Content-Type", contentType);
		return execute(request);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, json(body), "application/json");
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, json(body), "application/json");
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public Response send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return execute(request);
	}

	public Response send(String method, String path, String body, String contentType, Map<String, String> extra) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		extra.forEach(request::header);
		return execute(request);
	}

	private Response execute(HttpRequest.Builder request) {
		headers.forEach(request::header);
		String csrf = cookie("XSRF-TOKEN");
		if (sendCsrf && csrf != null) {
			request.header("X-XSRF-TOKEN", csrf);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
