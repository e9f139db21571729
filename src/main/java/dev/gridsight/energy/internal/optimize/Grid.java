package dev.gridsight.energy.internal.optimize;

/**
 * The grid connection: per-step import price (currency per P·h), optional export price
 * ({@code null}: the site cannot export), per-step import cap
 * ({@code Double.POSITIVE_INFINITY} for none; {@code null} means no cap at all) and an
 * export cap in P.
 */
public record Grid(String name, double[] importPrice, double[] exportPrice, double[] importCap, double exportCap) {

	public Grid {
		Checks.name("the grid", name);
		if (Double.isNaN(exportCap) || exportCap < 0) {
			throw new IllegalArgumentException("the grid's export cap must be zero or more, not " + exportCap);
		}
	}

	double importCapAt(int t) {
		return importCap == null ? Double.POSITIVE_INFINITY : importCap[t];
	}

	double exportCapAt(int t) {
		return exportPrice == null ? 0 : exportCap;
	}

	double exportPriceAt(int t) {
		return exportPrice == null ? 0 : exportPrice[t];
	}

}
