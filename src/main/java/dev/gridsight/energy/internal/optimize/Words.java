package dev.gridsight.energy.internal.optimize;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Numbers, times and lists as the optimizer writes them in sentences. */
final class Words {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private Words() {
	}

	/**
	 * One decimal, without a trailing ".0" for whole numbers above 10: "480", "5.3",
	 * "0.4".
	 */
	static String num(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		if (rounded == 0) {
			return "0";
		}
		if (Math.abs(rounded) >= 10 && rounded == Math.rint(rounded)) {
			return String.format(Locale.ROOT, "%.0f", rounded);
		}
		return String.format(Locale.ROOT, "%.1f", rounded);
	}

	/** Money with two decimals below 100, whole above: "12.34", "1234". */
	static String money(double value) {
		return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	static String time(LocalDateTime time) {
		return TIME.format(time);
	}

	/** "A", "A and B", "A, B and C". */
	static String and(List<String> items) {
		if (items.isEmpty()) {
			return "nothing";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

}
