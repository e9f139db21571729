package dev.gridsight.chart;

import java.time.Instant;

/**
 * The instant relative and calendar windows are measured from: the dataset's latest
 * timestamp when the data is historical, now when rows keep arriving. The answer to the
 * user says which ({@link #describe()}).
 *
 * @param at the anchor instant
 * @param live true when anchored at now, false when at the latest data
 */
public record WindowAnchor(Instant at, boolean live) {

	public WindowAnchor {
		if (at == null) {
			throw new IllegalArgumentException("a window anchor needs an instant");
		}
	}

	public static WindowAnchor latestData(Instant latestTimestamp) {
		return new WindowAnchor(latestTimestamp, false);
	}

	public static WindowAnchor now(Instant now) {
		return new WindowAnchor(now, true);
	}

	public String describe() {
		return this.live ? "anchored at now (" + this.at + ")" : "anchored at the latest data (" + this.at + ")";
	}

}
