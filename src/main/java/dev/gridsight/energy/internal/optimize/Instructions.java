package dev.gridsight.energy.internal.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan's flows into instructions an executor can follow against actual values.
 * <p>
 * Batteries are not given planned powers to replay: real load and PV differ from the
 * forecast, and replaying the plan's powers blindly imports at peak and throws away
 * surplus PV. Each step is classified instead:
 * <ul>
 * <li>The plan's "most valuable" discharge steps are those whose import cost is the
 * highest among the steps where the plan discharges (with no planned discharge at all:
 * the steps at the horizon's highest import cost). In such a step, unless the plan
 * charges from the grid there, the battery gets {@code cover_load} at its full power:
 * with one price level, serving whatever load comes is as good as the plan's split
 * between those steps.</li>
 * <li>Any other planned discharge: {@code cover_load} up to the planned discharge power
 * (the plan rations the energy for dearer steps), or {@code discharge} at the planned
 * power when it exports and export pays.</li>
 * <li>A planned charge that the plan's own surplus (PV and machines above the load)
 * covers: {@code charge_from_surplus} at up to full power; a planned charge beyond the
 * surplus: {@code charge_from_grid} at the planned power (surplus first).</li>
 * <li>Otherwise {@code hold}: no discharge, but surplus PV is still stored (setpoint =
 * full power) unless export pays at that step (setpoint 0), since stored surplus is worth
 * the import it later displaces while an export earns nothing.</li>
 * </ul>
 * {@code cover_load} also stores surplus PV when the actual net load is negative.
 */
final class Instructions {

	private static final double TOLERANCE = 1e-6;

	private Instructions() {
	}

	static List<List<Instruction>> write(DispatchProblem p, Flows f) {
		String unit = p.powerUnit();
		double[] valuableFrom = new double[f.charge.length];
		for (int b = 0; b < f.charge.length; b++) {
			double best = Double.NEGATIVE_INFINITY;
			double horizonMax = Double.NEGATIVE_INFINITY;
			for (int t = 0; t < f.steps; t++) {
				horizonMax = Math.max(horizonMax, p.importCostAt(t));
				if (f.discharge[b][t] > TOLERANCE) {
					best = Math.max(best, p.importCostAt(t));
				}
			}
			valuableFrom[b] = best == Double.NEGATIVE_INFINITY ? horizonMax : best;
		}
		List<List<Instruction>> out = new ArrayList<>();
		for (int t = 0; t < f.steps; t++) {
			List<Instruction> step = new ArrayList<>();
			for (int k = 0; k < f.power.length; k++) {
				Chp chp = p.chps().get(k);
				if (f.on[k][t] > 0.5 || (!p.integer() && f.admission[k][t] > TOLERANCE)) {
					step.add(new Instruction(chp.name(), "run", f.power[k][t],
							chp.name() + ": run at " + Words.num(f.power[k][t]) + " " + unit + " (admission "
									+ Words.num(f.admission[k][t]) + " t/h, extraction " + Words.num(f.extraction[k][t])
									+ " t/h)"));
				}
				else {
					String reason = chp.availabilityAt(t) <= 0 ? " (" + chp.reasonAt(t) + ")" : "";
					step.add(new Instruction(chp.name(), "off", 0.0, chp.name() + ": off" + reason));
				}
			}
			for (int j = 0; j < f.boiler.length; j++) {
				String name = p.boilers().get(j).name();
				if (f.boiler[j][t] > TOLERANCE) {
					step.add(new Instruction(name, "make", f.boiler[j][t],
							name + ": make " + Words.num(f.boiler[j][t]) + " t/h of steam"));
				}
				else {
					step.add(new Instruction(name, "standby", 0.0, name + ": stand by"));
				}
			}
			for (int b = 0; b < f.charge.length; b++) {
				step.add(battery(p, f, b, t, valuableFrom[b]));
			}
			for (int l = 0; l < f.flexible.length; l++) {
				String name = p.flexibleLoads().get(l).name();
				if (f.flexible[l][t] > TOLERANCE) {
					step.add(new Instruction(name, "run", f.flexible[l][t],
							name + ": run at " + Words.num(f.flexible[l][t]) + " " + unit));
				}
				else {
					step.add(new Instruction(name, "wait", 0.0, name + ": wait"));
				}
			}
			String grid = p.grid().name();
			if (f.gridExport[t] > TOLERANCE) {
				step.add(new Instruction(grid, "export", f.gridExport[t],
						grid + ": export about " + Words.num(f.gridExport[t]) + " " + unit));
			}
			else {
				double cap = p.grid().importCapAt(t);
				String capWords = Double.isFinite(cap) ? ", never above the cap of " + Words.num(cap) + " " + unit : "";
				step.add(new Instruction(grid, "import", f.gridImport[t], grid + ": import about "
						+ Words.num(f.gridImport[t]) + " " + unit + " (the rest of the load)" + capWords));
			}
			out.add(List.copyOf(step));
		}
		return out;
	}

	private static Instruction battery(DispatchProblem p, Flows f, int b, int t, double valuableFrom) {
		Battery battery = p.batteries().get(b);
		String name = battery.name();
		String unit = p.powerUnit();
		double charge = f.charge[b][t];
		double discharge = f.discharge[b][t];
		double surplus = Math.max(0,
				f.pvProduction(p, t) + f.chpPowerAt(t) - p.electricityDemand()[t] - f.flexibleAt(t));
		boolean exportPays = p.grid().exportPriceAt(t) > 0 && p.grid().exportCapAt(t) > 0;
		boolean chargesFromGrid = charge > surplus + TOLERANCE;
		boolean valuable = p.importCostAt(t) >= valuableFrom - 1e-9;
		if (discharge > TOLERANCE && exportPays && f.gridExport[t] > TOLERANCE) {
			return new Instruction(name, Instruction.DISCHARGE, discharge,
					name + ": discharge at " + Words.num(discharge) + " " + unit + " (export pays)");
		}
		if (valuable && !(charge > TOLERANCE && chargesFromGrid)) {
			return new Instruction(name, Instruction.COVER_LOAD, battery.power(),
					name + ": cover the load up to " + Words.num(battery.power()) + " " + unit + " (planned "
							+ Words.num(discharge) + " " + unit + "); store any surplus PV");
		}
		if (discharge > TOLERANCE) {
			return new Instruction(name, Instruction.COVER_LOAD, discharge, name + ": cover the load up to "
					+ Words.num(discharge) + " " + unit + "; keep the rest for dearer hours; store any surplus PV");
		}
		if (charge > TOLERANCE && !chargesFromGrid) {
			return new Instruction(name, Instruction.CHARGE_FROM_SURPLUS, battery.power(),
					name + ": charge from surplus PV only, up to " + Words.num(battery.power()) + " " + unit
							+ " (planned " + Words.num(charge) + " " + unit + "); do not import to charge");
		}
		if (charge > TOLERANCE) {
			return new Instruction(name, Instruction.CHARGE_FROM_GRID, charge, name + ": charge at " + Words.num(charge)
					+ " " + unit + ", from surplus PV first and the grid for the rest");
		}
		double store = exportPays ? 0 : battery.power();
		return new Instruction(name, Instruction.HOLD, store, name + ": hold (do not discharge)"
				+ (store > 0 ? "; store any surplus PV up to " + Words.num(store) + " " + unit : ""));
	}

}
