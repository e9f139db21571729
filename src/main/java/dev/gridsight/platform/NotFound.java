package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/**
 * Thrown for a resource that does not exist or that the caller may not see (never tells
 * which).
 */
public class NotFound extends ProblemException {

	public NotFound(String detail) {
		super(detail);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}

}
