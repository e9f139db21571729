package dev.gridsight.energy.internal.optimize;

import dev.gridsight.energy.internal.optimize.DispatchPlan.Status;

/**
 * Today's practice when the data has no history of it: a fixed merit order, step by step,
 * with no look-ahead. Steam: heat recovery first, then the available machines sharing the
 * rest in proportion to their extraction limits, then the boilers in order. Electricity:
 * the machines run at full admission unless the site could not use the power (then all
 * are backed off together, never below their minimum), flexible loads run as early as
 * their window allows, PV serves the load, batteries only store surplus and cover the
 * load (self-consumption, the {@code cover_load} rule of {@link InstructionExecutor}),
 * the grid covers the rest and takes what it may; surplus beyond the export cap curtails
 * PV. Its marginal prices are the import cost and the cost of the last steam source used.
 */
public final class MeritOrder {

	private MeritOrder() {
	}

	/**
	 * The merit-order plan of the problem (status OPTIMAL means only that it was made).
	 */
	public static DispatchPlan baseline(DispatchProblem p) {
		long start = System.nanoTime();
		Flows f = new Flows(p);
		double h = p.stepHours();
		double[] electricityPrice = new double[p.steps()];
		double[] steamPrice = p.steamDemand() == null ? null : new double[p.steps()];
		double[] flexibleLeft = new double[p.flexibleLoads().size()];
		for (int l = 0; l < flexibleLeft.length; l++) {
			flexibleLeft[l] = p.flexibleLoads().get(l).energy();
		}
		double[] soc = new double[p.batteries().size()];
		for (int b = 0; b < soc.length; b++) {
			soc[b] = p.batteries().get(b).initialSoc();
		}
		for (int t = 0; t < p.steps(); t++) {
			double marginalSteam = 0;
			if (p.steamDemand() != null) {
				double need = p.steamDemand()[t];
				for (int r = 0; r < f.recovery.length; r++) {
					HeatRecovery recovery = p.heatRecoveries().get(r);
					f.recovery[r][t] = Math.min(need, Math.max(0, recovery.available()[t]));
					need -= f.recovery[r][t];
					if (f.recovery[r][t] > 0) {
						marginalSteam = recovery.steamCost();
					}
				}
				double total = 0;
				for (Chp chp : p.chps()) {
					total += chp.maxExtractionAt(t);
				}
				if (total > 0 && need > 0) {
					double share = Math.min(1, need / total);
					for (int k = 0; k < f.power.length; k++) {
						f.extraction[k][t] = p.chps().get(k).maxExtractionAt(t) * share;
					}
					need -= Math.min(need, total);
					marginalSteam = p.chps().get(0).steamCost();
				}
				for (int j = 0; j < f.boiler.length; j++) {
					f.boiler[j][t] = Math.min(need, p.boilers().get(j).capacityAt(t));
					need -= f.boiler[j][t];
					if (f.boiler[j][t] > 0) {
						marginalSteam = p.boilers().get(j).steamCost();
					}
				}
				steamPrice[t] = marginalSteam;
			}
			double flexible = 0;
			for (int l = 0; l < flexibleLeft.length; l++) {
				FlexibleLoad load = p.flexibleLoads().get(l);
				if (t >= load.fromStep() && t < load.toStep() && flexibleLeft[l] > 0) {
					f.flexible[l][t] = Math.min(load.powerMax(), flexibleLeft[l] / h);
					flexibleLeft[l] -= f.flexible[l][t] * h;
					flexible += f.flexible[l][t];
				}
			}
			double pv = f.pvProduction(p, t);
			double usable = p.electricityDemand()[t] + flexible - pv + p.grid().exportCapAt(t);
			runMachines(p, f, t, Math.max(0, usable));
			double chpPower = f.chpPowerAt(t);
			double load = p.electricityDemand()[t] + flexible - chpPower;
			double produced = pv;
			for (int b = 0; b < soc.length; b++) {
				Battery battery = p.batteries().get(b);
				Instruction rule = new Instruction(battery.name(), Instruction.COVER_LOAD, battery.power(), "");
				InstructionExecutor.Step step = InstructionExecutor.execute(rule, battery, soc[b], load, produced, h);
				f.charge[b][t] = step.charge();
				f.discharge[b][t] = step.discharge();
				f.soc[b][t] = step.socAfter();
				soc[b] = step.socAfter();
				load += step.charge() - step.discharge();
			}
			double exchange = load - produced;
			f.gridImport[t] = Math.max(0, exchange);
			double surplus = Math.max(0, -exchange);
			f.gridExport[t] = Math.min(surplus, p.grid().exportCapAt(t));
			double curtail = surplus - f.gridExport[t];
			for (int v = 0; v < f.pvUsed.length; v++) {
				double production = Math.max(0, p.pvs().get(v).production()[t]);
				double cut = Math.min(curtail, production);
				f.pvUsed[v][t] = production - cut;
				curtail -= cut;
			}
			electricityPrice[t] = p.importCostAt(t);
		}
		return new DispatchPlan(Status.OPTIMAL, f.cost(p), (System.nanoTime() - start) / 1_000_000, Flows.columns(p),
				f.table(p), electricityPrice, steamPrice, Binding.words(p, f), Instructions.write(p, f), null, 0);
	}

	/**
	 * Runs the available machines at full admission, backed off together to what the site
	 * can use.
	 */
	private static void runMachines(DispatchProblem p, Flows f, int t, double usable) {
		double[] low = new double[f.power.length];
		double[] high = new double[f.power.length];
		double lowPower = 0;
		double highPower = 0;
		for (int k = 0; k < f.power.length; k++) {
			Chp chp = p.chps().get(k);
			double availability = chp.availabilityAt(t);
			if (availability <= 0) {
				continue;
			}
			double s = f.extraction[k][t];
			double minimum = Math.max(chp.admissionMin(), s);
			if (chp.a() > 0) {
				minimum = Math.max(minimum, (chp.minPower() - chp.b() * s - chp.c()) / chp.a());
			}
			high[k] = chp.admissionMax() * availability;
			low[k] = Math.min(minimum, high[k]);
			lowPower += power(chp, low[k], s);
			highPower += power(chp, high[k], s);
		}
		double fraction = highPower <= usable || highPower <= lowPower ? 1
				: Math.max(0, (usable - lowPower) / (highPower - lowPower));
		for (int k = 0; k < f.power.length; k++) {
			if (high[k] <= 0) {
				continue;
			}
			Chp chp = p.chps().get(k);
			f.on[k][t] = 1;
			f.admission[k][t] = low[k] + fraction * (high[k] - low[k]);
			f.power[k][t] = power(chp, f.admission[k][t], f.extraction[k][t]);
		}
	}

	private static double power(Chp chp, double admission, double extraction) {
		return Math.max(0, chp.a() * admission + chp.b() * extraction + chp.c());
	}

}
