package dev.gridsight.chat;

import java.util.Map;

/**
 * A command as engines and the slash menu see it.
 *
 * @param name what follows the slash: {@code chart}
 * @param description one line for the menu and for an LLM's tool list
 * @param usage the slash form with its parameters: {@code /window <last 7 days|all>}
 * @param schema JSON schema of the arguments
 * @param permission the permission key the chat policy and the user's role are checked
 * against: {@code data.read}, {@code chart.create}, {@code dashboard.change},
 * {@code share.change}, {@code energy.run}, {@code agent.use}, {@code help}
 * @param changes whether it changes something (a tab, a share): such commands may need a
 * confirmation
 */
public record CommandSpec(String name, String description, String usage, Map<String, Object> schema, String permission,
		boolean changes) {
}
