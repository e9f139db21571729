package dev.gridsight.energy.internal.site;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import dev.gridsight.energy.internal.site.SiteModel.Asset;
import dev.gridsight.energy.internal.site.SiteModel.GridSpec;
import dev.gridsight.energy.internal.site.SiteModel.Period;
import dev.gridsight.energy.internal.site.SiteModel.StatusOverride;
import dev.gridsight.energy.internal.site.SiteModel.Tariff;
import dev.gridsight.platform.InvalidInput;

/**
 * Reads a site model's JSON and checks everything that can be checked without the data:
 * known fields (a typo is named, not ignored), asset types, required signals, ranges,
 * units that fit their quantity. Every refusal names the field.
 */
public final class SiteModelReader {

	public static final int MAX_ASSETS = 50;

	public static final int MAX_PERIODS = 200;

	private static final Set<String> STATUSES = Set.of("on", "off", "maintenance", "derated");

	private static final Map<String, Set<String>> SIGNALS = Map.of("chp",
			Set.of("admission", "extraction", "power", "status"), "boiler", Set.of("steam", "status"), "heat_recovery",
			Set.of("steam"), "pv", Set.of("production", "status"), "battery", Set.of("status"), "flexible_load",
			Set.of());

	private static final Map<String, Set<String>> QUANTITIES = Map.of("chp", Set.of("minPower", "steamCost"), "boiler",
			Set.of("capacity", "steamCost"), "heat_recovery", Set.of("capacity", "steamCost"), "pv", Set.of("capacity"),
			"battery", Set.of("capacity", "power", "wearCost"), "flexible_load", Set.of("energy", "powerMax"));

	private static final Map<String, Set<String>> RANGES = Map.of("chp", Set.of("admissionRange", "extractionRange"),
			"boiler", Set.of(), "heat_recovery", Set.of(), "pv", Set.of(), "battery", Set.of("socRange"),
			"flexible_load", Set.of());

	private static final Map<String, Set<String>> NUMBERS = Map.of("chp", Set.of(), "boiler", Set.of(), "heat_recovery",
			Set.of(), "pv", Set.of(), "battery",
			Set.of("efficiency", "chargeEfficiency", "dischargeEfficiency", "initialSoc", "endSoc"), "flexible_load",
			Set.of());

	private static final Map<String, Set<String>> TEXTS = Map.of("chp", Set.of(), "boiler", Set.of(), "heat_recovery",
			Set.of(), "pv", Set.of(), "battery", Set.of(), "flexible_load", Set.of("from", "to"));

	private static final Set<String> COMMON = Set.of("type", "name", "status", "derate");

	private SiteModelReader() {
	}

	public static SiteModel read(JsonNode root) {
		if (root == null || !root.isObject()) {
			throw new InvalidInput("model must be a JSON object (see docs/energy.md).");
		}
		known(root, "model", Set.of("dataset", "time", "step", "demand", "grid", "assets", "constraints", "overrides",
				"carbonPrice", "carbonIntensity", "weather"));
		String dataset = requiredText(root, "dataset", "model");
		String time = requiredText(root, "time", "model");
		Duration step = step(root.get("step"));
		JsonNode demand = root.get("demand");
		if (demand == null || !demand.isObject()) {
			throw new InvalidInput("model.demand is required: {\"electricity\": {\"column\": …, \"unit\": \"MW\"}}.");
		}
		known(demand, "demand", Set.of("electricity", "steam", "heat"));
		Signal electricity = signal(demand.get("electricity"), "demand.electricity", true);
		if (electricity == null) {
			throw new InvalidInput("demand.electricity is required.");
		}
		String powerUnit = Units.sitePowerUnit(electricity.unit(), "demand.electricity");
		Signal steam = signal(demand.get("steam"), "demand.steam", true);
		if (steam != null) {
			Units.toSteam(steam.unit(), "demand.steam");
		}
		Signal heat = signal(demand.get("heat"), "demand.heat", true);
		GridSpec grid = grid(root.get("grid"), powerUnit);
		List<Asset> assets = assets(root.get("assets"), powerUnit);
		Quantity minSteam = null;
		Quantity gridCap = null;
		JsonNode constraints = root.get("constraints");
		if (constraints != null && !constraints.isNull()) {
			known(constraints, "constraints", Set.of("minSteam", "gridImportCap"));
			minSteam = quantity(constraints.get("minSteam"), "constraints.minSteam");
			if (minSteam != null) {
				Units.toSteam(minSteam.unit(), "constraints.minSteam");
				if (steam == null) {
					throw new InvalidInput("constraints.minSteam needs a steam demand (demand.steam).");
				}
			}
			gridCap = quantity(constraints.get("gridImportCap"), "constraints.gridImportCap");
			if (gridCap != null) {
				Units.toSitePower(gridCap.unit(), powerUnit, 1, "constraints.gridImportCap");
			}
		}
		List<StatusOverride> overrides = overrides(root.get("overrides"), assets, "overrides");
		Quantity carbonPrice = quantity(root.get("carbonPrice"), "carbonPrice");
		if (carbonPrice != null) {
			Units.carbonPrice(carbonPrice.unit(), "carbonPrice");
		}
		Signal carbonIntensity = signal(root.get("carbonIntensity"), "carbonIntensity", true);
		if (carbonIntensity != null) {
			Units.toCarbon(carbonIntensity.unit(), powerUnit, "carbonIntensity");
		}
		Map<String, Signal> weather = new LinkedHashMap<>();
		JsonNode weatherNode = root.get("weather");
		if (weatherNode != null && !weatherNode.isNull()) {
			if (!weatherNode.isObject()) {
				throw new InvalidInput("model.weather must be an object {name: signal}, e.g. {\"temperature\": "
						+ "{\"column\": \"outdoor_temp_c\", \"unit\": \"°C\"}}.");
			}
			for (Map.Entry<String, JsonNode> entry : weatherNode.properties()) {
				Signal signal = signal(entry.getValue(), "weather." + entry.getKey(), true);
				if (!signal.isColumn()) {
					throw new InvalidInput(
							"weather." + entry.getKey() + " must be a column: forecasts learn from its history.");
				}
				weather.put(entry.getKey(), signal);
			}
		}
		return new SiteModel(dataset, time, step, powerUnit, electricity, steam, heat, grid, assets, minSteam, gridCap,
				overrides, carbonPrice, carbonIntensity, weather);
	}

	/**
	 * Overrides of a run's request or of the model, checked against the site's assets.
	 */
	public static List<StatusOverride> overrides(JsonNode node, List<Asset> assets, String where) {
		List<StatusOverride> overrides = new ArrayList<>();
		if (node == null || node.isNull()) {
			return overrides;
		}
		if (!node.isArray()) {
			throw new InvalidInput(where + " must be a list of {asset, status, derate?, until?}.");
		}
		int i = 0;
		for (JsonNode item : node) {
			String at = where + "[" + i++ + "]";
			known(item, at, Set.of("asset", "status", "derate", "until"));
			String asset = requiredText(item, "asset", at);
			Asset target = assets.stream()
				.filter(candidate -> candidate.name().equalsIgnoreCase(asset))
				.findFirst()
				.orElseThrow(() -> new InvalidInput(at + ": no asset named '" + asset + "'; the site has "
						+ String.join(", ", assets.stream().map(Asset::name).toList()) + "."));
			String status = status(text(item, "status"), at);
			if (status == null) {
				throw new InvalidInput(at + ".status is required: on, off, maintenance or derated.");
			}
			double derate = derate(item, status, at);
			LocalDateTime until = null;
			String untilText = text(item, "until");
			if (untilText != null) {
				until = timestamp(untilText, at + ".until");
			}
			overrides.add(new StatusOverride(target.name(), status, derate, until));
		}
		return overrides;
	}

	/** An ISO timestamp, local or with an offset (converted to UTC). */
	public static LocalDateTime timestamp(String text, String where) {
		try {
			if (text.length() == 10) {
				return java.time.LocalDate.parse(text).atStartOfDay();
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
			}
			return LocalDateTime.parse(text.replace(' ', 'T'));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(where + ": '" + text + "' is not a timestamp; write it as 2025-03-12T09:00 "
					+ "(UTC) or with an offset.");
		}
	}

	private static Duration step(JsonNode node) {
		if (node == null || node.isNull()) {
			return Duration.ofHours(1);
		}
		try {
			Duration step = Duration.parse(node.asString());
			if (step.isNegative() || step.isZero() || step.toMinutes() < 1
					|| Duration.ofDays(1).toMinutes() % step.toMinutes() != 0) {
				throw new InvalidInput(
						"model.step must divide a day, e.g. PT1H or PT15M; not " + node.asString() + ".");
			}
			return step;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(
					"model.step must be an ISO duration such as PT1H or PT15M; not '" + node.asString() + "'.");
		}
	}

	private static GridSpec grid(JsonNode node, String powerUnit) {
		if (node == null || !node.isObject()) {
			throw new InvalidInput(
					"model.grid is required: {\"importPrice\": {\"column\": …, \"unit\": \"EUR/MWh\"}}.");
		}
		known(node, "grid",
				Set.of("name", "importPrice", "tariff", "exportPrice", "importLimit", "export", "exportLimit"));
		String name = text(node, "name") == null ? "Grid" : text(node, "name");
		Signal importPrice = signal(node.get("importPrice"), "grid.importPrice", false);
		Tariff tariff = tariff(node.get("tariff"), powerUnit);
		if ((importPrice == null) == (tariff == null)) {
			throw new InvalidInput(
					"grid needs an importPrice (a price column or value) or a tariff (periods), and only one of them.");
		}
		if (importPrice != null) {
			Units.energyPrice(importPrice.unit(), powerUnit, "grid.importPrice");
		}
		Signal exportPrice = signal(node.get("exportPrice"), "grid.exportPrice", false);
		if (exportPrice != null) {
			Units.energyPrice(exportPrice.unit(), powerUnit, "grid.exportPrice");
		}
		Quantity importLimit = quantity(node.get("importLimit"), "grid.importLimit");
		if (importLimit != null) {
			Units.toSitePower(importLimit.unit(), powerUnit, 1, "grid.importLimit");
		}
		Quantity exportLimit = quantity(node.get("exportLimit"), "grid.exportLimit");
		if (exportLimit != null) {
			Units.toSitePower(exportLimit.unit(), powerUnit, 1, "grid.exportLimit");
		}
		JsonNode export = node.get("export");
		boolean exports = export != null && export.isBoolean() ? export.booleanValue() : exportPrice != null;
		return new GridSpec(name, importPrice, tariff, exportPrice, importLimit, exports, exportLimit);
	}

	private static Tariff tariff(JsonNode node, String powerUnit) {
		if (node == null || node.isNull()) {
			return null;
		}
		known(node, "grid.tariff", Set.of("unit", "periods", "default"));
		String unit = requiredText(node, "unit", "grid.tariff");
		Units.energyPrice(unit, powerUnit, "grid.tariff.unit");
		JsonNode periods = node.get("periods");
		if (periods != null && periods.size() > MAX_PERIODS) {
			throw new InvalidInput("grid.tariff has " + periods.size() + " periods; at most " + MAX_PERIODS + ".");
		}
		if (periods == null || !periods.isArray() || periods.isEmpty()) {
			throw new InvalidInput(
					"grid.tariff.periods must list at least one period " + "{name, price, days?, from, to}.");
		}
		List<Period> list = new ArrayList<>();
		int i = 0;
		for (JsonNode period : periods) {
			String at = "grid.tariff.periods[" + i++ + "]";
			known(period, at, Set.of("name", "price", "days", "from", "to"));
			Set<Integer> days = new HashSet<>();
			JsonNode dayList = period.get("days");
			if (dayList != null && dayList.isArray()) {
				for (JsonNode day : dayList) {
					days.add(day(day.asString(), at));
				}
			}
			list.add(new Period(requiredText(period, "name", at), number(period, "price", at, true), days,
					time(requiredText(period, "from", at), at + ".from"),
					time(requiredText(period, "to", at), at + ".to")));
		}
		JsonNode fallback = node.get("default");
		double defaultPrice = fallback == null || fallback.isNull() ? list.get(list.size() - 1).price()
				: number(node, "default", "grid.tariff", true);
		return new Tariff(unit, list, defaultPrice);
	}

	private static int day(String text, String where) {
		String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		List<String> names = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
		for (int d = 0; d < names.size(); d++) {
			if (key.startsWith(names.get(d))) {
				return d + 1;
			}
		}
		throw new InvalidInput(where + ".days: '" + text + "' is not a day; use mon, tue, wed, thu, fri, sat, sun.");
	}

	private static LocalTime time(String text, String where) {
		try {
			return text.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(where + ": '" + text + "' is not a time of day such as 07:00.");
		}
	}

	private static List<Asset> assets(JsonNode node, String powerUnit) {
		List<Asset> assets = new ArrayList<>();
		if (node == null || node.isNull()) {
			return assets;
		}
		if (!node.isArray()) {
			throw new InvalidInput("model.assets must be a list.");
		}
		if (node.size() > MAX_ASSETS) {
			throw new InvalidInput("A site has at most " + MAX_ASSETS + " assets, not " + node.size() + ".");
		}
		Set<String> names = new HashSet<>();
		int i = 0;
		for (JsonNode item : node) {
			String at = "assets[" + i++ + "]";
			if (!item.isObject()) {
				throw new InvalidInput(at + " must be an object {type, name, …}.");
			}
			String type = requiredText(item, "type", at);
			if (!SiteModel.TYPES.contains(type)) {
				throw new InvalidInput(at + ": unknown type '" + type + "'; use one of "
						+ String.join(", ", SiteModel.TYPES.stream().sorted().toList()) + ".");
			}
			String name = requiredText(item, "name", at);
			if (name.length() > 60 || name.contains(".")) {
				throw new InvalidInput(at + ": a name has at most 60 characters and no dot (plan columns are "
						+ "named <asset>.<quantity>).");
			}
			at = at + " (" + name + ")";
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				throw new InvalidInput(at + ": two assets are named '" + name + "'.");
			}
			assets.add(asset(item, type, name, at, powerUnit));
		}
		return assets;
	}

	private static Asset asset(JsonNode item, String type, String name, String at, String powerUnit) {
		Set<String> allowed = new HashSet<>(COMMON);
		allowed.addAll(SIGNALS.get(type));
		allowed.addAll(QUANTITIES.get(type));
		allowed.addAll(RANGES.get(type));
		allowed.addAll(NUMBERS.get(type));
		allowed.addAll(TEXTS.get(type));
		known(item, at, allowed);
		Map<String, Signal> signals = new LinkedHashMap<>();
		// status is the operator's word (on, off, …) or, as an object, the column
		// recording it
		JsonNode statusNode = item.get("status");
		boolean statusColumn = statusNode != null && statusNode.isObject();
		for (String key : SIGNALS.get(type)) {
			if (key.equals("status") && !statusColumn) {
				continue;
			}
			Signal signal = signal(item.get(key), at + "." + key, !key.equals("status"));
			if (signal != null) {
				signals.put(key, signal);
			}
		}
		Map<String, Quantity> quantities = new HashMap<>();
		for (String key : QUANTITIES.get(type)) {
			Quantity quantity = quantity(item.get(key), at + "." + key);
			if (quantity != null) {
				quantities.put(key, quantity);
			}
		}
		Map<String, double[]> ranges = new HashMap<>();
		for (String key : RANGES.get(type)) {
			double[] range = range(item.get(key), at + "." + key);
			if (range != null) {
				ranges.put(key, range);
			}
		}
		Map<String, Double> numbers = new HashMap<>();
		for (String key : NUMBERS.get(type)) {
			if (item.get(key) != null && !item.get(key).isNull()) {
				numbers.put(key, number(item, key, at, true));
			}
		}
		Map<String, String> texts = new HashMap<>();
		for (String key : TEXTS.get(type)) {
			if (text(item, key) != null) {
				texts.put(key, text(item, key));
			}
		}
		if (statusColumn && !SIGNALS.get(type).contains("status")) {
			throw new InvalidInput(at + ".status: a " + type + " takes a status word (on, off, maintenance, derated), "
					+ "not a column.");
		}
		String status = statusColumn ? null : status(text(item, "status"), at);
		double derate = derate(item, status == null ? "on" : status, at);
		Asset asset = new Asset(type, name, signals, quantities, ranges, numbers, texts, status == null ? "on" : status,
				derate);
		AssetRules.check(asset, at, powerUnit);
		return asset;
	}

	private static String status(String status, String at) {
		if (status == null) {
			return null;
		}
		String key = status.trim().toLowerCase(Locale.ROOT);
		if (!STATUSES.contains(key)) {
			throw new InvalidInput(
					at + ".status: '" + status + "' is not a status; use on, off, maintenance or derated.");
		}
		return key;
	}

	private static double derate(JsonNode item, String status, String at) {
		JsonNode node = item.get("derate");
		if (!status.equals("derated")) {
			if (node != null && !node.isNull()) {
				throw new InvalidInput(at + ".derate applies only with status derated.");
			}
			return status.equals("on") ? 1.0 : 0.0;
		}
		if (node == null || !node.isNumber()) {
			throw new InvalidInput(at + ": a derated asset needs derate, the share of its capacity left (0 to 1).");
		}
		double derate = node.doubleValue();
		if (!(derate > 0 && derate < 1)) {
			throw new InvalidInput(at + ".derate must be between 0 and 1 (exclusive), not " + derate + ".");
		}
		return derate;
	}

	static Signal signal(JsonNode node, String where, boolean needsUnit) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw new InvalidInput(where + " must be {\"column\": …, \"unit\": …} or {\"value\": …, \"unit\": …}.");
		}
		known(node, where, Set.of("column", "dataset", "filter", "value", "unit", "forecast"));
		String column = text(node, "column");
		JsonNode value = node.get("value");
		boolean hasValue = value != null && !value.isNull();
		if ((column == null) == !hasValue) {
			throw new InvalidInput(where + " needs either a column or a value, not both.");
		}
		if (hasValue && !value.isNumber()) {
			throw new InvalidInput(where + ".value must be a number.");
		}
		if (hasValue && !Double.isFinite(value.doubleValue())) {
			throw new InvalidInput(where + ".value must be a finite number.");
		}
		String unit = text(node, "unit");
		if (needsUnit && unit == null) {
			throw new InvalidInput(
					where + ".unit is required: units are written out (MW, kWh, t/h, EUR/MWh), " + "never guessed.");
		}
		Map<String, String> filter = new LinkedHashMap<>();
		JsonNode filterNode = node.get("filter");
		if (filterNode != null && !filterNode.isNull()) {
			if (!filterNode.isObject()) {
				throw new InvalidInput(where + ".filter must be an object {column: value}.");
			}
			for (Map.Entry<String, JsonNode> entry : filterNode.properties()) {
				JsonNode filterValue = entry.getValue();
				if (!(filterValue.isString() || filterValue.isNumber() || filterValue.isBoolean())) {
					throw new InvalidInput(where + ".filter." + entry.getKey() + " must be a text or a number.");
				}
				filter.put(entry.getKey(), filterValue.asString());
			}
		}
		JsonNode forecast = node.get("forecast");
		return new Signal(column, text(node, "dataset"), filter, hasValue ? value.doubleValue() : null, unit,
				forecast != null && forecast.isBoolean() ? forecast.booleanValue() : null);
	}

	static Quantity quantity(JsonNode node, String where) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject() || node.get("value") == null || !node.get("value").isNumber()) {
			throw new InvalidInput(where + " must be {\"value\": <number>, \"unit\": …}.");
		}
		known(node, where, Set.of("value", "unit"));
		double value = node.get("value").doubleValue();
		if (!Double.isFinite(value)) {
			throw new InvalidInput(where + ".value must be a finite number.");
		}
		String unit = text(node, "unit");
		if (unit == null) {
			throw new InvalidInput(where + ".unit is required.");
		}
		return new Quantity(value, unit);
	}

	private static double[] range(JsonNode node, String where) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
			throw new InvalidInput(where + " must be [low, high].");
		}
		double low = node.get(0).doubleValue();
		double high = node.get(1).doubleValue();
		if (!(low <= high) || low < 0) {
			throw new InvalidInput(
					where + " must be [low, high] with 0 ≤ low ≤ high, not [" + low + ", " + high + "].");
		}
		return new double[] { low, high };
	}

	private static double number(JsonNode node, String key, String where, boolean required) {
		JsonNode value = node.get(key);
		if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
			throw new InvalidInput(where + "." + key + " must be a number.");
		}
		return value.doubleValue();
	}

	private static String requiredText(JsonNode node, String key, String where) {
		String text = text(node, key);
		if (text == null) {
			throw new InvalidInput(where + "." + key + " is required.");
		}
		return text;
	}

	private static String text(JsonNode node, String key) {
		JsonNode value = node.get(key);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new InvalidInput(key + " must be a text, not " + value + ".");
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	private static void known(JsonNode node, String where, Set<String> allowed) {
		if (!node.isObject()) {
			throw new InvalidInput(where + " must be a JSON object.");
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!allowed.contains(entry.getKey())) {
				throw new InvalidInput(where + ": unknown field '" + entry.getKey() + "'; known fields: "
						+ String.join(", ", allowed.stream().sorted().toList()) + ".");
			}
		}
	}

}
