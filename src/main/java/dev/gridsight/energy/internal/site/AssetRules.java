package dev.gridsight.energy.internal.site;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import dev.gridsight.energy.internal.site.SiteModel.Asset;
import dev.gridsight.platform.InvalidInput;

/** What each asset type needs, and the units its quantities must be in. */
final class AssetRules {

	private AssetRules() {
	}

	static void check(Asset asset, String at, String powerUnit) {
		switch (asset.type()) {
			case "chp" -> chp(asset, at, powerUnit);
			case "boiler" -> {
				Units.toSteam(required(asset, "capacity", at).unit(), at + ".capacity");
				Units.massPrice(required(asset, "steamCost", at).unit(), at + ".steamCost");
				steamSignal(asset, "steam", at);
			}
			case "heat_recovery" -> {
				if (asset.signal("steam") == null && asset.quantity("capacity") == null) {
					throw new InvalidInput(at + " needs a steam signal (what it gives each hour) or a capacity.");
				}
				steamSignal(asset, "steam", at);
				if (asset.quantity("capacity") != null) {
					Units.toSteam(asset.quantity("capacity").unit(), at + ".capacity");
				}
				if (asset.quantity("steamCost") != null) {
					Units.massPrice(asset.quantity("steamCost").unit(), at + ".steamCost");
				}
			}
			case "pv" -> {
				Signal production = asset.signal("production");
				if (production == null) {
					throw new InvalidInput(at + ".production is required: the column of its output (kW or kWh).");
				}
				Units.toSitePower(production.unit(), powerUnit, 1, at + ".production");
			}
			case "battery" -> battery(asset, at, powerUnit);
			case "flexible_load" -> {
				Units.toSiteEnergy(required(asset, "energy", at).unit(), powerUnit, at + ".energy");
				Units.toSitePower(required(asset, "powerMax", at).unit(), powerUnit, 1, at + ".powerMax");
				time(asset.text("from"), at + ".from");
				time(asset.text("to"), at + ".to");
			}
			default -> throw new InvalidInput(at + ": unknown type '" + asset.type() + "'.");
		}
	}

	private static void chp(Asset asset, String at, String powerUnit) {
		for (String key : new String[] { "admission", "extraction", "power" }) {
			Signal signal = asset.signal(key);
			if (signal == null || !signal.isColumn()) {
				throw new InvalidInput(at + "." + key + " is required: the column of its " + key
						+ " history, which the asset model is learned from.");
			}
		}
		steamSignal(asset, "admission", at);
		steamSignal(asset, "extraction", at);
		Units.toSitePower(asset.signal("power").unit(), powerUnit, 1, at + ".power");
		double[] admission = asset.range("admissionRange");
		if (admission == null || admission[1] <= 0) {
			throw new InvalidInput(at + ".admissionRange is required: [least, most] admission in t/h when running.");
		}
		double[] extraction = asset.range("extractionRange");
		if (extraction != null && extraction[0] > admission[1]) {
			throw new InvalidInput(at + ": the least extraction " + extraction[0] + " t/h exceeds the most admission "
					+ admission[1] + " t/h.");
		}
		if (asset.quantity("minPower") != null) {
			Units.toSitePower(asset.quantity("minPower").unit(), powerUnit, 1, at + ".minPower");
		}
		Units.massPrice(required(asset, "steamCost", at).unit(), at + ".steamCost");
	}

	private static void battery(Asset asset, String at, String powerUnit) {
		Quantity capacity = required(asset, "capacity", at);
		Units.toSiteEnergy(capacity.unit(), powerUnit, at + ".capacity");
		Quantity power = required(asset, "power", at);
		Units.toSitePower(power.unit(), powerUnit, 1, at + ".power");
		if (capacity.value() <= 0 || power.value() <= 0) {
			throw new InvalidInput(at + ": capacity and power must be above zero.");
		}
		for (String key : new String[] { "efficiency", "chargeEfficiency", "dischargeEfficiency" }) {
			Double value = asset.number(key);
			if (value != null && !(value > 0 && value <= 1)) {
				throw new InvalidInput(at + "." + key + " must be above 0 and at most 1, not " + value + ".");
			}
		}
		double[] soc = asset.range("socRange");
		if (soc != null && soc[1] > 1) {
			throw new InvalidInput(
					at + ".socRange is a share of the capacity, [0, 1]; not [" + soc[0] + ", " + soc[1] + "].");
		}
		for (String key : new String[] { "initialSoc", "endSoc" }) {
			Double value = asset.number(key);
			if (value != null && !(value >= 0 && value <= 1)) {
				throw new InvalidInput(at + "." + key + " is a share of the capacity, 0 to 1; not " + value + ".");
			}
		}
		if (asset.quantity("wearCost") != null) {
			Units.wearPrice(asset.quantity("wearCost").unit(), powerUnit, at + ".wearCost");
		}
	}

	private static void steamSignal(Asset asset, String key, String at) {
		Signal signal = asset.signal(key);
		if (signal != null) {
			Units.toSteam(signal.unit(), at + "." + key);
		}
	}

	private static Quantity required(Asset asset, String key, String at) {
		Quantity quantity = asset.quantity(key);
		if (quantity == null) {
			throw new InvalidInput(at + "." + key + " is required: {\"value\": …, \"unit\": …}.");
		}
		return quantity;
	}

	static LocalTime time(String text, String where) {
		if (text == null) {
			throw new InvalidInput(where + " is required: a time of day such as 08:00.");
		}
		try {
			return text.equals("24:00") ? LocalTime.MAX : LocalTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(where + ": '" + text + "' is not a time of day such as 08:00.");
		}
	}

}
