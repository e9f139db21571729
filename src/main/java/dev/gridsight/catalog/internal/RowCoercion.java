package dev.gridsight.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.platform.InvalidInput;

/** Turns a JSON value into the column's type, or says which row and column is wrong. */
final class RowCoercion {

	private RowCoercion() {
	}

	static Object coerce(Object value, DatasetColumn column, int row, ZoneId zone) {
		if (value == null) {
			return null;
		}
		try {
			return switch (column.type()) {
				case DOUBLE ->
					value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString().trim());
				case BIGINT -> value instanceof Number number ? new BigDecimal(number.toString()).longValueExact()
						: Long.parseLong(value.toString().trim());
				case BOOLEAN -> value instanceof Boolean bool ? bool : parseBoolean(value.toString());
				case DATE -> LocalDate.parse(value.toString().trim().substring(0, 10));
				case TIMESTAMP -> timestamp(value.toString().trim(), zone);
				case VARCHAR -> value.toString();
			};
		}
		catch (NumberFormatException | ArithmeticException | DateTimeParseException
				| StringIndexOutOfBoundsException ex) {
			throw new InvalidInput("Row " + row + ": '" + abbreviate(value) + "' is not a valid " + column.type().wire()
					+ " for column '" + column.name() + "'.");
		}
	}

	/**
	 * Stored timestamps are UTC: ISO instants are converted, timestamps without an offset
	 * are read in the dataset's time zone.
	 */
	static LocalDateTime timestamp(String text, ZoneId zone) {
		String iso = text.replace(' ', 'T');
		if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
			return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
		}
		LocalDateTime local = iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
		return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
	}

	private static boolean parseBoolean(String text) {
		String value = text.trim().toLowerCase();
		if (value.equals("true") || value.equals("1") || value.equals("yes")) {
			return true;
		}
		if (value.equals("false") || value.equals("0") || value.equals("no")) {
			return false;
		}
		throw new NumberFormatException(text);
	}

	private static String abbreviate(Object value) {
		String text = value.toString();
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

}
