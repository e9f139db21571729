package dev.gridsight.chat.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/** Reads and sets a workspace's chat policy: members read it, owners set it. */
@Service
class ChatPolicyService {

	private static final TypeReference<Set<UUID>> IDS = new TypeReference<>() {
	};

	private static final TypeReference<Set<String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChatPolicyService(JdbcClient jdbc, JsonMapper json, WorkspaceAccess access, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	ChatPolicy get(UUID workspaceId, UUID userId) {
		access.require(workspaceId, userId, WorkspaceRole.VIEWER);
		return stored(workspaceId);
	}

	/** The policy in force, without a membership check (the caller made it). */
	ChatPolicy stored(UUID workspaceId) {
		return jdbc.sql("""
				select allowed_agents, allowed_commands, may_change_dashboards, may_change_shares,
				       changes_need_confirmation from chat_policies where workspace_id = ?""")
			.param(workspaceId)
			.query((rs, row) -> new ChatPolicy(json.readValue(rs.getString("allowed_agents"), IDS),
					json.readValue(rs.getString("allowed_commands"), NAMES), rs.getBoolean("may_change_dashboards"),
					rs.getBoolean("may_change_shares"), rs.getBoolean("changes_need_confirmation")))
			.optional()
			.orElse(ChatPolicy.DEFAULT);
	}

	@Transactional
	ChatPolicy set(UserAccount user, UUID workspaceId, ChatPolicy policy) {
		access.require(workspaceId, user.id(), WorkspaceRole.OWNER);
		for (String command : policy.allowedCommands()) {
			if (!CommandNames.ALL.contains(command)) {
				throw new InvalidInput("allowedCommands: there is no command '" + command + "'; the commands are "
						+ String.join(", ", CommandNames.ALL) + ".");
			}
		}
		String agents = json.writeValueAsString(policy.allowedAgents());
		String commands = json.writeValueAsString(policy.allowedCommands());
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update chat_policies set allowed_agents = ?, allowed_commands = ?, may_change_dashboards = ?,
				       may_change_shares = ?, changes_need_confirmation = ?, updated_at = ? where workspace_id = ?""")
			.params(agents, commands, policy.mayChangeDashboards(), policy.mayChangeShares(),
					policy.changesNeedConfirmation(), now, workspaceId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into chat_policies (workspace_id, allowed_agents, allowed_commands, may_change_dashboards,
					                           may_change_shares, changes_need_confirmation, updated_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(workspaceId, agents, commands, policy.mayChangeDashboards(), policy.mayChangeShares(),
						policy.changesNeedConfirmation(), now)
				.update();
		}
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "chat_policy_changed", "workspace", workspaceId,
				policy.toString()));
		return policy;
	}

}
