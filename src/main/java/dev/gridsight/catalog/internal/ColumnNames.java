package dev.gridsight.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Header names become snake_case identifiers, unique within the table ("Order ID" →
 * order_id).
 */
final class ColumnNames {

	private ColumnNames() {
	}

	static List<String> normalize(List<String> headers) {
		Set<String> taken = new HashSet<>();
		List<String> names = new ArrayList<>();
		for (String header : headers) {
			String base = header == null ? ""
					: header.trim()
						.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
						.toLowerCase(Locale.ROOT)
						.replaceAll("[^a-z0-9]+", "_")
						.replaceAll("^_+|_+$", "");
			if (base.isEmpty()) {
				base = "column";
			}
			if (Character.isDigit(base.charAt(0))) {
				base = "c_" + base;
			}
			if (base.length() > 60) {
				base = base.substring(0, 60);
			}
			String name = base;
			for (int n = 2; !taken.add(name); n++) {
				name = base + "_" + n;
			}
			names.add(name);
		}
		return names;
	}

}
