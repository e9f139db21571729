package dev.gridsight.energy.internal.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.energy.internal.data.SiteDataReader;
import dev.gridsight.energy.internal.learn.ForecastResult;
import dev.gridsight.energy.internal.learn.Forecaster;
import dev.gridsight.energy.internal.learn.Series;
import dev.gridsight.energy.internal.optimize.Battery;
import dev.gridsight.energy.internal.optimize.Boiler;
import dev.gridsight.energy.internal.optimize.Chp;
import dev.gridsight.energy.internal.optimize.DispatchProblem;
import dev.gridsight.energy.internal.optimize.FlexibleLoad;
import dev.gridsight.energy.internal.optimize.Grid;
import dev.gridsight.energy.internal.optimize.HeatRecovery;
import dev.gridsight.energy.internal.optimize.Pv;
import dev.gridsight.energy.internal.site.Quantity;
import dev.gridsight.energy.internal.site.Signal;
import dev.gridsight.energy.internal.site.SiteModel;
import dev.gridsight.energy.internal.site.SiteModel.Asset;
import dev.gridsight.energy.internal.site.SiteModel.StatusOverride;
import dev.gridsight.energy.internal.site.Units;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.Unprocessable;

/**
 * Turns a site model, its data and a run's choices into the optimizer's problem, in the
 * optimizer's units: demand and PV actual (hindsight) or forecast from history up to
 * {@code asOf} only; prices from the price column (last week's when the period has none
 * yet) or the tariff; each asset's availability from its status, its status column and
 * the overrides in force at each step.
 */
@Component
public class ProblemBuilder {

	/** The longest gap a run bridges in the period it plans. */
	static final int MAX_GAP_STEPS = 3;

	/** How much history a forecast learns from, at most. */
	static final Duration FORECAST_HISTORY = Duration.ofDays(120);

	/**
	 * The least history a forecast needs: two weeks, for a weekly season and a backtest.
	 */
	static final Duration MIN_HISTORY = Duration.ofDays(14);

	static final Duration TIME_LIMIT = Duration.ofSeconds(20);

	private final SiteDataReader data;

	private final Forecaster forecaster;

	public ProblemBuilder(SiteDataReader data, Forecaster forecaster) {
		this.data = data;
		this.forecaster = forecaster;
	}

	/**
	 * The problem, the forecasts it used by signal, and what actually happened where the
	 * data has it (for a baseline from history).
	 */
	public record Built(DispatchProblem problem, Map<String, ForecastResult> forecasts, Map<String, double[]> history,
			String currency) {
	}

	public Built build(UUID userId, UUID workspaceId, SiteModel model, Map<String, ChpModel> chpModels, RunSpec spec) {
		Reader reader = new Reader(userId, workspaceId, model, spec);
		List<LocalDateTime> times = new ArrayList<>(spec.steps());
		for (int i = 0; i < spec.steps(); i++) {
			times.add(spec.asOf().plus(spec.step().multipliedBy(i)));
		}
		String unit = model.powerUnit();
		double dataStepHours = model.step().toMinutes() / 60.0;
		Map<String, ForecastResult> forecasts = new LinkedHashMap<>();
		Map<String, double[]> history = new LinkedHashMap<>();

		double[] electricity = reader.planned(model.electricity(), "demand.electricity",
				Units.toSitePower(model.electricity().unit(), unit, dataStepHours, "demand.electricity"), forecasts);
		double[] steam = null;
		if (model.steam() != null) {
			steam = reader.planned(model.steam(), "demand.steam", Units.toSteam(model.steam().unit(), "demand.steam"),
					forecasts);
			if (model.minSteam() != null) {
				double least = model.minSteam().value()
						* Units.toSteam(model.minSteam().unit(), "constraints.minSteam");
				for (int i = 0; i < steam.length; i++) {
					steam[i] = Math.max(steam[i], least);
				}
			}
		}
		Units.Price importUnit;
		double[] importPrice;
		if (model.grid().tariff() != null) {
			importUnit = Units.energyPrice(model.grid().tariff().unit(), unit, "grid.tariff.unit");
			importPrice = new double[spec.steps()];
			for (int i = 0; i < spec.steps(); i++) {
				importPrice[i] = model.grid().tariff().priceAt(times.get(i)) * importUnit.factor();
			}
		}
		else {
			importUnit = Units.energyPrice(model.grid().importPrice().unit(), unit, "grid.importPrice");
			importPrice = reader.price(model.grid().importPrice(), "grid.importPrice", importUnit.factor());
		}
		double[] exportPrice = null;
		if (model.grid().export()) {
			if (model.grid().exportPrice() == null) {
				exportPrice = new double[spec.steps()];
			}
			else {
				Units.Price exportUnit = Units.energyPrice(model.grid().exportPrice().unit(), unit, "grid.exportPrice");
				sameCurrency(importUnit, exportUnit, "grid.exportPrice");
				exportPrice = reader.price(model.grid().exportPrice(), "grid.exportPrice", exportUnit.factor());
			}
		}
		double cap = Double.POSITIVE_INFINITY;
		if (model.grid().importLimit() != null) {
			cap = power(model.grid().importLimit(), unit, "grid.importLimit");
		}
		if (model.gridImportCap() != null) {
			cap = Math.min(cap, power(model.gridImportCap(), unit, "constraints.gridImportCap"));
		}
		double[] importCap = new double[spec.steps()];
		Arrays.fill(importCap, cap);
		double exportCap = model.grid().exportLimit() == null ? Double.POSITIVE_INFINITY
				: power(model.grid().exportLimit(), unit, "grid.exportLimit");
		Grid grid = new Grid(model.grid().name(), importPrice, exportPrice, importCap, exportCap);

		List<Chp> chps = new ArrayList<>();
		List<Boiler> boilers = new ArrayList<>();
		List<HeatRecovery> recoveries = new ArrayList<>();
		List<Pv> pvs = new ArrayList<>();
		List<Battery> batteries = new ArrayList<>();
		List<FlexibleLoad> flexible = new ArrayList<>();
		for (Asset asset : model.assets()) {
			Availability availability = reader.availability(asset);
			String at = asset.name();
			switch (asset.type()) {
				case "chp" -> {
					ChpModel fitted = chpModels.get(asset.name());
					if (fitted == null) {
						throw new Unprocessable(at + " has no learned model: fit the site first (it needs running "
								+ "hours with admission, extraction and power).");
					}
					double steamUnit = Units.toSteam(asset.signal("admission").unit(), at + ".admission");
					double[] admission = asset.range("admissionRange");
					double[] extraction = asset.range("extractionRange") == null
							? new double[] { 0, admission[1] * steamUnit } : asset.range("extractionRange");
					double minPower = asset.quantity("minPower") == null ? 0
							: power(asset.quantity("minPower"), unit, at + ".minPower");
					Units.Price steamCost = Units.massPrice(asset.quantity("steamCost").unit(), at + ".steamCost");
					sameCurrency(importUnit, steamCost, at + ".steamCost");
					chps.add(new Chp(asset.name(), fitted.a(), fitted.b(), fitted.c(), admission[0] * steamUnit,
							admission[1] * steamUnit, extraction[0] * steamUnit, extraction[1] * steamUnit, minPower,
							asset.quantity("steamCost").value() * steamCost.factor(), availability.factors(),
							availability.reasons()));
					if (spec.actual()) {
						history.put(asset.name() + ".admission",
								reader.actual(asset.signal("admission"), at + ".admission", steamUnit));
						history.put(asset.name() + ".extraction",
								reader.actual(asset.signal("extraction"), at + ".extraction", steamUnit));
						history.put(asset.name() + ".power", reader.actual(asset.signal("power"), at + ".power",
								Units.toSitePower(asset.signal("power").unit(), unit, dataStepHours, at + ".power")));
					}
				}
				case "boiler" -> {
					Units.Price steamCost = Units.massPrice(asset.quantity("steamCost").unit(), at + ".steamCost");
					sameCurrency(importUnit, steamCost, at + ".steamCost");
					boilers.add(new Boiler(asset.name(),
							asset.quantity("capacity").value()
									* Units.toSteam(asset.quantity("capacity").unit(), at + ".capacity"),
							asset.quantity("steamCost").value() * steamCost.factor(), availability.factors()));
					if (spec.actual() && asset.signal("steam") != null && asset.signal("steam").isColumn()) {
						history.put(asset.name() + ".steam", reader.actual(asset.signal("steam"), at + ".steam",
								Units.toSteam(asset.signal("steam").unit(), at + ".steam")));
					}
				}
				case "heat_recovery" -> {
					double[] available;
					if (asset.signal("steam") != null) {
						available = reader.planned(asset.signal("steam"), at + ".steam",
								Units.toSteam(asset.signal("steam").unit(), at + ".steam"), forecasts);
					}
					else {
						available = new double[spec.steps()];
						Arrays.fill(available, asset.quantity("capacity").value()
								* Units.toSteam(asset.quantity("capacity").unit(), at + ".capacity"));
					}
					double[] factors = availability.factors();
					for (int i = 0; i < available.length; i++) {
						available[i] = Math.max(0, available[i]) * factors[i];
					}
					double cost = 0;
					if (asset.quantity("steamCost") != null) {
						Units.Price steamCost = Units.massPrice(asset.quantity("steamCost").unit(), at + ".steamCost");
						cost = asset.quantity("steamCost").value() * steamCost.factor();
					}
					recoveries.add(new HeatRecovery(asset.name(), available, cost));
					if (spec.actual()) {
						history.put(asset.name() + ".steam", available.clone());
					}
				}
				case "pv" -> {
					Signal production = asset.signal("production");
					double[] values = reader.planned(production, at + ".production",
							Units.toSitePower(production.unit(), unit, dataStepHours, at + ".production"), forecasts);
					double[] factors = availability.factors();
					for (int i = 0; i < values.length; i++) {
						values[i] = Math.max(0, values[i]) * factors[i];
					}
					pvs.add(new Pv(asset.name(), values));
				}
				case "battery" -> batteries.add(battery(asset, unit, availability, importUnit));
				case "flexible_load" -> flexible.add(flexible(asset, unit, times, spec));
				default -> throw new InvalidInput(at + ": unknown type " + asset.type());
			}
		}
		double carbonPrice = 0;
		double[] carbon = null;
		if (spec.carbonPricePerKg() != null) {
			carbonPrice = spec.carbonPricePerKg();
		}
		else if (model.carbonPrice() != null) {
			Units.Price price = Units.carbonPrice(model.carbonPrice().unit(), "carbonPrice");
			sameCurrency(importUnit, price, "carbonPrice");
			carbonPrice = model.carbonPrice().value() * price.factor();
		}
		if (carbonPrice > 0) {
			if (model.carbonIntensity() == null) {
				throw new InvalidInput("A carbon price needs the grid's carbon intensity (model.carbonIntensity).");
			}
			carbon = reader.price(model.carbonIntensity(), "carbonIntensity",
					Units.toCarbon(model.carbonIntensity().unit(), unit, "carbonIntensity"));
		}
		DispatchProblem problem = new DispatchProblem(times, spec.stepHours(), electricity, steam, grid, chps, boilers,
				recoveries, pvs, batteries, flexible, carbonPrice, carbon, !chps.isEmpty(), TIME_LIMIT, unit,
				importUnit.currency());
		return new Built(problem, forecasts, history, importUnit.currency());
	}

	/**
	 * One signal of the site forecast on its own (the chat's {@code forecast}), as a run
	 * ahead of the data would forecast it.
	 */
	public ForecastResult forecast(UUID userId, UUID workspaceId, SiteModel model, Signal signal, String what,
			LocalDateTime asOf, int steps, Duration step) {
		return new Reader(userId, workspaceId, model, new RunSpec(asOf, steps, step, false, List.of(), null))
			.forecast(signal, what);
	}

	private static Battery battery(Asset asset, String unit, Availability availability, Units.Price importUnit) {
		String at = asset.name();
		double capacity = asset.quantity("capacity").value()
				* Units.toSiteEnergy(asset.quantity("capacity").unit(), unit, at + ".capacity");
		double power = power(asset.quantity("power"), unit, at + ".power") * availability.least();
		double roundTrip = asset.number("efficiency") == null ? 0.9 : asset.number("efficiency");
		double charge = asset.number("chargeEfficiency") == null ? Math.sqrt(roundTrip)
				: asset.number("chargeEfficiency");
		double discharge = asset.number("dischargeEfficiency") == null ? Math.sqrt(roundTrip)
				: asset.number("dischargeEfficiency");
		double[] soc = asset.range("socRange") == null ? new double[] { 0, 1 } : asset.range("socRange");
		double initial = asset.number("initialSoc") == null ? soc[0] : asset.number("initialSoc");
		Double end = asset.number("endSoc") == null ? null : asset.number("endSoc") * capacity;
		double wear = 0;
		if (asset.quantity("wearCost") != null) {
			Units.Price price = Units.wearPrice(asset.quantity("wearCost").unit(), unit, at + ".wearCost");
			sameCurrency(importUnit, price, at + ".wearCost");
			wear = asset.quantity("wearCost").value() * price.factor();
		}
		return new Battery(asset.name(), capacity, power, charge, discharge, soc[0] * capacity, soc[1] * capacity,
				Math.max(soc[0], Math.min(soc[1], initial)) * capacity, end, wear);
	}

	private static FlexibleLoad flexible(Asset asset, String unit, List<LocalDateTime> times, RunSpec spec) {
		String at = asset.name();
		double energy = asset.quantity("energy").value()
				* Units.toSiteEnergy(asset.quantity("energy").unit(), unit, at + ".energy");
		double powerMax = power(asset.quantity("powerMax"), unit, at + ".powerMax");
		java.time.LocalTime from = java.time.LocalTime.parse(asset.text("from"));
		java.time.LocalTime to = asset.text("to").equals("24:00") ? java.time.LocalTime.MAX
				: java.time.LocalTime.parse(asset.text("to"));
		int first = -1;
		int last = -1;
		for (int i = 0; i < times.size(); i++) {
			java.time.LocalTime time = times.get(i).toLocalTime();
			boolean inside = !time.isBefore(from) && time.isBefore(to);
			if (inside && first < 0) {
				first = i;
			}
			if (first >= 0) {
				if (!inside) {
					break;
				}
				last = i + 1;
			}
		}
		if (first < 0) {
			throw new Unprocessable(at + ": its window " + asset.text("from") + "–" + asset.text("to")
					+ " does not fall inside the planned period from " + spec.asOf() + " to " + spec.end() + ".");
		}
		return new FlexibleLoad(asset.name(), energy, first, last, powerMax);
	}

	private static double power(Quantity quantity, String unit, String where) {
		return quantity.value() * Units.toSitePower(quantity.unit(), unit, 1, where);
	}

	private static void sameCurrency(Units.Price price, Units.Price other, String where) {
		if (!price.currency().equals(other.currency())) {
			throw new InvalidInput(where + " is in " + other.currency() + " but the grid's price is in "
					+ price.currency() + "; a run adds costs in one currency.");
		}
	}

	/** An asset's share of capacity at each step, and why it is short, in words. */
	record Availability(double[] factors, String[] reasons) {

		double least() {
			double least = 1;
			for (double factor : this.factors) {
				least = Math.min(least, factor);
			}
			return least;
		}

	}

	/** Reads the run's signals, for one user, site and period. */
	private final class Reader {

		private final UUID userId;

		private final UUID workspaceId;

		private final SiteModel model;

		private final RunSpec spec;

		Reader(UUID userId, UUID workspaceId, SiteModel model, RunSpec spec) {
			this.userId = userId;
			this.workspaceId = workspaceId;
			this.model = model;
			this.spec = spec;
		}

		/** What happened over the period, gaps bridged, in the optimizer's unit. */
		double[] actual(Signal signal, String what, double factor) {
			double[] values = data.numbers(userId, workspaceId, model, signal, spec.asOf(), spec.steps(), spec.step(),
					what);
			Gaps.bridge(values, MAX_GAP_STEPS, what + " (" + signal.describe() + ")", spec.asOf(), spec.step());
			return scale(values, factor);
		}

		/** The actual values in hindsight, else a forecast from history up to asOf. */
		double[] planned(Signal signal, String what, double factor, Map<String, ForecastResult> forecasts) {
			if (!signal.isColumn()) {
				double[] values = new double[spec.steps()];
				Arrays.fill(values, signal.value() * factor);
				return values;
			}
			if (spec.actual() || Boolean.FALSE.equals(signal.forecast())) {
				return actual(signal, what, factor);
			}
			ForecastResult forecast = forecast(signal, what);
			forecasts.put(what, forecast);
			double[] values = forecast.values().clone();
			for (int i = 0; i < values.length; i++) {
				values[i] = Math.max(0, values[i]);
			}
			return scale(values, factor);
		}

		/**
		 * The signal forecast over the period from its history (and the site's weather)
		 * up to asOf: at least two weeks of it, 80% of its steps holding a value, gaps
		 * bridged.
		 */
		ForecastResult forecast(Signal signal, String what) {
			LocalDateTime from = spec.asOf().minus(FORECAST_HISTORY);
			int steps = (int) (FORECAST_HISTORY.toMinutes() / spec.step().toMinutes());
			double[] past = data.numbers(userId, workspaceId, model, signal, from, steps, spec.step(), what);
			int first = 0;
			while (first < past.length && !Double.isFinite(past[first])) {
				first++;
			}
			int known = past.length - first;
			if (known * spec.step().toMinutes() < MIN_HISTORY.toMinutes()) {
				throw new Unprocessable(what + " (" + signal.describe() + ") has "
						+ (known == 0 ? "no history" : "only " + known + " steps of history") + " before asOf "
						+ spec.asOf() + "; a forecast needs at least " + MIN_HISTORY.toDays() + " days.");
			}
			double[] window = Arrays.copyOfRange(past, first, past.length);
			LocalDateTime windowStart = from.plus(spec.step().multipliedBy(first));
			if (Gaps.coverage(window) < 0.8) {
				throw new Unprocessable(what + " (" + signal.describe() + ") is missing "
						+ Math.round(100 * (1 - Gaps.coverage(window))) + "% of its values in the " + known
						+ " steps before asOf " + spec.asOf() + "; a forecast needs at least 80%.");
			}
			Gaps.bridge(window, Integer.MAX_VALUE / 2, what, windowStart, spec.step());
			List<LocalDateTime> times = new ArrayList<>(window.length);
			for (int i = 0; i < window.length; i++) {
				times.add(windowStart.plus(spec.step().multipliedBy(i)));
			}
			return forecaster.forecast(new Series(times, window), weather(from, steps, first), spec.asOf(),
					spec.steps(), spec.step());
		}

		/**
		 * The site's weather columns over the same history as the signal's (up to asOf
		 * only, gaps bridged), for the forecast to learn from.
		 */
		private Map<String, Series> weather(LocalDateTime from, int steps, int first) {
			Map<String, Series> series = new LinkedHashMap<>();
			for (Map.Entry<String, Signal> entry : model.weather().entrySet()) {
				String what = "weather." + entry.getKey();
				double[] values = data.numbers(userId, workspaceId, model, entry.getValue(), from, steps, spec.step(),
						what);
				double[] window = Arrays.copyOfRange(values, first, values.length);
				LocalDateTime start = from.plus(spec.step().multipliedBy(first));
				if (Gaps.coverage(window) < 0.8) {
					throw new Unprocessable(what + " (" + entry.getValue().describe() + ") is missing "
							+ Math.round(100 * (1 - Gaps.coverage(window))) + "% of its values before asOf "
							+ spec.asOf() + "; a forecast needs at least 80%.");
				}
				Gaps.bridge(window, Integer.MAX_VALUE / 2, what, start, spec.step());
				List<LocalDateTime> times = new ArrayList<>(window.length);
				for (int i = 0; i < window.length; i++) {
					times.add(start.plus(spec.step().multipliedBy(i)));
				}
				series.put(entry.getKey(), new Series(times, window));
			}
			return series;
		}

		/**
		 * Prices over the period: the column's where it has them, else the same step a
		 * week earlier (tariffs repeat weekly), so a run ahead of the data still has
		 * prices.
		 */
		double[] price(Signal signal, String what, double factor) {
			if (!signal.isColumn()) {
				double[] values = new double[spec.steps()];
				Arrays.fill(values, signal.value() * factor);
				return values;
			}
			int week = (int) (Duration.ofDays(7).toMinutes() / spec.step().toMinutes());
			double[] values = data.numbers(userId, workspaceId, model, signal, spec.asOf().minusDays(7),
					week + spec.steps(), spec.step(), what);
			for (int i = week; i < values.length; i++) {
				if (!Double.isFinite(values[i])) {
					values[i] = values[i - week];
				}
			}
			double[] period = Arrays.copyOfRange(values, week, values.length);
			Gaps.bridge(period, MAX_GAP_STEPS, what + " (" + signal.describe() + ")", spec.asOf(), spec.step());
			return scale(period, factor);
		}

		/**
		 * The asset's status at each step: its model status, then (when a status column
		 * is bound) what the column says — over the period in hindsight, as last recorded
		 * before asOf otherwise — then the overrides in force, the run's last.
		 */
		Availability availability(Asset asset) {
			double[] factors = new double[spec.steps()];
			String[] reasons = new String[spec.steps()];
			Arrays.fill(factors, asset.derate());
			Arrays.fill(reasons, reason(asset.status(), asset.derate()));
			Signal status = asset.signal("status");
			if (status != null && status.isColumn()) {
				String[] recorded;
				if (spec.actual()) {
					recorded = data.texts(userId, workspaceId, model, status, spec.asOf(), spec.steps(), spec.step(),
							asset.name() + ".status");
				}
				else {
					int day = (int) (Duration.ofDays(1).toMinutes() / spec.step().toMinutes());
					String[] before = data.texts(userId, workspaceId, model, status, spec.asOf().minusDays(1), day,
							spec.step(), asset.name() + ".status");
					String last = null;
					for (String value : before) {
						last = value == null ? last : value;
					}
					recorded = new String[spec.steps()];
					Arrays.fill(recorded, last);
				}
				for (int i = 0; i < factors.length; i++) {
					if (recorded[i] != null && !recorded[i].equals("on") && factors[i] > 0) {
						factors[i] = 0;
						reasons[i] = recorded[i].equals("maintenance") ? "maintenance" : "off";
					}
				}
			}
			List<StatusOverride> overrides = new ArrayList<>(model.overrides());
			overrides.addAll(spec.overrides());
			for (StatusOverride override : overrides) {
				if (!override.asset().equalsIgnoreCase(asset.name())) {
					continue;
				}
				for (int i = 0; i < factors.length; i++) {
					LocalDateTime at = spec.asOf().plus(spec.step().multipliedBy(i));
					if (override.until() == null || at.isBefore(override.until())) {
						factors[i] = override.derate();
						reasons[i] = reason(override.status(), override.derate());
					}
				}
			}
			return new Availability(factors, reasons);
		}

		private static String reason(String status, double derate) {
			if (status.equals("on")) {
				return null;
			}
			if (status.equals("derated")) {
				return "derated to " + Math.round(derate * 100) + "%";
			}
			return status;
		}

		private static double[] scale(double[] values, double factor) {
			for (int i = 0; i < values.length; i++) {
				values[i] *= factor;
			}
			return values;
		}

	}

}
