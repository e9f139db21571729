package dev.gridsight.platform.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (a filter's {@code sendError}, the servlet container's
 * error page) answer problem+json like everything else. Unknown paths are answered in
 * {@link ProblemAdvice}.
 */
@RestController
class FallbackProblemController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		// a 4xx reason passed to sendError (the firewall's) is meant for the client
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		String detail = status.is5xxServerError() ? "Something went wrong on the server; it has been logged."
				: message instanceof String reason && !reason.isBlank() ? reason : status.getReasonPhrase() + ".";
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemAdvice.problem(status, detail));
	}

}
