package dev.gridsight.energy.internal.site;

import java.util.Locale;
import java.util.Map;

import dev.gridsight.platform.InvalidInput;

/**
 * The units a site model writes out, and their conversion into the optimizer's: power in
 * the site's power unit (MW or kW), steam in t/h, prices per site unit-hour. A unit is
 * converted, never guessed: one that does not fit the quantity is refused in words.
 */
public final class Units {

	/** Power units, in kW. */
	private static final Map<String, Double> POWER = Map.of("w", 0.001, "kw", 1.0, "mw", 1000.0, "gw", 1_000_000.0);

	/** Energy units, in kWh. */
	private static final Map<String, Double> ENERGY = Map.of("wh", 0.001, "kwh", 1.0, "mwh", 1000.0, "gwh",
			1_000_000.0);

	/** Mass flow units, in t/h. */
	private static final Map<String, Double> STEAM = Map.of("t/h", 1.0, "tph", 1.0, "kg/h", 0.001, "kg/s", 3.6);

	/** Mass units for steam costs, in t. */
	private static final Map<String, Double> MASS = Map.of("t", 1.0, "kg", 0.001);

	/** Carbon mass units, in kg. */
	private static final Map<String, Double> CARBON = Map.of("kg", 1.0, "g", 0.001, "t", 1000.0);

	private Units() {
	}

	private static String key(String unit) {
		return unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The power unit a site plans in, from its electricity demand's unit: MW for MW or
	 * MWh, kW for kW or kWh (W and Wh too).
	 */
	public static String sitePowerUnit(String demandUnit, String where) {
		String key = key(demandUnit);
		if (key.equals("mw") || key.equals("mwh") || key.equals("gw") || key.equals("gwh")) {
			return "MW";
		}
		if (POWER.containsKey(key) || ENERGY.containsKey(key)) {
			return "kW";
		}
		throw new InvalidInput(where + ": '" + demandUnit + "' is not a unit of electric power or energy "
				+ "(use MW, kW, MWh per step or kWh per step).");
	}

	/** Whether the unit is an electric power or an energy per step. */
	public static boolean isElectric(String unit) {
		String key = key(unit);
		return POWER.containsKey(key) || ENERGY.containsKey(key);
	}

	/**
	 * The factor that turns a value in {@code unit} into the site's power unit, for data
	 * at {@code dataStepHours} per row: an energy per row is an average power over it.
	 */
	public static double toSitePower(String unit, String sitePowerUnit, double dataStepHours, String where) {
		String key = key(unit);
		double site = POWER.get(key(sitePowerUnit));
		if (POWER.containsKey(key)) {
			return POWER.get(key) / site;
		}
		if (ENERGY.containsKey(key)) {
			return ENERGY.get(key) / site / dataStepHours;
		}
		throw new InvalidInput(where + ": '" + unit + "' is not a unit of electric power or energy; expected "
				+ sitePowerUnit + " (or kW, MW, kWh, MWh).");
	}

	/**
	 * The factor that turns an energy quantity (a battery's capacity) into site
	 * unit-hours.
	 */
	public static double toSiteEnergy(String unit, String sitePowerUnit, String where) {
		String key = key(unit);
		double site = POWER.get(key(sitePowerUnit));
		if (ENERGY.containsKey(key)) {
			return ENERGY.get(key) / site;
		}
		throw new InvalidInput(
				where + ": '" + unit + "' is not a unit of energy; expected " + sitePowerUnit + "h (or kWh, MWh).");
	}

	/** The factor that turns a steam flow into t/h. */
	public static double toSteam(String unit, String where) {
		Double factor = STEAM.get(key(unit));
		if (factor == null) {
			throw new InvalidInput(where + ": '" + unit + "' is not a unit of steam flow; expected t/h (or kg/h).");
		}
		return factor;
	}

	/** A price per energy, as currency and the factor to currency per site unit-hour. */
	public static Price energyPrice(String unit, String sitePowerUnit, String where) {
		String[] parts = split(unit, where, "a price per energy such as EUR/MWh or USD/kWh");
		Double energy = ENERGY.get(key(parts[1]));
		if (energy == null) {
			throw new InvalidInput(where + ": '" + unit
					+ "' is not a price per energy; write it as currency/MWh or currency/kWh, e.g. EUR/MWh.");
		}
		return new Price(parts[0], POWER.get(key(sitePowerUnit)) / energy);
	}

	/** A price per tonne of steam, as currency and the factor to currency per t. */
	public static Price massPrice(String unit, String where) {
		String[] parts = split(unit, where, "a price per tonne such as EUR/t");
		Double mass = MASS.get(key(parts[1]));
		if (mass == null) {
			throw new InvalidInput(
					where + ": '" + unit + "' is not a price per mass of steam; write it as currency/t, e.g. EUR/t.");
		}
		return new Price(parts[0], 1.0 / mass);
	}

	/** A price per energy throughput of a battery (wear): the same as an energy price. */
	public static Price wearPrice(String unit, String sitePowerUnit, String where) {
		return energyPrice(unit, sitePowerUnit, where);
	}

	/** Carbon intensity, as the factor to kg per site unit-hour. */
	public static double toCarbon(String unit, String sitePowerUnit, String where) {
		String[] parts = split(unit, where, "a carbon intensity such as kg/kWh");
		Double mass = CARBON.get(key(parts[0]));
		Double energy = ENERGY.get(key(parts[1]));
		if (mass == null || energy == null) {
			throw new InvalidInput(where + ": '" + unit + "' is not a carbon intensity; write it as kg/kWh or g/kWh.");
		}
		return mass * POWER.get(key(sitePowerUnit)) / energy;
	}

	/** A carbon price, as currency and the factor to currency per kg. */
	public static Price carbonPrice(String unit, String where) {
		String[] parts = split(unit, where, "a carbon price such as EUR/t");
		Double mass = CARBON.get(key(parts[1]));
		if (mass == null) {
			throw new InvalidInput(where + ": '" + unit + "' is not a carbon price; write it as EUR/t or EUR/kg.");
		}
		return new Price(parts[0], 1.0 / mass);
	}

	private static String[] split(String unit, String where, String expected) {
		String text = unit == null ? "" : unit.trim();
		int slash = text.indexOf('/');
		if (slash <= 0 || slash == text.length() - 1) {
			throw new InvalidInput(where + ": '" + text + "' is not " + expected + ".");
		}
		String currency = text.substring(0, slash).trim();
		if (!currency.matches("[A-Za-z]{1,5}")) {
			throw new InvalidInput(where + ": '" + text + "' should start with a currency code such as EUR or USD.");
		}
		return new String[] { currency.toUpperCase(Locale.ROOT), text.substring(slash + 1).trim() };
	}

	/**
	 * A currency and the factor that turns an amount per the written unit into an amount
	 * per the optimizer's unit.
	 */
	public record Price(String currency, double factor) {
	}

}
