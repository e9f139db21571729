package dev.gridsight.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** Thrown when the caller must slow down; says when it may try again. */
public class TooManyRequests extends ProblemException {

	private final Duration retryAfter;

	public TooManyRequests(String detail, Duration retryAfter) {
		super(detail);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.TOO_MANY_REQUESTS;
	}

}
