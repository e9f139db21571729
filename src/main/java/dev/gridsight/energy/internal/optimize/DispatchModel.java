package dev.gridsight.energy.internal.optimize;

import java.util.HashMap;
import java.util.Map;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.ModelEntity;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.type.keyvalue.EntryPair;

/**
 * The dispatch problem as an ojAlgo model. The on/off variables of the machines and the
 * charge/discharge choice of the batteries are binary ({@link Commitment#INTEGER}),
 * relaxed to [0, 1] ({@link Commitment#RELAXED}) or fixed to given values
 * ({@link Commitment#FIXED}, the LP solved after a MILP for its dual values). The steam
 * balance is an equality with a free vent (steam made beyond the demand is let go at no
 * cost), so both balances are equalities whose multipliers are the marginal prices.
 */
final class DispatchModel {

	static {
		// ojAlgo's presolvers turn one-variable balances into bounds and rewrite others,
		// after
		// which the multipliers no longer belong to the balances (a hand case gave 2 for
		// a true
		// marginal price of 3, or none at all); the dispatch models are the only ojAlgo
		// models
		// in the application, and solve fast enough without them
		ExpressionsBasedModel.clearPresolvers();
	}

	enum Commitment {

		INTEGER, RELAXED, FIXED

	}

	private final DispatchProblem p;

	private final ExpressionsBasedModel model = new ExpressionsBasedModel();

	private int next;

	private final int[] gridImport;

	private final int[] gridExport;

	private final int[][] power;

	private final int[][] admission;

	private final int[][] extraction;

	private final int[][] on;

	private final int[][] boiler;

	private final int[][] recovery;

	private final int[][] pvUsed;

	private final int[][] charge;

	private final int[][] discharge;

	private final int[][] soc;

	private final int[][] charging;

	private final int[][] flexible;

	private final Expression[] electricity;

	private static final double PENALTY = 1e7;

	private final int[] electricityShort;

	private final int[] electricitySurplus;

	private final int[] steamShort;

	private final Expression[] steam;

	/**
	 * @param fixedOn for {@link Commitment#FIXED}: the machines' on values [chp][step]
	 * @param fixedCharging for {@link Commitment#FIXED}: 1 where a battery may charge
	 * (and not discharge) [battery][step]
	 */
	DispatchModel(DispatchProblem p, Commitment commitment, double[][] fixedOn, double[][] fixedCharging) {
		this(p, commitment, fixedOn, fixedCharging, false);
	}

	/**
	 * @param elastic adds shortfall and surplus variables to the balances at a
	 * prohibitive cost, so that an infeasible problem still solves and shows where it
	 * breaks
	 */
	DispatchModel(DispatchProblem p, Commitment commitment, double[][] fixedOn, double[][] fixedCharging,
			boolean elastic) {
		this.p = p;
		int steps = p.steps();
		double h = p.stepHours();
		boolean hasSteam = p.steamDemand() != null;
		int chps = p.chps().size();
		int batteries = p.batteries().size();
		gridImport = new int[steps];
		gridExport = new int[steps];
		power = new int[chps][steps];
		admission = new int[chps][steps];
		extraction = new int[chps][steps];
		on = new int[chps][steps];
		boiler = new int[p.boilers().size()][steps];
		recovery = new int[p.heatRecoveries().size()][steps];
		pvUsed = new int[p.pvs().size()][steps];
		charge = new int[batteries][steps];
		discharge = new int[batteries][steps];
		soc = new int[batteries][steps];
		charging = new int[batteries][steps];
		flexible = new int[p.flexibleLoads().size()][steps];
		electricity = new Expression[steps];
		steam = new Expression[steps];
		electricityShort = new int[steps];
		electricitySurplus = new int[steps];
		steamShort = new int[steps];
		boolean binaryBatteries = commitment != Commitment.RELAXED;
		for (int t = 0; t < steps; t++) {
			Expression balance = model.addExpression("electricity " + t).level(p.electricityDemand()[t]);
			electricity[t] = balance;
			double importCap = p.grid().importCapAt(t);
			Variable imp = variable("import " + t, 0, importCap, h * p.importCostAt(t));
			gridImport[t] = index(imp);
			balance.set(imp, 1);
			Variable exp = variable("export " + t, 0, p.grid().exportCapAt(t), -h * p.grid().exportPriceAt(t));
			gridExport[t] = index(exp);
			balance.set(exp, -1);
			Expression steamBalance = null;
			if (hasSteam) {
				steamBalance = model.addExpression("steam " + t).level(p.steamDemand()[t]);
				steam[t] = steamBalance;
				Variable vent = variable("vent " + t, 0, Double.POSITIVE_INFINITY, 0);
				steamBalance.set(vent, -1);
			}
			electricityShort[t] = -1;
			electricitySurplus[t] = -1;
			steamShort[t] = -1;
			if (elastic) {
				balance.set(variable("electricity short " + t, 0, Double.POSITIVE_INFINITY, PENALTY), 1);
				electricityShort[t] = next - 1;
				balance.set(variable("electricity surplus " + t, 0, Double.POSITIVE_INFINITY, PENALTY), -1);
				electricitySurplus[t] = next - 1;
				if (steamBalance != null) {
					steamBalance.set(variable("steam short " + t, 0, Double.POSITIVE_INFINITY, PENALTY), 1);
					steamShort[t] = next - 1;
				}
			}
			for (int k = 0; k < chps; k++) {
				Chp chp = p.chps().get(k);
				double availability = chp.availabilityAt(t);
				boolean available = availability > 0;
				double admissionMax = chp.admissionMax() * availability;
				Variable u = variable(chp.name() + " on " + t, 0, available ? 1 : 0, 0);
				if (commitment == Commitment.INTEGER && available) {
					u.binary();
				}
				if (commitment == Commitment.FIXED) {
					double value = available ? fixedOn[k][t] : 0;
					u.lower(value).upper(value);
				}
				on[k][t] = index(u);
				Variable a = variable(chp.name() + " admission " + t, 0, available ? admissionMax : 0,
						h * chp.steamCost());
				admission[k][t] = index(a);
				Variable s = variable(chp.name() + " extraction " + t, 0,
						available && hasSteam ? Math.min(chp.extractionMax(), admissionMax) : 0, 0);
				extraction[k][t] = index(s);
				Variable pw = variable(chp.name() + " power " + t, 0, Double.POSITIVE_INFINITY, 0);
				power[k][t] = index(pw);
				balance.set(pw, 1);
				if (steamBalance != null) {
					steamBalance.set(s, 1);
				}
				// power = a·admission + b·extraction + c·on
				model.addExpression(chp.name() + " power law " + t)
					.level(0)
					.set(pw, 1)
					.set(a, -chp.a())
					.set(s, -chp.b())
					.set(u, -chp.c());
				if (chp.admissionMin() > 0) {
					model.addExpression(chp.name() + " admission min " + t)
						.lower(0)
						.set(a, 1)
						.set(u, -chp.admissionMin());
				}
				model.addExpression(chp.name() + " admission max " + t).upper(0).set(a, 1).set(u, -admissionMax);
				model.addExpression(chp.name() + " extraction max " + t)
					.upper(0)
					.set(s, 1)
					.set(u, -Math.min(chp.extractionMax(), admissionMax));
				if (chp.extractionMin() > 0 && hasSteam) {
					model.addExpression(chp.name() + " extraction min " + t)
						.lower(0)
						.set(s, 1)
						.set(u, -chp.extractionMin());
				}
				model.addExpression(chp.name() + " extraction below admission " + t).upper(0).set(s, 1).set(a, -1);
				if (chp.minPower() > 0) {
					model.addExpression(chp.name() + " power min " + t).lower(0).set(pw, 1).set(u, -chp.minPower());
				}
			}
			for (int j = 0; j < boiler.length; j++) {
				Boiler b = p.boilers().get(j);
				Variable v = variable(b.name() + " " + t, 0, b.capacityAt(t), h * b.steamCost());
				boiler[j][t] = index(v);
				steamBalance.set(v, 1);
			}
			for (int r = 0; r < recovery.length; r++) {
				HeatRecovery hr = p.heatRecoveries().get(r);
				Variable v = variable(hr.name() + " " + t, 0, Math.max(0, hr.available()[t]), h * hr.steamCost());
				recovery[r][t] = index(v);
				steamBalance.set(v, 1);
			}
			for (int v = 0; v < pvUsed.length; v++) {
				Variable used = variable(p.pvs().get(v).name() + " " + t, 0,
						Math.max(0, p.pvs().get(v).production()[t]), 0);
				pvUsed[v][t] = index(used);
				balance.set(used, 1);
			}
			for (int b = 0; b < batteries; b++) {
				Battery battery = p.batteries().get(b);
				Variable ch = variable(battery.name() + " charge " + t, 0, battery.power(), h * battery.wearCost());
				charge[b][t] = index(ch);
				Variable dis = variable(battery.name() + " discharge " + t, 0, battery.power(), h * battery.wearCost());
				discharge[b][t] = index(dis);
				double socLower = battery.socMin();
				if (t == steps - 1 && battery.endSoc() != null) {
					socLower = Math.max(socLower, battery.endSoc());
				}
				Variable level = variable(battery.name() + " soc " + t, socLower, battery.socMax(), 0);
				soc[b][t] = index(level);
				balance.set(ch, -1).set(dis, 1);
				Expression update = model.addExpression(battery.name() + " soc update " + t)
					.level(t == 0 ? battery.initialSoc() : 0);
				update.set(level, 1)
					.set(ch, -h * battery.chargeEfficiency())
					.set(dis, h / battery.dischargeEfficiency());
				if (t > 0) {
					update.set(model.getVariable(soc[b][t - 1]), -1);
				}
				if (binaryBatteries) {
					Variable z = variable(battery.name() + " charging " + t, 0, 1, 0);
					if (commitment == Commitment.INTEGER) {
						z.binary();
					}
					else {
						z.lower(fixedCharging[b][t]).upper(fixedCharging[b][t]);
					}
					charging[b][t] = index(z);
					model.addExpression(battery.name() + " charge only when charging " + t)
						.upper(0)
						.set(ch, 1)
						.set(z, -battery.power());
					model.addExpression(battery.name() + " discharge only when not charging " + t)
						.upper(battery.power())
						.set(dis, 1)
						.set(z, battery.power());
				}
				else {
					charging[b][t] = -1;
				}
			}
			for (int f = 0; f < flexible.length; f++) {
				FlexibleLoad load = p.flexibleLoads().get(f);
				boolean inside = t >= load.fromStep() && t < load.toStep();
				Variable v = variable(load.name() + " " + t, 0, inside ? load.powerMax() : 0, 0);
				flexible[f][t] = index(v);
				balance.set(v, -1);
			}
		}
		for (int f = 0; f < flexible.length; f++) {
			FlexibleLoad load = p.flexibleLoads().get(f);
			Expression energy = model.addExpression(load.name() + " energy").level(load.energy());
			for (int t = 0; t < steps; t++) {
				energy.set(model.getVariable(flexible[f][t]), h);
			}
		}
	}

	private Variable variable(String name, double lower, double upper, double weight) {
		Variable v = model.addVariable(name).lower(lower);
		if (Double.isFinite(upper)) {
			v.upper(upper);
		}
		if (weight != 0) {
			v.weight(weight);
		}
		next++;
		return v;
	}

	/** The index of the variable just added. */
	/** The index of a variable, which must be the one just added. */
	private int index(Variable v) {
		int index = next - 1;
		if (model.getVariable(index) != v) {
			throw new IllegalStateException("variable " + v.getName() + " is not the last one added");
		}
		return index;
	}

	/**
	 * For an elastic model: per step {electricity short, electricity surplus, steam
	 * short}.
	 */
	double[][] gaps(Optimisation.Result r) {
		double[][] out = new double[p.steps()][3];
		for (int t = 0; t < p.steps(); t++) {
			out[t][0] = electricityShort[t] < 0 ? 0 : clean(r, electricityShort[t]);
			out[t][1] = electricitySurplus[t] < 0 ? 0 : clean(r, electricitySurplus[t]);
			out[t][2] = steamShort[t] < 0 ? 0 : clean(r, steamShort[t]);
		}
		return out;
	}

	int binaries() {
		return (int) model.getVariables().stream().filter(Variable::isInteger).count();
	}

	/** Solves within the time limit (ms, 0 = none). */
	Optimisation.Result solve(long timeLimitMs) {
		if (timeLimitMs > 0) {
			model.options.time_abort = timeLimitMs;
		}
		return model.minimise();
	}

	Flows flows(Optimisation.Result r) {
		Flows f = new Flows(p);
		for (int t = 0; t < p.steps(); t++) {
			f.gridImport[t] = clean(r, gridImport[t]);
			f.gridExport[t] = clean(r, gridExport[t]);
			copy(r, power, f.power, t);
			copy(r, admission, f.admission, t);
			copy(r, extraction, f.extraction, t);
			copy(r, on, f.on, t);
			copy(r, boiler, f.boiler, t);
			copy(r, recovery, f.recovery, t);
			copy(r, pvUsed, f.pvUsed, t);
			copy(r, charge, f.charge, t);
			copy(r, discharge, f.discharge, t);
			copy(r, soc, f.soc, t);
			copy(r, flexible, f.flexible, t);
		}
		return f;
	}

	private static void copy(Optimisation.Result r, int[][] from, double[][] to, int t) {
		for (int i = 0; i < from.length; i++) {
			to[i][t] = clean(r, from[i][t]);
		}
	}

	private static double clean(Optimisation.Result r, int index) {
		double value = r.doubleValue(index);
		return Math.abs(value) < 1e-9 ? 0 : value;
	}

	/**
	 * The marginal prices: the multipliers of the balances, sign-corrected so that a
	 * price is what one more unit of demand at that step would cost. {@code null} entries
	 * when ojAlgo reports no multiplier for a balance.
	 */
	double[][] prices(Optimisation.Result r) {
		Map<String, Double> multipliers = new HashMap<>();
		for (EntryPair.KeyedPrimitive<EntryPair<ModelEntity<?>, Optimisation.ConstraintType>> entry : r
			.getMatchedMultipliers()) {
			multipliers.put(entry.getKey().getKey().getName(), entry.doubleValue());
		}
		double h = p.stepHours();
		double[] electricityPrice = new double[p.steps()];
		double[] steamPrice = p.steamDemand() == null ? null : new double[p.steps()];
		for (int t = 0; t < p.steps(); t++) {
			electricityPrice[t] = price(multipliers.get(electricity[t].getName()), h);
			if (steamPrice != null) {
				steamPrice[t] = price(multipliers.get(steam[t].getName()), h);
			}
		}
		return new double[][] { electricityPrice, steamPrice };
	}

	private static double price(Double multiplier, double h) {
		if (multiplier == null) {
			return Double.NaN;
		}
		// the objective counts cost per step (price × stepHours), the balance power per
		// step
		double price = -multiplier / h;
		return price == 0 ? 0 : price;
	}

}
