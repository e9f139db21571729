package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/** Thrown for credentials missing, wrong, expired or revoked. */
public class Unauthorized extends ProblemException {

	public Unauthorized(String detail) {
		super(detail);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNAUTHORIZED;
	}

}
