package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.Agents;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.platform.InvalidInput;

/** {@code agent}: lists the agents, or switches the session to the agent of that name. */
@Component
class AgentCommand implements Command {

	private final ObjectProvider<Agents> agents;

	private final ChatPolicyService policies;

	AgentCommand(ObjectProvider<Agents> agents, ChatPolicyService policies) {
		this.agents = agents;
		this.policies = policies;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec("agent", "List the agents, or switch this chat to another", "/agent [name]",
				Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string"))), "agent.use", false);
	}

	@Override
	public String mainArgument() {
		return "name";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		Agents directory = agents.getIfAvailable();
		if (directory == null) {
			throw new InvalidInput("Agents are not installed in this build.");
		}
		ChatPolicy policy = policies.stored(context.workspaceId());
		List<AgentProfile> usable = directory.usableIn(context.workspaceId(), context.user().id())
			.stream()
			.filter(agent -> policy.allowsAgent(agent.id()))
			.toList();
		String name = Arguments.text(arguments, "name");
		if (name == null) {
			return new CommandOutcome.Done(
					"Agents: " + String.join(", ",
							usable.stream()
								.map(agent -> (agent.id().equals(context.agent().id()) ? "**" : "")
										+ ChartCommand.escape(agent.name())
										+ (agent.id().equals(context.agent().id()) ? "** (this chat)" : ""))
								.toList())
							+ ".",
					List.of(), Map.of("agents", usable.stream().map(AgentProfile::name).toList()));
		}
		Optional<AgentProfile> chosen = usable.stream()
			.filter(agent -> agent.name().equalsIgnoreCase(name))
			.findFirst();
		if (chosen.isEmpty()) {
			throw new InvalidInput("There is no agent named '" + name + "' that this chat may use.");
		}
		context.changes().agentId(chosen.get().id());
		return new CommandOutcome.Done("This chat now talks to **" + ChartCommand.escape(chosen.get().name()) + "**.",
				List.of(), Map.of("agentId", chosen.get().id().toString()));
	}

}
