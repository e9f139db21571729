package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/** Thrown for a request that breaks a business rule. */
public class InvalidInput extends ProblemException {

	public InvalidInput(String detail) {
		super(detail);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

}
