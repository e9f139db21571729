package dev.gridsight.energy.internal.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a plan against a baseline: the total saving, grid import moved out of the
 * dearest hours (the steps at the horizon's highest import cost, when prices vary),
 * boiler steam against turbine extraction, and the battery's arbitrage (its discharge
 * valued at the import cost it displaces, less what its charging cost).
 */
public final class Explainer {

	private static final double TINY = 1e-6;

	private Explainer() {
	}

	public static Explanation explain(DispatchProblem p, DispatchPlan plan, DispatchPlan baseline) {
		String currency = p.currency();
		if (!plan.solved()) {
			return new Explanation(plan.infeasibility() == null ? "no plan: " + plan.status() : plan.infeasibility(),
					List.of());
		}
		double h = p.stepHours();
		List<String> points = new ArrayList<>();
		double savings = baseline.cost() - plan.cost();
		String summary;
		if (Math.abs(savings) < 0.005) {
			summary = "The plan costs " + Words.money(plan.cost()) + " " + currency + ", the same as the baseline.";
		}
		else {
			double share = baseline.cost() != 0 ? 100 * savings / Math.abs(baseline.cost()) : 0;
			summary = "The plan costs " + Words.money(plan.cost()) + " " + currency + ", "
					+ Words.money(Math.abs(savings)) + " " + currency + " (" + Words.num(Math.abs(share)) + "%) "
					+ (savings > 0 ? "less" : "more") + " than the baseline's " + Words.money(baseline.cost()) + " "
					+ currency + ".";
		}
		double max = Double.NEGATIVE_INFINITY;
		double min = Double.POSITIVE_INFINITY;
		for (int t = 0; t < p.steps(); t++) {
			max = Math.max(max, p.importCostAt(t));
			min = Math.min(min, p.importCostAt(t));
		}
		String grid = p.grid().name() + ".import";
		double[] planImport = plan.series(grid);
		double[] baseImport = baseline.series(grid);
		if (max > min + TINY) {
			double planPeak = 0;
			double basePeak = 0;
			for (int t = 0; t < p.steps(); t++) {
				if (p.importCostAt(t) >= max - TINY) {
					planPeak += planImport[t] * h;
					basePeak += baseImport[t] * h;
				}
			}
			if (Math.abs(basePeak - planPeak) > TINY) {
				points
					.add("Grid import in the dearest hours (" + Words.money(max) + " " + currency + "/" + p.energyUnit()
							+ "): " + Words.num(planPeak) + " " + p.energyUnit() + " instead of " + Words.num(basePeak)
							+ " " + p.energyUnit() + ", " + Words.money(Math.abs(basePeak - planPeak) * max) + " "
							+ currency + " " + (basePeak > planPeak ? "less" : "more") + " at that price.");
			}
		}
		if (p.steamDemand() != null) {
			double planBoiler = total(plan, p.boilers().stream().map(b -> b.name() + ".steam").toList(), h);
			double baseBoiler = total(baseline, p.boilers().stream().map(b -> b.name() + ".steam").toList(), h);
			double planTurbine = total(plan, p.chps().stream().map(c -> c.name() + ".extraction").toList(), h);
			double baseTurbine = total(baseline, p.chps().stream().map(c -> c.name() + ".extraction").toList(), h);
			double planSteamCost = steamCost(p, plan);
			double baseSteamCost = steamCost(p, baseline);
			if (Math.abs(planBoiler - baseBoiler) > TINY || Math.abs(planTurbine - baseTurbine) > TINY) {
				points.add("Boiler steam " + Words.num(planBoiler) + " t instead of " + Words.num(baseBoiler)
						+ " t; turbine extraction " + Words.num(planTurbine) + " t instead of " + Words.num(baseTurbine)
						+ " t; the steam assets' cost " + Words.money(planSteamCost) + " " + currency + " instead of "
						+ Words.money(baseSteamCost) + " " + currency + ".");
			}
		}
		for (Battery battery : p.batteries()) {
			double planOut = total(plan, List.of(battery.name() + ".discharge"), h);
			double baseOut = total(baseline, List.of(battery.name() + ".discharge"), h);
			double planValue = arbitrage(p, plan, battery.name());
			double baseValue = arbitrage(p, baseline, battery.name());
			if (planOut > TINY || baseOut > TINY) {
				points.add(battery.name() + " gives " + Words.num(planOut) + " " + p.energyUnit() + " (baseline "
						+ Words.num(baseOut) + " " + p.energyUnit()
						+ "); charged cheap and discharged dear it is worth " + Words.money(planValue) + " " + currency
						+ " against the grid (baseline " + Words.money(baseValue) + " " + currency + ").");
			}
		}
		return new Explanation(summary, points);
	}

	private static double total(DispatchPlan plan, List<String> columns, double h) {
		double sum = 0;
		for (String column : columns) {
			for (double value : plan.series(column)) {
				sum += value * h;
			}
		}
		return sum;
	}

	private static double steamCost(DispatchProblem p, DispatchPlan plan) {
		double h = p.stepHours();
		double cost = 0;
		for (Chp chp : p.chps()) {
			for (double admission : plan.series(chp.name() + ".admission")) {
				cost += admission * chp.steamCost() * h;
			}
		}
		for (Boiler boiler : p.boilers()) {
			for (double steam : plan.series(boiler.name() + ".steam")) {
				cost += steam * boiler.steamCost() * h;
			}
		}
		return cost;
	}

	private static double arbitrage(DispatchProblem p, DispatchPlan plan, String battery) {
		double[] charge = plan.series(battery + ".charge");
		double[] discharge = plan.series(battery + ".discharge");
		double value = 0;
		for (int t = 0; t < p.steps(); t++) {
			value += (discharge[t] - charge[t]) * p.importCostAt(t) * p.stepHours();
		}
		return value;
	}

}
