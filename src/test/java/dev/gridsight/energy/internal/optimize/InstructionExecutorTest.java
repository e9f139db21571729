package dev.gridsight.energy.internal.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InstructionExecutorTest {

	private static final double E = Math.sqrt(0.9);

	private final Battery battery = new Battery("Battery", 6.4, 5, E, E, 0, 6.4, 0, null, 0);

	private static Instruction instruction(String action, double setpoint) {
		return new Instruction("Battery", action, setpoint, "");
	}

	@Test
	void coversTheActualLoadNotThePlannedPower() {
		InstructionExecutor.Step step = InstructionExecutor.execute(instruction(Instruction.COVER_LOAD, 5), battery,
				6.4, 3, 0.5, 1);

		assertThat(step.discharge()).isCloseTo(2.5, within(1e-9));
		assertThat(step.gridImport()).isZero();
		assertThat(step.socAfter()).isCloseTo(6.4 - 2.5 / E, within(1e-9));
	}

	@Test
	void coverLoadStoresSurplusPv() {
		InstructionExecutor.Step step = InstructionExecutor.execute(instruction(Instruction.COVER_LOAD, 5), battery, 1,
				1, 3, 1);

		assertThat(step.charge()).isCloseTo(2, within(1e-9));
		assertThat(step.gridExport()).isZero();
	}

	@Test
	void coverLoadStopsWhenTheBatteryIsEmpty() {
		InstructionExecutor.Step step = InstructionExecutor.execute(instruction(Instruction.COVER_LOAD, 5), battery, 1,
				4, 0, 1);

		assertThat(step.discharge()).isCloseTo(E, within(1e-9));
		assertThat(step.socAfter()).isCloseTo(0, within(1e-9));
		assertThat(step.gridImport()).isCloseTo(4 - E, within(1e-9));
	}

	@Test
	void holdNeverDischargesButStoresSurplusUpToItsSetpoint() {
		InstructionExecutor.Step deficit = InstructionExecutor.execute(instruction(Instruction.HOLD, 5), battery, 5, 3,
				0, 1);
		InstructionExecutor.Step surplus = InstructionExecutor.execute(instruction(Instruction.HOLD, 5), battery, 0, 1,
				4, 1);
		InstructionExecutor.Step strict = InstructionExecutor.execute(instruction(Instruction.HOLD, 0), battery, 0, 1,
				4, 1);

		assertThat(deficit.discharge()).isZero();
		assertThat(deficit.gridImport()).isCloseTo(3, within(1e-9));
		assertThat(surplus.charge()).isCloseTo(3, within(1e-9));
		assertThat(strict.charge()).isZero();
		assertThat(strict.gridExport()).isCloseTo(3, within(1e-9));
	}

	@Test
	void chargeFromSurplusNeverImportsToCharge() {
		InstructionExecutor.Step step = InstructionExecutor.execute(instruction(Instruction.CHARGE_FROM_SURPLUS, 5),
				battery, 0, 2, 1, 1);

		assertThat(step.charge()).isZero();
		assertThat(step.gridImport()).isCloseTo(1, within(1e-9));
	}

	@Test
	void chargeFromGridChargesAtTheSetpointUpToTheRoomLeft() {
		InstructionExecutor.Step step = InstructionExecutor.execute(instruction(Instruction.CHARGE_FROM_GRID, 2),
				battery, 0, 1, 0, 1);
		InstructionExecutor.Step nearlyFull = InstructionExecutor.execute(instruction(Instruction.CHARGE_FROM_GRID, 5),
				battery, 6, 1, 0, 1);

		assertThat(step.charge()).isCloseTo(2, within(1e-9));
		assertThat(step.gridImport()).isCloseTo(3, within(1e-9));
		assertThat(nearlyFull.charge()).isCloseTo(0.4 / E, within(1e-9));
		assertThat(nearlyFull.socAfter()).isCloseTo(6.4, within(1e-9));
	}

}
