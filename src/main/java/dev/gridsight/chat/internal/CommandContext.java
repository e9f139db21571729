package dev.gridsight.chat.internal;

import java.util.List;
import java.util.UUID;

import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.identity.UserAccount;

/**
 * What a command runs with.
 *
 * @param user who acts: commands never have more rights than this user
 * @param session the session, as it was when the turn began
 * @param lastCharts the charts of the session's latest answers, newest first: what "pin
 * it" means
 * @param changes where a command records that the session moves to another tab or agent
 */
record CommandContext(UserAccount user, ChatSessionRecord session, AgentProfile agent, List<ChatChart> lastCharts,
		SessionChanges changes) {

	UUID workspaceId() {
		return session.workspaceId();
	}

	/** The tab the session is on now (a command of this turn may have moved it). */
	UUID tabId() {
		return changes.tabId() != null ? changes.tabId() : session.tabId();
	}

	/** A mutable note of what the turn's commands changed about the session. */
	static final class SessionChanges {

		private UUID tabId;

		private UUID agentId;

		UUID tabId() {
			return tabId;
		}

		void tabId(UUID tab) {
			this.tabId = tab;
		}

		UUID agentId() {
			return agentId;
		}

		void agentId(UUID agent) {
			this.agentId = agent;
		}

	}

}
