package dev.gridsight.catalog.internal;

import org.junit.jupiter.api.Test;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the catalog applies to a calculated field before the compiler sees it. */
class CalculatedFieldRulesTest {

	@Test
	void storesTrimmedTextAndBlanksAsNull() {
		CalculatedField stored = CalculatedFieldService.normalised("cost",
				new CalculatedField("ignored", "  a * b \n", "  ", " What it cost "));
		assertThat(stored).isEqualTo(new CalculatedField("cost", "a * b", null, "What it cost"));
	}

	@Test
	void acceptsSnakeCaseNamesUpTo63Characters() {
		CalculatedFieldService.checkName("cost_usd_2");
		CalculatedFieldService.checkName("a".repeat(63));
	}

	@Test
	void refusesNamesThatAreNotSnakeCaseSuggestingOne() {
		assertThatThrownBy(() -> CalculatedFieldService.checkName("Cost (USD)")).isInstanceOf(InvalidInput.class)
			.hasMessage("The name 'Cost (USD)' is not snake_case: use lower-case letters, digits and _,"
					+ " starting with a letter (such as 'cost_usd').");
		assertThatThrownBy(() -> CalculatedFieldService.checkName("2nd_cost"))
			.hasMessageContaining("(such as 'f_2nd_cost')");
		assertThatThrownBy(() -> CalculatedFieldService.checkName("\"x\"; drop table t"))
			.hasMessageContaining("(such as 'x_drop_table_t')");
		assertThatThrownBy(() -> CalculatedFieldService.checkName("?")).hasMessageEndingWith("starting with a letter.");
	}

	@Test
	void refusesMissingAndOverlongNamesAndExpressions() {
		assertThatThrownBy(() -> CalculatedFieldService.checkName(null)).hasMessageContaining("needs a name");
		assertThatThrownBy(() -> CalculatedFieldService.checkName("a".repeat(64)))
			.hasMessage("The name '" + "a".repeat(64) + "' is 64 characters long; at most 63 are allowed.");
		assertThatThrownBy(() -> CalculatedFieldService.normalised("f", new CalculatedField("f", null)))
			.hasMessage("Calculated field 'f' needs an expression, such as a * b.");
		assertThatThrownBy(
				() -> CalculatedFieldService.normalised("f", new CalculatedField("f", "1+".repeat(500) + "1")))
			.hasMessageContaining("1001 characters long; at most 1000");
		assertThatThrownBy(
				() -> CalculatedFieldService.normalised("f", new CalculatedField("f", "1", "u".repeat(41), null)))
			.hasMessage("A unit has at most 40 characters.");
	}

}
