package dev.gridsight.platform.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.gridsight.platform.ProblemException;
import dev.gridsight.platform.TooManyRequests;

/**
 * Maps every error to RFC 9457 problem+json with a {@code detail} a person can act on.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	static final String TYPE_BASE = "https://gridsight.dev/problems/";

	/**
	 * The single-page app's entry, copied from {@code web/dist} by the build. Loaded by
	 * this class's own class loader: the default (the thread's context loader when the
	 * class is first used) may be a request thread's web application loader, which dies
	 * with its server (the tests start several).
	 */
	private static final Resource WEB_APP = new ClassPathResource("static/index.html",
			ProblemAdvice.class.getClassLoader());

	private final DataSize uploadLimit;

	ProblemAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
		this.uploadLimit = uploadLimit;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		ProblemDetail problem = problem(ex.status(), ex.getMessage());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		if (ex instanceof TooManyRequests tooMany) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, tooMany.retryAfter().toSeconds())));
		}
		return response.body(problem);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> handleAuthentication(AuthenticationException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(problem(HttpStatus.UNAUTHORIZED, "Sign in first: this needs a session or a valid API token."));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "You may not do this."));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getName() + "' has an invalid value.");
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "invalid value")));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		log.error("Unhandled error", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; it has been logged."));
	}

	/**
	 * No handler and no file for the path. API clients get a problem; a browser
	 * navigating to an address outside the app's sections gets the web app (status 404),
	 * whose router shows its own "not found" page.
	 */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI()
				: "/" + ex.getResourcePath();
		boolean api = path.equals("/api") || path.startsWith("/api/");
		if (!api && ex.getHttpMethod() == HttpMethod.GET && acceptsHtml(request) && WEB_APP.isReadable()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML).body(WEB_APP);
		}
		String detail = api ? "There is no API endpoint " + ex.getHttpMethod() + " " + path + "."
				: "There is nothing at " + path + ".";
		return createResponseEntity(problem(HttpStatus.NOT_FOUND, detail), headers, HttpStatus.NOT_FOUND, request);
	}

	private static boolean acceptsHtml(WebRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.TEXT_HTML)
						&& !type.isWildcardType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		String detail = errors.isEmpty() ? "The request is invalid."
				: "Invalid request: " + errors.stream()
					.map(error -> "'" + error.get("field") + "' " + error.get("message"))
					.reduce((a, b) -> a + "; " + b)
					.orElseThrow() + ".";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				"Invalid request: " + errors.stream()
					.map(error -> "'" + error.get("field") + "' " + error.get("message"))
					.reduce((a, b) -> a + "; " + b)
					.orElse("a parameter is invalid") + ".");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		long bytes = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : uploadLimit.toBytes();
		String limit = " of " + DataSize.ofBytes(bytes).toMegabytes() + " MB";
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than the upload limit" + limit
					+ " (GRIDSIGHT_MAX_UPLOAD). Nothing was imported."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				// a rule broken while the body was read (an unknown aggregation, a bad
				// window)
				return ResponseEntity.status(problem.status()).body(problem(problem.status(), problem.getMessage()));
			}
		}
		if (ex.getCause() instanceof RequestBodyTooLarge tooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, readableCause(ex)));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		// Spring's own problems (a missing parameter, an unsupported media type) may have
		// no
		// type at all; an NPE here would lose their detail to the container's error page
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
			problem.setType(URI.create(TYPE_BASE + statusCode.value()));
		}
		if (body instanceof ProblemDetail) {
			HttpHeaders problemHeaders = new HttpHeaders();
			problemHeaders.putAll(headers);
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return super.createResponseEntity(body, problemHeaders, statusCode, request);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/** Names where the JSON broke without echoing the body back. */
	private static String readableCause(HttpMessageNotReadableException ex) {
		String message = ex.getMostSpecificCause().getMessage();
		if (message == null || ex.getMostSpecificCause() == ex) {
			return "The request body is missing or is not valid JSON.";
		}
		String firstLine = message.lines().findFirst().orElse("");
		for (String noise : new String[] { " (start marker", " at [Source" }) {
			int at = firstLine.indexOf(noise);
			if (at > 0) {
				firstLine = firstLine.substring(0, at);
			}
		}
		if (firstLine.length() > 200) {
			firstLine = firstLine.substring(0, 200) + "…";
		}
		return "The request body is not valid JSON: " + firstLine;
	}

	static ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + status.value()));
		return problem;
	}

}
