package dev.gridsight.energy.internal.optimize;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A builder of small dispatch problems for the tests. */
final class Problems {

	static final LocalDateTime START = LocalDateTime.of(2025, 3, 12, 9, 0);

	private final int steps;

	double stepHours = 1;

	double[] electricity;

	double[] steam;

	double[] importPrice;

	double[] exportPrice;

	double[] importCap;

	double exportCap;

	final List<Chp> chps = new ArrayList<>();

	final List<Boiler> boilers = new ArrayList<>();

	final List<HeatRecovery> recoveries = new ArrayList<>();

	final List<Pv> pvs = new ArrayList<>();

	final List<Battery> batteries = new ArrayList<>();

	final List<FlexibleLoad> flexibleLoads = new ArrayList<>();

	boolean integer;

	String powerUnit = "MW";

	String currency = "EUR";

	private Problems(int steps) {
		this.steps = steps;
		this.electricity = new double[steps];
		this.importPrice = constant(steps, 100);
	}

	static Problems hours(int steps) {
		return new Problems(steps);
	}

	/**
	 * A home's arbitrage day in four hours: 1, 1, 2, 2 kWh of load at 0.1, 0.1, 0.4, 0.4
	 * USD/kWh and an empty 2 kWh / 5 kW battery with √0.9 charge and discharge
	 * efficiency.
	 */
	static Problems arbitrageDay() {
		double e = Math.sqrt(0.9);
		return hours(4).home()
			.electricity(1, 1, 2, 2)
			.prices(0.1, 0.1, 0.4, 0.4)
			.battery(new Battery("Battery", 2, 5, e, e, 0, 2, 0, null, 0));
	}

	static double[] constant(int steps, double value) {
		double[] out = new double[steps];
		Arrays.fill(out, value);
		return out;
	}

	Problems electricity(double... values) {
		this.electricity = values;
		return this;
	}

	Problems steam(double... values) {
		this.steam = values;
		return this;
	}

	Problems prices(double... values) {
		this.importPrice = values;
		return this;
	}

	Problems integer() {
		this.integer = true;
		return this;
	}

	Problems home() {
		this.powerUnit = "kW";
		this.currency = "USD";
		return this;
	}

	/** A machine with power = a·admission (no extraction loss, no intercept). */
	Problems chp(String name, double a, double admissionMax, double extractionMax, double steamCost,
			double[] availability, String[] reason) {
		chps.add(new Chp(name, a, 0, 0, 0, admissionMax, 0, extractionMax, 0, steamCost, availability, reason));
		return this;
	}

	Problems chp(Chp chp) {
		chps.add(chp);
		return this;
	}

	Problems boiler(String name, double capacity, double cost) {
		boilers.add(new Boiler(name, capacity, cost, null));
		return this;
	}

	Problems recovery(String name, double available, double cost) {
		recoveries.add(new HeatRecovery(name, constant(steps, available), cost));
		return this;
	}

	Problems pv(double... production) {
		pvs.add(new Pv("PV", production));
		return this;
	}

	Problems battery(Battery battery) {
		batteries.add(battery);
		return this;
	}

	DispatchProblem build() {
		List<LocalDateTime> times = new ArrayList<>();
		for (int t = 0; t < steps; t++) {
			times.add(START.plusMinutes(Math.round(t * stepHours * 60)));
		}
		Grid grid = new Grid("Grid", importPrice, exportPrice, importCap, exportCap);
		return new DispatchProblem(times, stepHours, electricity, steam, grid, chps, boilers, recoveries, pvs,
				batteries, flexibleLoads, 0, null, integer, Duration.ofSeconds(30), powerUnit, currency);
	}

}
