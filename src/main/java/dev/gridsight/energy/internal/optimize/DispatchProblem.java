package dev.gridsight.energy.internal.optimize;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One dispatch problem in the optimizer's units: electric power in the site's power unit
 * P (energy per step = P × stepHours), steam in t/h, prices in currency per P·h, steam
 * costs per tonne. Arrays are per step. {@code steamDemand} {@code null}: the site has no
 * steam. {@code integer}: MILP (on/off with minimum power, no simultaneous charge and
 * discharge), else LP (on/off relaxed to a fraction). {@code powerUnit} and
 * {@code currency} (added to the plan's fields) only label the words of infeasibility and
 * explanations, e.g. "MW", "EUR".
 */
public record DispatchProblem(List<LocalDateTime> times, double stepHours, double[] electricityDemand,
		double[] steamDemand, Grid grid, List<Chp> chps, List<Boiler> boilers, List<HeatRecovery> heatRecoveries,
		List<Pv> pvs, List<Battery> batteries, List<FlexibleLoad> flexibleLoads, double carbonPrice,
		double[] carbonIntensity, boolean integer, Duration timeLimit, String powerUnit, String currency) {

	public DispatchProblem {
		if (times == null || times.isEmpty()) {
			throw new IllegalArgumentException("the horizon has no steps");
		}
		int steps = times.size();
		if (!(stepHours > 0) || !Double.isFinite(stepHours)) {
			throw new IllegalArgumentException("the step must be a positive number of hours, not " + stepHours);
		}
		Checks.series("electricity demand", electricityDemand, steps);
		Checks.optionalSeries("steam demand", steamDemand, steps);
		if (grid == null) {
			throw new IllegalArgumentException("the site needs a grid connection (give a zero import cap for none)");
		}
		Checks.series(grid.name() + "'s import price", grid.importPrice(), steps);
		Checks.optionalSeries(grid.name() + "'s export price", grid.exportPrice(), steps);
		Checks.optionalSeries(grid.name() + "'s import cap", grid.importCap(), steps);
		chps = chps == null ? List.of() : List.copyOf(chps);
		boilers = boilers == null ? List.of() : List.copyOf(boilers);
		heatRecoveries = heatRecoveries == null ? List.of() : List.copyOf(heatRecoveries);
		pvs = pvs == null ? List.of() : List.copyOf(pvs);
		batteries = batteries == null ? List.of() : List.copyOf(batteries);
		flexibleLoads = flexibleLoads == null ? List.of() : List.copyOf(flexibleLoads);
		Set<String> names = new HashSet<>();
		names.add(grid.name());
		for (Chp chp : chps) {
			unique(names, chp.name());
			Checks.optionalSeries(chp.name() + "'s availability", chp.availability(), steps);
			if (chp.statusReason() != null && chp.statusReason().length != steps) {
				throw new IllegalArgumentException(chp.name() + "'s status has " + chp.statusReason().length
						+ " values but the horizon has " + steps + " steps");
			}
		}
		for (Boiler boiler : boilers) {
			unique(names, boiler.name());
			Checks.optionalSeries(boiler.name() + "'s availability", boiler.availability(), steps);
		}
		for (HeatRecovery recovery : heatRecoveries) {
			unique(names, recovery.name());
			Checks.series(recovery.name() + "'s available steam", recovery.available(), steps);
		}
		for (Pv pv : pvs) {
			unique(names, pv.name());
			Checks.series(pv.name() + "'s production", pv.production(), steps);
		}
		for (Battery battery : batteries) {
			unique(names, battery.name());
		}
		for (FlexibleLoad load : flexibleLoads) {
			unique(names, load.name());
			if (load.toStep() > steps) {
				throw new IllegalArgumentException(load.name() + "'s window ends at step " + load.toStep()
						+ " but the horizon has " + steps + " steps");
			}
		}
		if (steamDemand == null && (!boilers.isEmpty() || !heatRecoveries.isEmpty())) {
			throw new IllegalArgumentException("the site has steam assets but no steam demand");
		}
		Checks.finite("the carbon price", carbonPrice);
		Checks.optionalSeries("carbon intensity", carbonIntensity, steps);
		if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
			throw new IllegalArgumentException("the time limit must be positive, not " + timeLimit);
		}
		powerUnit = powerUnit == null || powerUnit.isBlank() ? "MW" : powerUnit;
		currency = currency == null || currency.isBlank() ? "EUR" : currency;
	}

	/**
	 * The problem with the plan's original fields: power in MW, costs in EUR for the
	 * words.
	 */
	public DispatchProblem(List<LocalDateTime> times, double stepHours, double[] electricityDemand,
			double[] steamDemand, Grid grid, List<Chp> chps, List<Boiler> boilers, List<HeatRecovery> heatRecoveries,
			List<Pv> pvs, List<Battery> batteries, List<FlexibleLoad> flexibleLoads, double carbonPrice,
			double[] carbonIntensity, boolean integer, Duration timeLimit) {
		this(times, stepHours, electricityDemand, steamDemand, grid, chps, boilers, heatRecoveries, pvs, batteries,
				flexibleLoads, carbonPrice, carbonIntensity, integer, timeLimit, "MW", "EUR");
	}

	private static void unique(Set<String> names, String name) {
		if (!names.add(name)) {
			throw new IllegalArgumentException("two assets are named " + name + "; names must differ");
		}
	}

	/** Number of steps. */
	public int steps() {
		return times.size();
	}

	/** The energy unit of P over an hour, e.g. "MWh". */
	String energyUnit() {
		return powerUnit + "h";
	}

	/** The import price plus the carbon cost of importing, per P·h, at step t. */
	double importCostAt(int t) {
		double carbon = carbonIntensity == null ? 0 : carbonPrice * carbonIntensity[t];
		return grid.importPrice()[t] + carbon;
	}

}
