package dev.gridsight.cli;

import java.util.function.BooleanSupplier;

/**
 * Ctrl-C while a command runs: the handler says whether it took care of it (stopped an
 * answer); if not, the process ends as Ctrl-C usually ends it.
 */
interface Interrupts {

	Interrupts NONE = handler -> {
	};

	void onInterrupt(BooleanSupplier handler);

	/** The process's SIGINT, where the JVM lets a program handle it. */
	static Interrupts ofProcess() {
		return handler -> {
			try {
				sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
					if (!handler.getAsBoolean()) {
						System.exit(130);
					}
				});
			}
			catch (IllegalArgumentException | UnsupportedOperationException ex) {
				// no SIGINT here (or the JVM keeps it): Ctrl-C ends the process as usual
			}
		};
	}

}
