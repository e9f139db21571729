package dev.gridsight.energy.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.gridsight.energy.internal.optimize.Boiler;
import dev.gridsight.energy.internal.optimize.Chp;
import dev.gridsight.energy.internal.optimize.DispatchPlan;
import dev.gridsight.energy.internal.optimize.DispatchProblem;
import dev.gridsight.energy.internal.optimize.HeatRecovery;
import dev.gridsight.energy.internal.optimize.Pv;

/**
 * Today's practice, as the data recorded it: what each machine admitted, extracted and
 * made, what the boiler raised, and the grid import that covered the rest of the demand,
 * priced as a run prices its plan. Only for hindsight runs whose data has every
 * controllable asset's history (a battery's is never recorded, so a site with one is
 * compared with the merit order instead).
 */
public final class HistoryBaselines {

	private HistoryBaselines() {
	}

	public static boolean possible(DispatchProblem problem, Map<String, double[]> history) {
		if (!problem.batteries().isEmpty() || !problem.flexibleLoads().isEmpty() || problem.chps().isEmpty()) {
			return false;
		}
		for (Chp chp : problem.chps()) {
			if (!history.containsKey(chp.name() + ".admission") || !history.containsKey(chp.name() + ".power")) {
				return false;
			}
		}
		for (Boiler boiler : problem.boilers()) {
			if (!history.containsKey(boiler.name() + ".steam")) {
				return false;
			}
		}
		return true;
	}

	public static DispatchPlan plan(DispatchProblem problem, Map<String, double[]> history) {
		int steps = problem.times().size();
		List<String> columns = new ArrayList<>();
		List<double[]> series = new ArrayList<>();
		double[] madePower = new double[steps];
		double cost = 0;
		for (Chp chp : problem.chps()) {
			double[] power = history.get(chp.name() + ".power");
			double[] admission = history.get(chp.name() + ".admission");
			columns.add(chp.name() + ".power");
			series.add(power);
			columns.add(chp.name() + ".admission");
			series.add(admission);
			if (history.containsKey(chp.name() + ".extraction")) {
				columns.add(chp.name() + ".extraction");
				series.add(history.get(chp.name() + ".extraction"));
			}
			for (int t = 0; t < steps; t++) {
				madePower[t] += power[t];
				cost += problem.stepHours() * admission[t] * chp.steamCost();
			}
		}
		for (Boiler boiler : problem.boilers()) {
			double[] steam = history.get(boiler.name() + ".steam");
			columns.add(boiler.name() + ".steam");
			series.add(steam);
			for (int t = 0; t < steps; t++) {
				cost += problem.stepHours() * steam[t] * boiler.steamCost();
			}
		}
		for (HeatRecovery recovery : problem.heatRecoveries()) {
			double[] steam = history.getOrDefault(recovery.name() + ".steam", recovery.available());
			columns.add(recovery.name() + ".steam");
			series.add(steam);
			for (int t = 0; t < steps; t++) {
				cost += problem.stepHours() * steam[t] * recovery.steamCost();
			}
		}
		for (Pv pv : problem.pvs()) {
			for (int t = 0; t < steps; t++) {
				madePower[t] += pv.production()[t];
			}
		}
		double[] imported = new double[steps];
		for (int t = 0; t < steps; t++) {
			imported[t] = Math.max(0, problem.electricityDemand()[t] - madePower[t]);
			cost += problem.stepHours() * imported[t] * problem.grid().importPrice()[t];
			if (problem.carbonIntensity() != null) {
				cost += problem.stepHours() * imported[t] * problem.carbonIntensity()[t] * problem.carbonPrice();
			}
		}
		columns.add(problem.grid().name() + ".import");
		series.add(imported);
		columns.add("demand.electricity");
		series.add(problem.electricityDemand());
		if (problem.steamDemand() != null) {
			columns.add("demand.steam");
			series.add(problem.steamDemand());
		}
		double[][] values = new double[steps][columns.size()];
		for (int t = 0; t < steps; t++) {
			for (int c = 0; c < columns.size(); c++) {
				values[t][c] = series.get(c)[t];
			}
		}
		return new DispatchPlan(DispatchPlan.Status.OPTIMAL, cost, 0, columns, values, null, null, null, null, null);
	}

}
