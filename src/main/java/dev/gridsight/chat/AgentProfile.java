package dev.gridsight.chat;

import java.util.Set;
import java.util.UUID;

/**
 * An agent as its current version says.
 *
 * @param model the engine or model it answers with: {@code builtin}, or a model name
 * @param allowedCommands the commands it may run; empty: every command
 * @param allowedDatasets the names of the datasets it may read; empty: every dataset
 * @param toolRounds the most tool calls (rounds) in one turn
 * @param confirmation which commands wait for the user's confirmation
 */
public record AgentProfile(UUID id, UUID workspaceId, String name, int version, String instructions, String model,
		Set<String> allowedCommands, Set<String> allowedDatasets, int toolRounds, Confirmation confirmation) {

	public AgentProfile {
		allowedCommands = allowedCommands == null ? Set.of() : Set.copyOf(allowedCommands);
		allowedDatasets = allowedDatasets == null ? Set.of() : Set.copyOf(allowedDatasets);
	}

	public boolean allowsCommand(String command) {
		return this.allowedCommands.isEmpty() || this.allowedCommands.contains(command);
	}

	public boolean allowsDataset(String dataset) {
		return this.allowedDatasets.isEmpty() || this.allowedDatasets.contains(dataset);
	}

	/** Which commands wait for a confirmation. */
	public enum Confirmation {

		/** none: commands run as asked */
		NEVER,
		/** those that change something (tabs, shares) */
		CHANGES,
		/** every command */
		ALWAYS

	}

}
