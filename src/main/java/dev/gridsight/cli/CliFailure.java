package dev.gridsight.cli;

/**
 * A failure the CLI reports as one line on stderr and an exit code, never as a stack
 * trace.
 */
final class CliFailure extends RuntimeException {

	/** The answer (or the server's reply to a request) was an error. */
	static final int ANSWER_ERROR = 1;

	/** Bad options or arguments. */
	static final int USAGE = 2;

	/** The server cannot be reached, does not speak Gridsight, or refused the token. */
	static final int UNREACHABLE = 3;

	private final int exitCode;

	CliFailure(int exitCode, String message) {
		super(message, null, false, false);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return exitCode;
	}

}
