package dev.gridsight.energy.internal.optimize;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Optimisation;

import dev.gridsight.energy.internal.optimize.DispatchModel.Commitment;

/**
 * Says in words why a problem has no plan. {@link #before} checks each step on its own
 * before the solver runs (steam demand against all the steam the available assets can
 * make, electricity demand against all the power the machines, the grid, PV and batteries
 * can give, a flexible load's energy against its window, a battery's end state against
 * what it can reach); {@link #after} explains a conflict only the solver finds (steam and
 * power made by the same machines, minimum power with nowhere to send it) by solving the
 * LP with penalised shortfalls and naming where they appear.
 */
final class Feasibility {

	private static final double TOLERANCE = 1e-6;

	private Feasibility() {
	}

	/** The first conflict found step by step, or {@code null}. */
	static String before(DispatchProblem p) {
		List<String> problems = new ArrayList<>();
		int failingSteam = 0;
		int failingPower = 0;
		String firstSteam = null;
		String firstPower = null;
		for (int t = 0; t < p.steps(); t++) {
			if (p.steamDemand() != null) {
				String words = steam(p, t);
				if (words != null) {
					failingSteam++;
					firstSteam = firstSteam == null ? words : firstSteam;
				}
			}
			String words = electricity(p, t);
			if (words != null) {
				failingPower++;
				firstPower = firstPower == null ? words : firstPower;
			}
		}
		if (firstSteam != null) {
			problems.add(firstSteam + more(failingSteam));
		}
		if (firstPower != null) {
			problems.add(firstPower + more(failingPower));
		}
		double h = p.stepHours();
		for (FlexibleLoad load : p.flexibleLoads()) {
			double most = (load.toStep() - load.fromStep()) * h * load.powerMax();
			if (load.energy() > most + TOLERANCE) {
				problems.add(load.name() + " needs " + Words.num(load.energy()) + " " + p.energyUnit() + " between "
						+ Words.time(p.times().get(Math.min(load.fromStep(), p.steps() - 1))) + " and "
						+ (load.toStep() >= p.steps() ? "the end of the horizon"
								: Words.time(p.times().get(load.toStep())))
						+ " but can take at most " + Words.num(most) + " " + p.energyUnit() + " ("
						+ Words.num(load.powerMax()) + " " + p.powerUnit() + " for "
						+ Words.num((load.toStep() - load.fromStep()) * h) + " h)");
			}
		}
		for (Battery battery : p.batteries()) {
			if (battery.endSoc() != null) {
				double reachable = Math.min(battery.socMax(),
						battery.initialSoc() + p.steps() * h * battery.power() * battery.chargeEfficiency());
				if (battery.endSoc() > reachable + TOLERANCE) {
					problems.add(battery.name() + " must end at " + Words.num(battery.endSoc()) + " " + p.energyUnit()
							+ " but can reach at most " + Words.num(reachable) + " " + p.energyUnit() + " from "
							+ Words.num(battery.initialSoc()) + " " + p.energyUnit() + " at "
							+ Words.num(battery.power()) + " " + p.powerUnit());
				}
			}
		}
		return problems.isEmpty() ? null : String.join("; ", problems);
	}

	private static String more(int failing) {
		return failing > 1 ? " (and in " + (failing - 1) + " more step" + (failing > 2 ? "s" : "") + ")" : "";
	}

	private static String steam(DispatchProblem p, int t) {
		double demand = p.steamDemand()[t];
		double most = 0;
		List<String> makers = new ArrayList<>();
		List<String> unavailable = new ArrayList<>();
		for (Chp chp : p.chps()) {
			double extraction = chp.maxExtractionAt(t);
			most += extraction;
			if (extraction > 0) {
				makers.add(chp.name());
			}
			String reason = chp.reasonAt(t);
			if (reason != null) {
				unavailable.add(status(chp.name(), reason));
			}
		}
		for (Boiler boiler : p.boilers()) {
			double capacity = boiler.capacityAt(t);
			most += capacity;
			if (capacity > 0) {
				makers.add(boiler.name());
			}
			if (capacity < boiler.capacity()) {
				unavailable.add(status(boiler.name(), capacity <= 0 ? "off"
						: "derated to " + Math.round(100 * capacity / Math.max(TOLERANCE, boiler.capacity())) + "%"));
			}
		}
		for (HeatRecovery recovery : p.heatRecoveries()) {
			double available = Math.max(0, recovery.available()[t]);
			most += available;
			if (available > 0) {
				makers.add(recovery.name());
			}
		}
		if (demand <= most + TOLERANCE) {
			return null;
		}
		return "steam demand " + Words.num(demand) + " t/h at " + Words.time(p.times().get(t)) + " exceeds what "
				+ Words.and(makers) + " can make" + (unavailable.isEmpty() ? "" : " while " + Words.and(unavailable))
				+ ": " + Words.num(most) + " t/h";
	}

	private static String electricity(DispatchProblem p, int t) {
		double demand = p.electricityDemand()[t];
		double most = 0;
		List<String> makers = new ArrayList<>();
		List<String> unavailable = new ArrayList<>();
		for (Chp chp : p.chps()) {
			double power = chp.maxPowerAt(t);
			most += power;
			if (power > 0) {
				makers.add(chp.name());
			}
			String reason = chp.reasonAt(t);
			if (reason != null) {
				unavailable.add(status(chp.name(), reason));
			}
		}
		double cap = p.grid().importCapAt(t);
		most += cap;
		if (cap > 0) {
			makers.add(Double.isFinite(cap) ? "the grid (import cap " + Words.num(cap) + " " + p.powerUnit() + ")"
					: "the grid");
		}
		for (Pv pv : p.pvs()) {
			most += Math.max(0, pv.production()[t]);
			if (pv.production()[t] > 0) {
				makers.add(pv.name());
			}
		}
		for (Battery battery : p.batteries()) {
			most += battery.power();
			if (battery.power() > 0) {
				makers.add(battery.name());
			}
		}
		if (demand <= most + TOLERANCE) {
			return null;
		}
		return "electricity demand " + Words.num(demand) + " " + p.powerUnit() + " at " + Words.time(p.times().get(t))
				+ " exceeds what " + Words.and(makers) + " can supply"
				+ (unavailable.isEmpty() ? "" : " while " + Words.and(unavailable)) + ": " + Words.num(most) + " "
				+ p.powerUnit();
	}

	private static String status(String name, String reason) {
		if (reason.equals("maintenance")) {
			return name + " is in maintenance";
		}
		return name + " is " + reason;
	}

	/** Words for a conflict the step checks did not see. */
	static String after(DispatchProblem p) {
		DispatchModel elastic = new DispatchModel(p, Commitment.RELAXED, null, null, true);
		Optimisation.Result r = elastic.solve(0);
		if (!r.getState().isFeasible()) {
			return "no plan satisfies the constraints together (each step alone could be met): check the "
					+ "batteries' end state, the flexible loads' windows and the machines' minimum power";
		}
		double[][] gaps = elastic.gaps(r);
		List<String> found = new ArrayList<>();
		int steps = 0;
		for (int t = 0; t < p.steps(); t++) {
			List<String> here = new ArrayList<>();
			if (gaps[t][2] > TOLERANCE) {
				here.add("steam demand " + Words.num(p.steamDemand()[t]) + " t/h is short by " + Words.num(gaps[t][2])
						+ " t/h when the machines also make the power needed");
			}
			if (gaps[t][0] > TOLERANCE) {
				here.add("electricity demand " + Words.num(p.electricityDemand()[t]) + " " + p.powerUnit()
						+ " is short by " + Words.num(gaps[t][0]) + " " + p.powerUnit()
						+ " when the machines also make the steam needed");
			}
			if (gaps[t][1] > TOLERANCE) {
				here.add("the machines' minimum power leaves " + Words.num(gaps[t][1]) + " " + p.powerUnit()
						+ " that the site can neither use nor export");
			}
			if (!here.isEmpty()) {
				steps++;
				if (found.isEmpty()) {
					found.add("at " + Words.time(p.times().get(t)) + " " + String.join(" and ", here));
				}
			}
		}
		if (found.isEmpty()) {
			return "no plan satisfies the constraints together (each step alone could be met): check the "
					+ "batteries' end state, the flexible loads' windows and the machines' minimum power";
		}
		return found.get(0) + more(steps);
	}

}
