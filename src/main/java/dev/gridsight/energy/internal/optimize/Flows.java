package dev.gridsight.energy.internal.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * What every asset does in every step, in the optimizer's units; the solver and the merit
 * order both produce one, and the plan's table, cost, binding words and instructions are
 * read from it.
 */
final class Flows {

	final int steps;

	final double[] gridImport;

	final double[] gridExport;

	final double[][] power;

	final double[][] admission;

	final double[][] extraction;

	final double[][] on;

	final double[][] boiler;

	final double[][] recovery;

	final double[][] pvUsed;

	final double[][] charge;

	final double[][] discharge;

	final double[][] soc;

	final double[][] flexible;

	Flows(DispatchProblem p) {
		this.steps = p.steps();
		this.gridImport = new double[steps];
		this.gridExport = new double[steps];
		this.power = new double[p.chps().size()][steps];
		this.admission = new double[p.chps().size()][steps];
		this.extraction = new double[p.chps().size()][steps];
		this.on = new double[p.chps().size()][steps];
		this.boiler = new double[p.boilers().size()][steps];
		this.recovery = new double[p.heatRecoveries().size()][steps];
		this.pvUsed = new double[p.pvs().size()][steps];
		this.charge = new double[p.batteries().size()][steps];
		this.discharge = new double[p.batteries().size()][steps];
		this.soc = new double[p.batteries().size()][steps];
		this.flexible = new double[p.flexibleLoads().size()][steps];
	}

	/** The plan's columns, named {@code <asset>.<quantity>}. */
	static List<String> columns(DispatchProblem p) {
		List<String> columns = new ArrayList<>();
		for (Chp chp : p.chps()) {
			columns.add(chp.name() + ".power");
			columns.add(chp.name() + ".admission");
			columns.add(chp.name() + ".extraction");
		}
		for (Boiler boiler : p.boilers()) {
			columns.add(boiler.name() + ".steam");
		}
		for (HeatRecovery recovery : p.heatRecoveries()) {
			columns.add(recovery.name() + ".steam");
		}
		columns.add(p.grid().name() + ".import");
		columns.add(p.grid().name() + ".export");
		for (Battery battery : p.batteries()) {
			columns.add(battery.name() + ".charge");
			columns.add(battery.name() + ".discharge");
			columns.add(battery.name() + ".soc");
		}
		for (Pv pv : p.pvs()) {
			columns.add(pv.name() + ".production");
			columns.add(pv.name() + ".curtailed");
		}
		for (FlexibleLoad load : p.flexibleLoads()) {
			columns.add(load.name() + ".power");
		}
		columns.add("demand.electricity");
		if (p.steamDemand() != null) {
			columns.add("demand.steam");
		}
		return columns;
	}

	double[][] table(DispatchProblem p) {
		int width = columns(p).size();
		double[][] values = new double[steps][width];
		for (int t = 0; t < steps; t++) {
			double[] row = values[t];
			int c = 0;
			for (int k = 0; k < power.length; k++) {
				row[c++] = power[k][t];
				row[c++] = admission[k][t];
				row[c++] = extraction[k][t];
			}
			for (double[] steam : boiler) {
				row[c++] = steam[t];
			}
			for (double[] steam : recovery) {
				row[c++] = steam[t];
			}
			row[c++] = gridImport[t];
			row[c++] = gridExport[t];
			for (int b = 0; b < charge.length; b++) {
				row[c++] = charge[b][t];
				row[c++] = discharge[b][t];
				row[c++] = soc[b][t];
			}
			for (int v = 0; v < pvUsed.length; v++) {
				double production = p.pvs().get(v).production()[t];
				row[c++] = production;
				row[c++] = Math.max(0, production - pvUsed[v][t]);
			}
			for (double[] load : flexible) {
				row[c++] = load[t];
			}
			row[c++] = p.electricityDemand()[t];
			if (p.steamDemand() != null) {
				row[c++] = p.steamDemand()[t];
			}
		}
		return values;
	}

	/**
	 * The cost over the horizon, as DESIGN.md defines it (plus carbon and battery wear).
	 */
	double cost(DispatchProblem p) {
		double h = p.stepHours();
		double cost = 0;
		for (int t = 0; t < steps; t++) {
			cost += h * (gridImport[t] * p.importCostAt(t) - gridExport[t] * p.grid().exportPriceAt(t));
			cost += h * stepSteamCost(p, t);
			for (int b = 0; b < charge.length; b++) {
				cost += h * p.batteries().get(b).wearCost() * (charge[b][t] + discharge[b][t]);
			}
		}
		return cost;
	}

	/** The cost per hour of the steam-making assets at step t. */
	double stepSteamCost(DispatchProblem p, int t) {
		double cost = 0;
		for (int k = 0; k < admission.length; k++) {
			cost += admission[k][t] * p.chps().get(k).steamCost();
		}
		for (int j = 0; j < boiler.length; j++) {
			cost += boiler[j][t] * p.boilers().get(j).steamCost();
		}
		for (int r = 0; r < recovery.length; r++) {
			cost += recovery[r][t] * p.heatRecoveries().get(r).steamCost();
		}
		return cost;
	}

	double pvProduction(DispatchProblem p, int t) {
		double sum = 0;
		for (Pv pv : p.pvs()) {
			sum += pv.production()[t];
		}
		return sum;
	}

	double flexibleAt(int t) {
		double sum = 0;
		for (double[] load : flexible) {
			sum += load[t];
		}
		return sum;
	}

	double chpPowerAt(int t) {
		double sum = 0;
		for (double[] machine : power) {
			sum += machine[t];
		}
		return sum;
	}

}
