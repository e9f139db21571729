package dev.gridsight.chat.internal.agents;

import java.util.ArrayList;
import java.util.List;

import dev.gridsight.chat.AgentProfile.Confirmation;

/**
 * What one version of an agent says: everything a save can change. Commands keep the
 * order of {@link AgentRules#COMMANDS} and datasets are sorted, so that two saves of the
 * same choices compare equal and diff to nothing.
 */
record AgentContent(String name, String instructions, String model, List<String> allowedCommands,
		List<String> allowedDatasets, int toolRounds, Confirmation confirmation) {

	AgentContent {
		allowedCommands = AgentRules.commandOrder(allowedCommands);
		allowedDatasets = allowedDatasets == null ? List.of() : allowedDatasets.stream().sorted().distinct().toList();
	}

	/**
	 * The agent as lines of text, settings first and then the instructions line by line:
	 * what a diff of two versions compares.
	 */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("name: " + name);
		lines.add("model: " + model);
		lines.add("tool rounds: " + toolRounds);
		lines.add("confirmation: " + confirmation);
		lines.add("allowed commands: " + (allowedCommands.isEmpty() ? "(all)" : String.join(", ", allowedCommands)));
		lines.add("allowed datasets: " + (allowedDatasets.isEmpty() ? "(all)" : String.join(", ", allowedDatasets)));
		lines.add("instructions:");
		lines.addAll(instructions.lines().toList());
		return lines;
	}

}
