package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/**
 * Thrown for a request that clashes with the current state (a duplicate e-mail, the last
 * owner leaving).
 */
public class Conflict extends ProblemException {

	public Conflict(String detail) {
		super(detail);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
