package dev.gridsight.energy.internal.optimize;

import java.util.ArrayList;
import java.util.List;

/** The constraints that bind in each step of a plan, in words. */
final class Binding {

	private static final double TOLERANCE = 1e-6;

	private Binding() {
	}

	static List<List<String>> words(DispatchProblem p, Flows f) {
		List<List<String>> out = new ArrayList<>();
		for (int t = 0; t < f.steps; t++) {
			List<String> step = new ArrayList<>();
			for (int k = 0; k < f.power.length; k++) {
				Chp chp = p.chps().get(k);
				double availability = chp.availabilityAt(t);
				if (availability <= 0) {
					step.add(chp.name() + " unavailable (" + chp.reasonAt(t) + ")");
					continue;
				}
				if (f.on[k][t] < TOLERANCE) {
					continue;
				}
				double admissionMax = chp.admissionMax() * availability * f.on[k][t];
				if (f.admission[k][t] >= admissionMax - near(admissionMax)) {
					step.add(chp.name() + " at maximum admission"
							+ (availability < 1 ? " (" + chp.reasonAt(t) + ")" : ""));
				}
				else if (chp.admissionMin() > 0 && f.admission[k][t] <= chp.admissionMin() * f.on[k][t] + TOLERANCE) {
					step.add(chp.name() + " at minimum admission");
				}
				double extractionMax = Math.min(chp.extractionMax(), chp.admissionMax() * availability) * f.on[k][t];
				if (p.steamDemand() != null && extractionMax > 0
						&& f.extraction[k][t] >= extractionMax - near(extractionMax)) {
					step.add(chp.name() + " at maximum extraction");
				}
				if (chp.minPower() > 0 && f.power[k][t] <= chp.minPower() * f.on[k][t] + TOLERANCE) {
					step.add(chp.name() + " at minimum power");
				}
			}
			for (int j = 0; j < f.boiler.length; j++) {
				double capacity = p.boilers().get(j).capacityAt(t);
				if (capacity > 0 && f.boiler[j][t] >= capacity - near(capacity)) {
					step.add(p.boilers().get(j).name() + " at capacity");
				}
			}
			for (int r = 0; r < f.recovery.length; r++) {
				double available = p.heatRecoveries().get(r).available()[t];
				if (available > 0 && f.recovery[r][t] >= available - near(available)) {
					step.add(p.heatRecoveries().get(r).name() + " fully used");
				}
			}
			double cap = p.grid().importCapAt(t);
			if (Double.isFinite(cap) && f.gridImport[t] >= cap - near(cap)) {
				step.add("grid import at cap");
			}
			double exportCap = p.grid().exportCapAt(t);
			if (exportCap > 0 && Double.isFinite(exportCap) && f.gridExport[t] >= exportCap - near(exportCap)) {
				step.add("grid export at cap");
			}
			for (int b = 0; b < f.charge.length; b++) {
				Battery battery = p.batteries().get(b);
				if (f.soc[b][t] >= battery.socMax() - near(battery.socMax())) {
					step.add(battery.name() + " full");
				}
				else if (f.soc[b][t] <= battery.socMin() + near(battery.socMax())) {
					step.add(battery.name() + " empty");
				}
				if (battery.power() > 0
						&& Math.max(f.charge[b][t], f.discharge[b][t]) >= battery.power() - near(battery.power())) {
					step.add(battery.name() + " at full power");
				}
			}
			for (int v = 0; v < f.pvUsed.length; v++) {
				double curtailed = p.pvs().get(v).production()[t] - f.pvUsed[v][t];
				if (curtailed > near(p.pvs().get(v).production()[t])) {
					step.add(p.pvs().get(v).name() + " curtailed");
				}
			}
			for (int l = 0; l < f.flexible.length; l++) {
				double max = p.flexibleLoads().get(l).powerMax();
				if (max > 0 && f.flexible[l][t] >= max - near(max)) {
					step.add(p.flexibleLoads().get(l).name() + " at maximum power");
				}
			}
			out.add(List.copyOf(step));
		}
		return out;
	}

	private static double near(double scale) {
		return TOLERANCE * Math.max(1, Math.abs(scale));
	}

}
