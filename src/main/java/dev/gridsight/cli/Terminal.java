package dev.gridsight.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Map;

/**
 * Where a CLI run reads and writes, and the environment it takes defaults from: the
 * process's own, or a test's.
 */
record Terminal(BufferedReader in, PrintStream out, PrintStream err, Map<String, String> env) {

	String env(String name) {
		String value = env.get(name);
		return value == null || value.isBlank() ? null : value;
	}

}
