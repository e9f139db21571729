package dev.gridsight.platform.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the servlet container answers itself, before a request reaches the application
 * (an encoded NUL, slash or backslash in the path, a malformed request line), as
 * problem+json like every other error instead of Tomcat's HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemAdvice.TYPE_BASE + status);
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status);
		problem.put("detail", detail(status, response.getMessage()));
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is already on its way: nothing to tell
		}
	}

	static String detail(int status, String containerMessage) {
		if (status >= 500) {
			return "Something went wrong on the server; it has been logged.";
		}
		String reason = containerMessage == null || containerMessage.isBlank() ? null
				: containerMessage.replace("[", "").replace("]", "").trim();
		if (status == HttpStatus.BAD_REQUEST.value()) {
			return "The server refused this request before reading it" + (reason == null ? "" : " (" + reason + ")")
					+ ". A URL path may not contain an encoded NUL (%00), slash (%2F) or backslash (%5C); "
					+ "send such a value in a query parameter or the body instead.";
		}
		HttpStatus known = HttpStatus.resolve(status);
		String phrase = known == null ? "The request was refused" : known.getReasonPhrase();
		return phrase + (reason == null ? "." : ": " + reason + ".");
	}

}
