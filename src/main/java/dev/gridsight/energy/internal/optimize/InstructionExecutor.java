package dev.gridsight.energy.internal.optimize;

/**
 * Runs one step's battery instruction against the actual load and PV, the way the product
 * runs a real site; the grid covers the rest and takes any surplus. Rules (powers in P,
 * limited by the battery's power and by what its state of charge allows after
 * efficiencies):
 * <ul>
 * <li>{@code cover_load}: discharge to cover the net load (load − PV) up to the setpoint;
 * when the net load is negative, store the surplus.</li>
 * <li>{@code hold} and {@code charge_from_surplus}: never discharge; store surplus PV up
 * to the setpoint (0: store nothing).</li>
 * <li>{@code charge_from_grid}: charge at the setpoint, or at the surplus when that is
 * larger; surplus first, the grid for the rest.</li>
 * <li>{@code discharge}: discharge at the setpoint whatever the load.</li>
 * </ul>
 */
public final class InstructionExecutor {

	private InstructionExecutor() {
	}

	/** The step's battery flows and the grid's import and export after it, in P. */
	public record Step(double charge, double discharge, double socAfter, double gridImport, double gridExport) {
	}

	/** Applies one battery instruction to the actual load and PV of one step. */
	public static Step execute(Instruction battery, Battery spec, double soc, double actualLoad, double actualPv,
			double stepHours) {
		if (!(stepHours > 0)) {
			throw new IllegalArgumentException("the step must be a positive number of hours, not " + stepHours);
		}
		if (Double.isNaN(actualLoad) || Double.isNaN(actualPv) || Double.isNaN(soc)) {
			throw new IllegalArgumentException("the actual load, PV and state of charge must be numbers");
		}
		double net = actualLoad - actualPv;
		double surplus = Math.max(0, -net);
		double setpoint = battery.setpoint() == null ? spec.power() : Math.max(0, battery.setpoint());
		double maxCharge = Math.max(0,
				Math.min(spec.power(), (spec.socMax() - soc) / (stepHours * spec.chargeEfficiency())));
		double maxDischarge = Math.max(0,
				Math.min(spec.power(), (soc - spec.socMin()) * spec.dischargeEfficiency() / stepHours));
		double charge = 0;
		double discharge = 0;
		switch (battery.action()) {
			case Instruction.COVER_LOAD:
				if (net > 0) {
					discharge = Math.min(Math.min(net, setpoint), maxDischarge);
				}
				else {
					charge = Math.min(surplus, maxCharge);
				}
				break;
			case Instruction.HOLD:
			case Instruction.CHARGE_FROM_SURPLUS:
				charge = Math.min(Math.min(surplus, setpoint), maxCharge);
				break;
			case Instruction.CHARGE_FROM_GRID:
				charge = Math.min(Math.max(setpoint, surplus), maxCharge);
				break;
			case Instruction.DISCHARGE:
				discharge = Math.min(setpoint, maxDischarge);
				break;
			default:
				throw new IllegalArgumentException("unknown battery action " + battery.action());
		}
		double socAfter = soc + stepHours * (charge * spec.chargeEfficiency() - discharge / spec.dischargeEfficiency());
		socAfter = Math.max(spec.socMin(), Math.min(spec.socMax(), socAfter));
		double exchange = net + charge - discharge;
		return new Step(charge, discharge, socAfter, Math.max(0, exchange), Math.max(0, -exchange));
	}

}
