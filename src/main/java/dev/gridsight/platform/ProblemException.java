package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/**
 * Base of the few exceptions that carry a meaning; each maps once to a problem+json
 * status.
 */
public abstract class ProblemException extends RuntimeException {

	protected ProblemException(String detail) {
		super(detail);
	}

	public abstract HttpStatus status();

}
