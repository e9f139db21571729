package dev.gridsight.energy.internal.optimize;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Optimisation;

import dev.gridsight.energy.internal.optimize.DispatchModel.Commitment;

/**
 * A long MILP decomposed by step, for sites whose only link between steps is one battery
 * (no flexible loads): each step's machines, boilers, heat recovery and grid are planned
 * as a small LP with every available machine on (the relaxation and rounding when that is
 * infeasible); the battery is then scheduled by dynamic programming over its state of
 * charge (200 levels) against the steps' marginal electricity prices, charging only into
 * the import headroom and discharging only against the import, where that price holds;
 * the steps where it moves are planned again with its power. The result is feasible but
 * not proven optimal: its {@code gap} is NaN (unknown).
 */
final class StepwiseDispatch {

	private static final int LEVELS = 200;

	private StepwiseDispatch() {
	}

	static boolean applies(DispatchProblem p) {
		return p.flexibleLoads().isEmpty() && p.batteries().size() <= 1;
	}

	/** The plan's flows and prices, or {@code null} when a step has no plan. */
	static Object[] solve(DispatchProblem p) {
		int steps = p.steps();
		Flows flows = new Flows(p);
		double[] electricityPrice = new double[steps];
		double[] steamPrice = p.steamDemand() == null ? null : new double[steps];
		double[] imports = new double[steps];
		for (int t = 0; t < steps; t++) {
			if (!step(p, t, 0, flows, electricityPrice, steamPrice)) {
				return null;
			}
			imports[t] = flows.gridImport[t];
		}
		if (p.batteries().size() == 1) {
			Battery battery = p.batteries().get(0);
			double[] net = schedule(p, battery, electricityPrice, imports);
			double h = p.stepHours();
			double soc = battery.initialSoc();
			for (int t = 0; t < steps; t++) {
				if (net[t] != 0 && !step(p, t, net[t], flows, electricityPrice, steamPrice)) {
					net[t] = 0;
					step(p, t, 0, flows, electricityPrice, steamPrice);
				}
				flows.charge[0][t] = Math.max(0, net[t]);
				flows.discharge[0][t] = Math.max(0, -net[t]);
				soc += h * (flows.charge[0][t] * battery.chargeEfficiency()
						- flows.discharge[0][t] / battery.dischargeEfficiency());
				flows.soc[0][t] = Math.max(battery.socMin(), Math.min(battery.socMax(), soc));
			}
		}
		return new Object[] { flows, new double[][] { electricityPrice, steamPrice } };
	}

	/**
	 * Plans step t with the battery taking {@code battery} P (charge positive); false if
	 * none.
	 */
	private static boolean step(DispatchProblem p, int t, double battery, Flows flows, double[] electricityPrice,
			double[] steamPrice) {
		DispatchProblem one = slice(p, t, battery);
		double[][] on = new double[p.chps().size()][1];
		for (int k = 0; k < on.length; k++) {
			on[k][0] = p.chps().get(k).availabilityAt(t) > 0 ? 1 : 0;
		}
		DispatchModel model = new DispatchModel(one, Commitment.FIXED, on, new double[0][1]);
		Optimisation.Result r = model.solve(0);
		if (!r.getState().isFeasible()) {
			DispatchModel relaxed = new DispatchModel(one, Commitment.RELAXED, null, null);
			Optimisation.Result rr = relaxed.solve(0);
			if (!rr.getState().isFeasible()) {
				return false;
			}
			Flows f = relaxed.flows(rr);
			for (int k = 0; k < on.length; k++) {
				on[k][0] = f.on[k][0] > 0.5 ? 1 : 0;
			}
			model = new DispatchModel(one, Commitment.FIXED, on, new double[0][1]);
			r = model.solve(0);
			if (!r.getState().isFeasible()) {
				return false;
			}
		}
		Flows f = model.flows(r);
		double[][] prices = model.prices(r);
		flows.gridImport[t] = f.gridImport[0];
		flows.gridExport[t] = f.gridExport[0];
		for (int k = 0; k < f.power.length; k++) {
			flows.power[k][t] = f.power[k][0];
			flows.admission[k][t] = f.admission[k][0];
			flows.extraction[k][t] = f.extraction[k][0];
			flows.on[k][t] = f.on[k][0];
		}
		for (int j = 0; j < f.boiler.length; j++) {
			flows.boiler[j][t] = f.boiler[j][0];
		}
		for (int r2 = 0; r2 < f.recovery.length; r2++) {
			flows.recovery[r2][t] = f.recovery[r2][0];
		}
		for (int v = 0; v < f.pvUsed.length; v++) {
			flows.pvUsed[v][t] = f.pvUsed[v][0];
		}
		electricityPrice[t] = prices[0][0];
		if (steamPrice != null) {
			steamPrice[t] = prices[1][0];
		}
		return true;
	}

	private static double[] at(double[] values, int t) {
		return values == null ? null : new double[] { values[t] };
	}

	private static DispatchProblem slice(DispatchProblem p, int t, double battery) {
		Grid g = p.grid();
		Grid grid = new Grid(g.name(), at(g.importPrice(), t), at(g.exportPrice(), t), at(g.importCap(), t),
				g.exportCap());
		List<Chp> chps = new ArrayList<>();
		for (Chp c : p.chps()) {
			chps.add(new Chp(c.name(), c.a(), c.b(), c.c(), c.admissionMin(), c.admissionMax(), c.extractionMin(),
					c.extractionMax(), c.minPower(), c.steamCost(), at(c.availability(), t),
					c.statusReason() == null ? null : new String[] { c.statusReason()[t] }));
		}
		List<Boiler> boilers = new ArrayList<>();
		for (Boiler b : p.boilers()) {
			boilers.add(new Boiler(b.name(), b.capacity(), b.steamCost(), at(b.availability(), t)));
		}
		List<HeatRecovery> recoveries = new ArrayList<>();
		for (HeatRecovery r : p.heatRecoveries()) {
			recoveries.add(new HeatRecovery(r.name(), at(r.available(), t), r.steamCost()));
		}
		List<Pv> pvs = new ArrayList<>();
		for (Pv v : p.pvs()) {
			pvs.add(new Pv(v.name(), at(v.production(), t)));
		}
		double[] demand = { p.electricityDemand()[t] + battery };
		return new DispatchProblem(List.of(p.times().get(t)), p.stepHours(), demand, at(p.steamDemand(), t), grid, chps,
				boilers, recoveries, pvs, List.of(), List.of(), p.carbonPrice(), at(p.carbonIntensity(), t), false,
				null, p.powerUnit(), p.currency());
	}

	/**
	 * The battery's net power per step (charge positive) by dynamic programming over its
	 * state.
	 */
	private static double[] schedule(DispatchProblem p, Battery b, double[] price, double[] imports) {
		int steps = p.steps();
		double h = p.stepHours();
		double range = b.socMax() - b.socMin();
		if (range <= 0 || b.power() <= 0) {
			return new double[steps];
		}
		double delta = range / LEVELS;
		int start = (int) Math.round((b.initialSoc() - b.socMin()) / delta);
		double[] value = new double[LEVELS + 1];
		int[][] choice = new int[steps][LEVELS + 1];
		// backwards: value[i] = least cost from step t on, starting the step at level i
		int endLevel = b.endSoc() == null ? 0 : (int) Math.ceil((b.endSoc() - b.socMin()) / delta - 1e-9);
		for (int i = 0; i <= LEVELS; i++) {
			value[i] = i >= endLevel ? 0 : Double.POSITIVE_INFINITY;
		}
		for (int t = steps - 1; t >= 0; t--) {
			double cap = p.grid().importCapAt(t);
			double maxCharge = Math.min(b.power(), Math.max(0, cap - imports[t]));
			double maxDischarge = Math.min(b.power(), imports[t]);
			int up = (int) Math.floor(maxCharge * h * b.chargeEfficiency() / delta + 1e-9);
			int down = (int) Math.floor(maxDischarge * h / b.dischargeEfficiency() / delta + 1e-9);
			double[] next = new double[LEVELS + 1];
			for (int i = 0; i <= LEVELS; i++) {
				double best = Double.POSITIVE_INFINITY;
				int bestJ = i;
				for (int j = Math.max(0, i - down); j <= Math.min(LEVELS, i + up); j++) {
					double net = power(j - i, delta, h, b);
					double cost = h * (price[t] * net + b.wearCost() * Math.abs(net)) + value[j];
					if (cost < best - 1e-12) {
						best = cost;
						bestJ = j;
					}
				}
				next[i] = best;
				choice[t][i] = bestJ;
			}
			value = next;
		}
		double[] net = new double[steps];
		int level = Math.max(0, Math.min(LEVELS, start));
		for (int t = 0; t < steps; t++) {
			int j = choice[t][level];
			net[t] = power(j - level, delta, h, b);
			level = j;
		}
		return net;
	}

	private static double power(int levels, double delta, double h, Battery b) {
		if (levels >= 0) {
			return levels * delta / (h * b.chargeEfficiency());
		}
		return levels * delta * b.dischargeEfficiency() / h;
	}

}
