package dev.gridsight.energy.internal.site;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A site as its JSON model describes it, checked: what it is made of, where each of its
 * quantities comes from, and the constraints and temporary overrides that hold. The JSON
 * format is documented in {@code docs/energy.md}; {@link SiteModelReader} reads it.
 *
 * @param dataset the default dataset of the site's signals
 * @param time the time column of its datasets
 * @param step the data's step (PT1H, PT15M)
 * @param powerUnit MW or kW: the unit the site plans electricity in
 * @param electricity the electricity demand
 * @param steam the steam demand; null when the site has none
 * @param heat the heat demand; null when none (planned as steam-free load, informative)
 * @param grid the grid connection
 * @param assets the site's assets, in the model's order
 * @param minSteam the least steam the site must make (a client's contract); null for none
 * @param gridImportCap a cap on the grid import below the grid's own limit; null for none
 * @param overrides temporary statuses, each until its end
 * @param carbonPrice the price of a kilogram of CO2 in the site's currency (converted);
 * null for none
 * @param carbonIntensity the grid's carbon intensity; null for none
 * @param weather weather columns by name (temperature, irradiance) that forecasts learn
 * from, as they were up to asOf
 */
public record SiteModel(String dataset, String time, Duration step, String powerUnit, Signal electricity, Signal steam,
		Signal heat, GridSpec grid, List<Asset> assets, Quantity minSteam, Quantity gridImportCap,
		List<StatusOverride> overrides, Quantity carbonPrice, Signal carbonIntensity, Map<String, Signal> weather) {

	public static final Set<String> TYPES = Set.of("chp", "boiler", "heat_recovery", "pv", "battery", "flexible_load");

	public SiteModel {
		assets = List.copyOf(assets);
		overrides = List.copyOf(overrides);
		weather = weather == null ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weather));
	}

	public Optional<Asset> asset(String name) {
		return this.assets.stream().filter(asset -> asset.name().equalsIgnoreCase(name)).findFirst();
	}

	/**
	 * Every signal of the site, by where it sits in the model (demand.steam, assets[GTA
	 * 1].power).
	 */
	public java.util.Map<String, Signal> boundSignals() {
		java.util.Map<String, Signal> signals = new java.util.LinkedHashMap<>();
		signals.put("demand.electricity", this.electricity);
		if (this.steam != null) {
			signals.put("demand.steam", this.steam);
		}
		if (this.heat != null) {
			signals.put("demand.heat", this.heat);
		}
		if (this.grid.importPrice() != null) {
			signals.put("grid.importPrice", this.grid.importPrice());
		}
		if (this.grid.exportPrice() != null) {
			signals.put("grid.exportPrice", this.grid.exportPrice());
		}
		if (this.carbonIntensity != null) {
			signals.put("carbonIntensity", this.carbonIntensity);
		}
		this.weather.forEach((name, signal) -> signals.put("weather." + name, signal));
		for (Asset asset : this.assets) {
			asset.signals().forEach((key, signal) -> signals.put(asset.name() + "." + key, signal));
		}
		return signals;
	}

	public List<Asset> assetsOf(String type) {
		return this.assets.stream().filter(asset -> asset.type().equals(type)).toList();
	}

	/**
	 * The grid: its import price from a column or tariff periods, its export price (none
	 * when the site does not export) and limits.
	 */
	public record GridSpec(String name, Signal importPrice, Tariff tariff, Signal exportPrice, Quantity importLimit,
			boolean export, Quantity exportLimit) {
	}

	/**
	 * Import prices by period: the first period whose days and hours hold a time gives
	 * its price; {@code defaultPrice} otherwise.
	 */
	public record Tariff(String unit, List<Period> periods, double defaultPrice) {

		public Tariff {
			periods = List.copyOf(periods);
		}

		public double priceAt(LocalDateTime time) {
			for (Period period : this.periods) {
				if (period.holds(time)) {
					return period.price();
				}
			}
			return this.defaultPrice;
		}

	}

	/**
	 * @param days ISO day numbers 1 (Monday) to 7; all when empty
	 * @param from start of day part; {@code to} before {@code from} wraps past midnight
	 */
	public record Period(String name, double price, Set<Integer> days, LocalTime from, LocalTime to) {

		boolean holds(LocalDateTime time) {
			if (!this.days.isEmpty() && !this.days.contains(time.getDayOfWeek().getValue())) {
				return false;
			}
			LocalTime at = time.toLocalTime();
			if (this.from.equals(this.to)) {
				return true;
			}
			if (this.from.isBefore(this.to)) {
				return !at.isBefore(this.from) && at.isBefore(this.to);
			}
			return !at.isBefore(this.from) || at.isBefore(this.to);
		}

	}

	/**
	 * One asset: its type, its user's name, its signals, constants and ranges by key as
	 * the JSON names them, and its status (on, off, maintenance or derated with a
	 * factor).
	 */
	public record Asset(String type, String name, Map<String, Signal> signals, Map<String, Quantity> quantities,
			Map<String, double[]> ranges, Map<String, Double> numbers, Map<String, String> texts, String status,
			double derate) {

		public Asset {
			signals = Map.copyOf(signals);
			quantities = Map.copyOf(quantities);
			ranges = Map.copyOf(ranges);
			numbers = Map.copyOf(numbers);
			texts = Map.copyOf(texts);
		}

		public Signal signal(String key) {
			return this.signals.get(key);
		}

		public Quantity quantity(String key) {
			return this.quantities.get(key);
		}

		public double[] range(String key) {
			return this.ranges.get(key);
		}

		public Double number(String key) {
			return this.numbers.get(key);
		}

		public String text(String key) {
			return this.texts.get(key);
		}

	}

	/**
	 * An asset's status until a time (or for every run while it is in the model, without
	 * {@code until}).
	 */
	public record StatusOverride(String asset, String status, double derate, LocalDateTime until) {
	}

}
