package dev.gridsight.energy.internal.optimize;

/**
 * What one asset does in one step, for an operator or an executor to follow against
 * actual values. Battery actions: {@code cover_load} (discharge to cover the net load, up
 * to {@code setpoint} power; store surplus PV), {@code hold} (no discharge; store surplus
 * PV up to {@code setpoint}, 0 = none), {@code charge_from_surplus} (charge from surplus
 * PV only, up to {@code setpoint}), {@code charge_from_grid} (charge at {@code setpoint},
 * from surplus PV first, the grid for the rest), {@code discharge} (discharge at
 * {@code setpoint} whatever the load, when export pays). Chp: {@code run} (setpoint =
 * power) or {@code off}; boiler: {@code make} (setpoint t/h) or {@code standby}; grid:
 * {@code import} or {@code export} (setpoint = planned power); flexible load: {@code run}
 * or {@code wait}. {@code text} is the sentence.
 */
public record Instruction(String asset, String action, Double setpoint, String text) {

	public static final String COVER_LOAD = "cover_load";

	public static final String HOLD = "hold";

	public static final String CHARGE_FROM_SURPLUS = "charge_from_surplus";

	public static final String CHARGE_FROM_GRID = "charge_from_grid";

	public static final String DISCHARGE = "discharge";

}
