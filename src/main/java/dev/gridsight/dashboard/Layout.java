package dev.gridsight.dashboard;

import dev.gridsight.platform.InvalidInput;

/**
 * Where a chart or a card sits on a tab's grid: 12 columns wide, rows as many as needed.
 *
 * @param x the first column, 0 to 11
 * @param y the first row, 0 to {@value #MAX_Y}
 * @param w the width in columns, 1 to 12, ending inside the grid
 * @param h the height in rows, 1 to {@value #MAX_H}
 */
public record Layout(int x, int y, int w, int h) {

	public static final int COLUMNS = 12;

	public static final int MAX_Y = 10_000;

	public static final int MAX_H = 100;

	public Layout {
		if (x < 0 || x >= COLUMNS) {
			throw new InvalidInput("layout.x must be between 0 and " + (COLUMNS - 1) + ", not " + x + ".");
		}
		if (w < 1 || w > COLUMNS - x) {
			throw new InvalidInput("layout.w must be between 1 and " + (COLUMNS - x) + " (the grid has " + COLUMNS
					+ " columns), not " + w + ".");
		}
		if (y < 0 || y > MAX_Y) {
			throw new InvalidInput("layout.y must be between 0 and " + MAX_Y + ", not " + y + ".");
		}
		if (h < 1 || h > MAX_H) {
			throw new InvalidInput("layout.h must be between 1 and " + MAX_H + ", not " + h + ".");
		}
	}

	public int bottom() {
		return y + h;
	}

}
