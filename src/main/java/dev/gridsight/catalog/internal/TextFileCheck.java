package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gridsight.platform.GridsightProperties.ImportLimits;
import dev.gridsight.platform.InvalidInput;

/**
 * One pass over the bytes of an uploaded text file, before DuckDB reads it: refuses text
 * that is not UTF-8 and, for delimited files, records whose number of fields differs from
 * the header's (DuckDB's sniffer would otherwise guess around them), naming the first bad
 * line, a header wider than the column limit and a field larger than the cell limit.
 * Quotes are honoured, so delimiters and line breaks inside quoted fields do not count.
 * Works on bytes: UTF-8 never uses bytes below 0x80 inside a multi-byte character.
 */
final class TextFileCheck {

	/** Header names are kept this long, only to name a column in a refusal. */
	private static final int NAME_BYTES = 60;

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

	private final int maxColumns;

	private final long maxCellBytes;

	private long cellBytes;

	private final List<String> header = new ArrayList<>();

	private final byte[] name = new byte[NAME_BYTES];

	private int nameLength;

	private TextFileCheck(String displayName, int delimiter, ImportLimits limits) {
		this.displayName = displayName;
		this.delimiter = delimiter;
		this.maxColumns = limits.maxColumns();
		this.maxCellBytes = delimiter == NOT_DELIMITED ? Long.MAX_VALUE : limits.maxCellSize().toBytes();
	}

	/** The whole file: encoding, record widths, header width and cell sizes. */
	static void check(Path file, int delimiter, String displayName, ImportLimits limits) throws IOException {
		scan(file, new TextFileCheck(displayName, delimiter, limits), false);
	}

	/**
	 * The first record only, so that a file with too many columns is refused before
	 * DuckDB's sniffer spends minutes on it; stops reading once past the limit.
	 */
	static void checkHeader(Path file, int delimiter, String displayName, ImportLimits limits) throws IOException {
		scan(file, new TextFileCheck(displayName, delimiter, limits), true);
	}

	private static void scan(Path file, TextFileCheck check, boolean headerOnly) throws IOException {
		byte[] buffer = new byte[headerOnly ? 1 << 16 : 1 << 20];
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				check.scan(buffer, read);
				if (headerOnly && check.expected >= 0) {
					return;
				}
			}
		}
		check.finish();
	}

	private void scan(byte[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			int b = buffer[i];
			cellBytes++;
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
			if (cellBytes > maxCellBytes) {
				throw ImportLimit.cell(displayName, place(), maxCellBytes);
			}
			if (expected < 0 && cellBytes > 0 && nameLength < NAME_BYTES && b != '"' && b != '\r') {
				name[nameLength++] = (byte) b;
			}
		}
	}

	private String place() {
		if (expected < 0) {
			return "the header, column " + fields;
		}
		String column = fields <= header.size() ? " \"" + header.get(fields - 1) + "\"" : "";
		return "line " + recordStart + ", column " + fields + column;
	}

	/**
	 * A field ends: the header keeps its name, the header may not grow past the limit.
	 */
	private void endField() {
		if (expected < 0 && delimiter != NOT_DELIMITED) {
			header.add(new String(name, 0, nameLength, StandardCharsets.UTF_8).trim());
		}
		nameLength = 0;
		cellBytes = 0;
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
				endField();
				fields++;
				if (expected < 0 && fields > maxColumns) {
					throw ImportLimit.columns(displayName, " in its header", -1, maxColumns);
				}
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
		endField();
		if (empty && expected < 0) {
			header.clear();
		}
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
