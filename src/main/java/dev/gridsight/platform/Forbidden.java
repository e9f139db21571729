package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/** Thrown for the caller is known but may not do this. */
public class Forbidden extends ProblemException {

	public Forbidden(String detail) {
		super(detail);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
