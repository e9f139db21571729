package dev.gridsight.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.gridsight.platform.InvalidInput;

/**
 * Refuses a delimited file whose records do not all have as many fields as its header,
 * naming the first ragged line (DuckDB's sniffer would otherwise guess around it). Quotes
 * are honoured, so delimiters and line breaks inside quoted fields do not count.
 */
final class CsvShapeCheck {

	private CsvShapeCheck() {
	}

	static void check(Path file, char delimiter, String displayName) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			long line = 1;
			long recordStart = 1;
			int fields = 1;
			int expected = -1;
			boolean quoted = false;
			boolean empty = true;
			int c;
			while ((c = reader.read()) >= 0) {
				if (c == '"') {
					quoted = !quoted;
					empty = false;
				}
				else if (c == delimiter && !quoted) {
					fields++;
					empty = false;
				}
				else if (c == '\n') {
					line++;
					if (!quoted) {
						expected = endRecord(expected, fields, empty, recordStart, displayName);
						fields = 1;
						empty = true;
						recordStart = line;
					}
				}
				else if (c != '\r') {
					empty = false;
				}
			}
			endRecord(expected, fields, empty, recordStart, displayName);
		}
	}

	private static int endRecord(int expected, int fields, boolean empty, long line, String displayName) {
		if (empty) {
			return expected;
		}
		if (expected < 0) {
			return fields;
		}
		if (fields != expected) {
			throw new InvalidInput(displayName + ": line " + line + " has " + fields + " fields but the header has "
					+ expected + ". Nothing was imported.");
		}
		return expected;
	}

}
