package dev.gridsight.platform.internal;

import java.io.IOException;

/**
 * Raised while reading a body that passed the declared length check but grew past the
 * limit.
 */
class RequestBodyTooLarge extends IOException {

	RequestBodyTooLarge(String message) {
		super(message);
	}

}
