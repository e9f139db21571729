package dev.gridsight.catalog.internal;

import java.util.Locale;

import dev.gridsight.platform.ContentTooLarge;

/**
 * One refusal for every import limit (413): what was found, the limit, and the setting
 * that raises it, so the person uploading knows why and an admin knows where.
 */
final class ImportLimit {

	private ImportLimit() {
	}

	/**
	 * @param found what the file holds, e.g. "has 100000 columns"
	 * @param setting the name under {@code gridsight.import.}, e.g. "max-columns"
	 */
	static ContentTooLarge exceeded(String displayName, String found, String limit, String setting) {
		String property = "gridsight.import." + setting;
		String environment = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
		return new ContentTooLarge(displayName + " " + found + "; the import limit is " + limit + " (setting "
				+ property + ", environment " + environment + "). Nothing was imported.");
	}

	/**
	 * @param found the count, or -1 when counting stopped past the limit
	 */
	static ContentTooLarge columns(String displayName, String where, long found, int limit) {
		return exceeded(displayName,
				"has " + (found < 0 ? "more than " + limit : String.valueOf(found)) + " columns" + where,
				limit + " columns", "max-columns");
	}

	static ContentTooLarge cell(String displayName, String where, long limitBytes) {
		return exceeded(displayName, "has a cell larger than " + bytes(limitBytes) + " (" + where + ")",
				bytes(limitBytes) + " per cell", "max-cell-size");
	}

	static String bytes(long bytes) {
		if (bytes % (1L << 30) == 0) {
			return (bytes >> 30) + " GiB";
		}
		if (bytes % (1L << 20) == 0) {
			return (bytes >> 20) + " MiB";
		}
		if (bytes % (1L << 10) == 0) {
			return (bytes >> 10) + " KiB";
		}
		return bytes + " bytes";
	}

}
