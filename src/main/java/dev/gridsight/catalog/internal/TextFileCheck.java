package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.gridsight.platform.InvalidInput;

/**
 * One pass over the bytes of an uploaded text file, before DuckDB reads it: refuses text
 * that is not UTF-8 and, for delimited files, records whose number of fields differs from
 * the header's (DuckDB's sniffer would otherwise guess around them), naming the first bad
 * line. Quotes are honoured, so delimiters and line breaks inside quoted fields do not
 * count. Works on bytes: UTF-8 never uses bytes below 0x80 inside a multi-byte character.
 */
final class TextFileCheck {

	/** For files that are checked as UTF-8 only (JSON, NDJSON). */
	static final int NOT_DELIMITED = -1;

	private final String displayName;

	private final int delimiter;

	private long line = 1;

	private long recordStart = 1;

	private int fields = 1;

	private int expected = -1;

	private boolean quoted;

	private boolean empty = true;

	private int continuation;

	private TextFileCheck(String displayName, int delimiter) {
		this.displayName = displayName;
		this.delimiter = delimiter;
	}

	static void check(Path file, int delimiter, String displayName) throws IOException {
		TextFileCheck check = new TextFileCheck(displayName, delimiter);
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				check.scan(buffer, read);
			}
		}
		check.finish();
	}

	private void scan(byte[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			int b = buffer[i];
			if (continuation > 0) {
				if ((b & 0xC0) != 0x80) {
					notUtf8();
				}
				continuation--;
			}
			else if (b >= 0) {
				ascii(b);
			}
			else {
				lead(b & 0xFF);
			}
		}
	}

	private void ascii(int b) {
		if (b == '\n') {
			line++;
			if (!quoted) {
				endRecord();
			}
		}
		else if (b == '"') {
			quoted = !quoted;
			empty = false;
		}
		else if (b == delimiter) {
			if (!quoted) {
				fields++;
			}
			empty = false;
		}
		else if (b != '\r') {
			empty = false;
		}
	}

	private void lead(int b) {
		if (b >= 0xC2 && b <= 0xDF) {
			continuation = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			continuation = 2;
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			continuation = 3;
		}
		else {
			notUtf8();
		}
		empty = false;
	}

	private void endRecord() {
		if (delimiter != NOT_DELIMITED && !empty) {
			if (expected < 0) {
				expected = fields;
			}
			else if (fields != expected) {
				throw new InvalidInput(displayName + ": line " + recordStart + " has " + fields
						+ " fields but the header has " + expected + ". Nothing was imported.");
			}
		}
		fields = 1;
		empty = true;
		recordStart = line;
	}

	private void finish() {
		if (continuation > 0) {
			notUtf8();
		}
		endRecord();
	}

	private void notUtf8() {
		throw new InvalidInput(
				displayName + " is not valid UTF-8 text (line " + line + "): save it as UTF-8 and upload it again.");
	}

}
