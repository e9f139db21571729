package dev.gridsight.chat.internal.agents;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.gridsight.chat.AgentProfile.Confirmation;
import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentDiffTest {

	private static AgentContent agent(String instructions, List<String> commands) {
		return new AgentContent("Analyst", instructions, "builtin", commands, List.of("sales", "meter"), 5,
				Confirmation.CHANGES);
	}

	@Test
	void textFormListsTheSettingsThenTheInstructionsLineByLine() {
		assertThat(agent("Chart things.\nBe brief.", List.of("help", "chart")).lines()).containsExactly("name: Analyst",
				"model: builtin", "tool rounds: 5", "confirmation: CHANGES", "allowed commands: chart, help",
				"allowed datasets: meter, sales", "instructions:", "Chart things.", "Be brief.");
	}

	@Test
	void textFormSaysAllWhenNothingIsNarrowed() {
		AgentContent open = new AgentContent("Open", "", "builtin", List.of(), List.of(), 3, Confirmation.NEVER);
		assertThat(open.lines()).contains("allowed commands: (all)", "allowed datasets: (all)");
	}

	@Test
	void theSameChoicesInAnotherOrderAreTheSameContent() {
		assertThat(agent("x", List.of("sql", "chart"))).isEqualTo(agent("x", List.of("chart", "sql")));
	}

	@Test
	void aChangedInstructionLineIsOneChangeRowBetweenEqualRows() {
		List<AgentDiff.Row> rows = AgentDiff.rows(agent("Chart things.\nBe brief.\nSay the window.", List.of()),
				agent("Chart things.\nBe very brief.\nSay the window.", List.of()));
		assertThat(rows).filteredOn(row -> !row.kind().equals("equal"))
			.containsExactly(new AgentDiff.Row("change", "Be brief.", "Be very brief."));
		assertThat(rows).contains(new AgentDiff.Row("equal", "Chart things.", "Chart things."));
	}

	@Test
	void addedAndRemovedLinesAreInsertAndDeleteRows() {
		List<AgentDiff.Row> added = AgentDiff.rows(agent("One.", List.of()), agent("One.\nTwo.", List.of()));
		assertThat(added).filteredOn(row -> !row.kind().equals("equal"))
			.containsExactly(new AgentDiff.Row("insert", "", "Two."));
		List<AgentDiff.Row> removed = AgentDiff.rows(agent("One.\nTwo.", List.of()), agent("One.", List.of()));
		assertThat(removed).filteredOn(row -> !row.kind().equals("equal"))
			.containsExactly(new AgentDiff.Row("delete", "Two.", ""));
	}

	@Test
	void linesComeBackAsWrittenNotEscaped() {
		List<AgentDiff.Row> rows = AgentDiff.rows(agent("a < b", List.of()), agent("a <b> & c", List.of()));
		assertThat(rows).contains(new AgentDiff.Row("change", "a < b", "a <b> & c"));
	}

	@Test
	void identicalVersionsDiffToEqualRowsOnly() {
		assertThat(AgentDiff.rows(agent("Same.", List.of("chart")), agent("Same.", List.of("chart"))))
			.allMatch(row -> row.kind().equals("equal"));
	}

	@Test
	void anUnknownCommandIsNamedInTheError() {
		assertThatThrownBy(() -> AgentRules.commands(List.of("chart", "rm -rf"))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("rm -rf");
	}

	@Test
	void instructionsHoldingANulCharacterAreRefusedBeforeTheDatabaseSeesThem() {
		assertThatThrownBy(() -> AgentRules.instructions("fine\u0000binary")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("NUL");
		assertThat(AgentRules.instructions("one\r\ntwo")).isEqualTo("one\ntwo");
	}

}
