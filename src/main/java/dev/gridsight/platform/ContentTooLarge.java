package dev.gridsight.platform;

import org.springframework.http.HttpStatus;

/** Thrown when an upload or body is larger than the configured limit. */
public class ContentTooLarge extends ProblemException {

	public ContentTooLarge(String detail) {
		super(detail);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONTENT_TOO_LARGE;
	}

}
