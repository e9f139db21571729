package dev.gridsight.chart.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the ISO spellings of an instant that people and models write: with a zone or
 * offset, as a local date-time (read as UTC, {@code T} or a space between date and time),
 * or as a date (midnight UTC).
 */
public final class IsoInstants {

	private IsoInstants() {
	}

	public static Optional<Instant> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		if (trimmed.length() == 10) {
			try {
				return Optional.of(LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant());
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}
		String iso = trimmed.length() > 10 && trimmed.charAt(10) == ' '
				? trimmed.substring(0, 10) + "T" + trimmed.substring(11) : trimmed;
		try {
			return Optional.of(OffsetDateTime.parse(iso).toInstant());
		}
		catch (DateTimeParseException ex) {
			// no offset: a local date-time, read as UTC
		}
		try {
			return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
