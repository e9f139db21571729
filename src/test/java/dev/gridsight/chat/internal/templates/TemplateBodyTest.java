package dev.gridsight.chat.internal.templates;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.gridsight.chat.internal.templates.TemplateBody.Variable;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateBodyTest {

	@Test
	void findsVariablesInOrderOnceEachWithTheirDefaults() {
		List<Variable> variables = TemplateBody
			.variables("Compare {{ site }} for {{period|last week}} with {{site}} in {{unit|MW}} and {{period}}");

		assertThat(variables).containsExactly(new Variable("site", null), new Variable("period", "last week"),
				new Variable("unit", "MW"));
	}

	@Test
	void aLaterDefaultFillsAVariableNamedFirstWithout() {
		assertThat(TemplateBody.variables("{{x}} then {{x|2}}")).containsExactly(new Variable("x", "2"));
	}

	@Test
	void textWithoutPlaceholdersOrWithSingleBracesHasNoVariables() {
		assertThat(TemplateBody.variables("Show the {load} as JSON: {\"a\": 1}")).isEmpty();
	}

	@Test
	void anEmptyDefaultIsKept() {
		assertThat(TemplateBody.variables("{{note|}}")).containsExactly(new Variable("note", ""));
	}

	@Test
	void rejectsAnOpeningThatIsNeverClosed() {
		assertThatThrownBy(() -> TemplateBody.variables("Show {{site for {{period}}")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("unbalanced")
			.hasMessageContaining("character 6");
		assertThatThrownBy(() -> TemplateBody.variables("Show {{site")).hasMessageContaining("never closed");
	}

	@Test
	void rejectsAClosingWithoutOpening() {
		assertThatThrownBy(() -> TemplateBody.variables("Show site}} now")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("closes no '{{'");
	}

	@Test
	void rejectsANameThatIsNotLettersDigitsAndUnderscores() {
		assertThatThrownBy(() -> TemplateBody.variables("{{my site}}")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("letters, digits and underscores");
		assertThatThrownBy(() -> TemplateBody.variables("{{}}")).hasMessageContaining("needs a name");
	}

	@Test
	void rejectsMoreThanFiftyVariables() {
		String fifty = IntStream.range(0, 50).mapToObj((i) -> "{{v" + i + "}}").collect(Collectors.joining(" "));
		assertThat(TemplateBody.variables(fifty)).hasSize(50);
		assertThatThrownBy(() -> TemplateBody.variables(fifty + " {{one_more}}")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("at most 50");
	}

	@Test
	void rejectsATooLongOrEmptyBody() {
		assertThatThrownBy(() -> TemplateBody.variables("x".repeat(TemplateBody.MAX_LENGTH + 1)))
			.hasMessageContaining("at most 20000 characters");
		assertThatThrownBy(() -> TemplateBody.variables("  ")).hasMessageContaining("empty");
	}

}
