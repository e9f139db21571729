package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/**
 * The request is well-formed but cannot be carried out as asked (422), e.g. an
 * idempotency key reused for a different request.
 */
public class Unprocessable extends ProblemException {

	public Unprocessable(String detail) {
		super(detail);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.valueOf(422);
	}

}
