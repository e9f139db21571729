package dev.gridsight.catalog.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.platform.GridsightProperties.ImportLimits;
import dev.gridsight.platform.InvalidInput;

/**
 * One streaming pass over a JSON or NDJSON file before DuckDB samples it: the records
 * (the root values, or the items of a root array) may not have more distinct top-level
 * fields than the column limit, and no text value may be larger than the cell limit.
 * Nothing is kept but the field names seen, at most the limit plus one.
 */
final class JsonRecordCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String displayName;

	private final int maxColumns;

	private final long maxCellBytes;

	private final Set<String> columns = new HashSet<>();

	private long record;

	private JsonRecordCheck(String displayName, ImportLimits limits) {
		this.displayName = displayName;
		this.maxColumns = limits.maxColumns();
		this.maxCellBytes = limits.maxCellSize().toBytes();
	}

	static void check(Path file, String displayName, ImportLimits limits) {
		JsonRecordCheck check = new JsonRecordCheck(displayName, limits);
		try (JsonParser parser = JSON.createParser(file.toFile())) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.START_ARRAY) {
					while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
						check.record(parser, token);
					}
				}
				else {
					check.record(parser, token);
				}
			}
		}
		catch (JacksonException ex) {
			throw new InvalidInput(displayName + " is not valid JSON: " + ex.getOriginalMessage()
					+ (ex.getLocation() == null ? "" : " (line " + ex.getLocation().getLineNr() + ")"));
		}
	}

	private void record(JsonParser parser, JsonToken token) {
		record++;
		if (token != JsonToken.START_OBJECT) {
			value(parser, token, "value");
			return;
		}
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = parser.currentName();
			if (columns.add(field) && columns.size() > maxColumns) {
				throw ImportLimit.columns(displayName, " in its records", -1, maxColumns);
			}
			value(parser, parser.nextToken(), field);
		}
	}

	/**
	 * A field's value, nested ones included: every text in it is held to the cell limit.
	 */
	private void value(JsonParser parser, JsonToken token, String field) {
		if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
			int depth = 1;
			while (depth > 0) {
				JsonToken next = parser.nextToken();
				if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
					depth++;
				}
				else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY || next == null) {
					depth = next == null ? 0 : depth - 1;
				}
				else {
					text(parser, next, field);
				}
			}
		}
		else {
			text(parser, token, field);
		}
	}

	private void text(JsonParser parser, JsonToken token, String field) {
		if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
				&& (long) parser.getStringLength() * 3 > maxCellBytes
				&& utf8Length(parser.getString()) > maxCellBytes) {
			throw ImportLimit.cell(displayName, "record " + record + ", field \"" + field + "\"", maxCellBytes);
		}
	}

	/** Bytes of the text in UTF-8, without encoding it. */
	static long utf8Length(String text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes++;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c)) {
				bytes += 4;
				i++;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
