package dev.gridsight.catalog.internal.sample;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * The sample plant's grid tariff. Weekdays: peak 17:00-21:00, standard 07:00-17:00 and
 * 21:00-23:00, off-peak 23:00-07:00; weekends are off-peak all day. Hours are the
 * timestamps' own (UTC).
 */
enum TariffPeriod {

	PEAK("peak", 168.0), STANDARD("standard", 112.0), OFF_PEAK("off_peak", 68.0);

	/** Seasonal factor on every period's price, January to December: dearer in winter. */
	private static final double[] MONTHLY_FACTOR = { 1.16, 1.12, 1.04, 0.96, 0.92, 0.90, 0.93, 0.92, 0.97, 1.03, 1.10,
			1.15 };

	private final String wire;

	private final double basePriceEurPerMwh;

	TariffPeriod(String wire, double basePriceEurPerMwh) {
		this.wire = wire;
		this.basePriceEurPerMwh = basePriceEurPerMwh;
	}

	static TariffPeriod at(LocalDateTime time) {
		DayOfWeek day = time.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			return OFF_PEAK;
		}
		int hour = time.getHour();
		if (hour >= 17 && hour < 21) {
			return PEAK;
		}
		if ((hour >= 7 && hour < 17) || (hour >= 21 && hour < 23)) {
			return STANDARD;
		}
		return OFF_PEAK;
	}

	String wire() {
		return this.wire;
	}

	double priceEurPerMwh(int month) {
		return this.basePriceEurPerMwh * MONTHLY_FACTOR[month - 1];
	}

}
