package dev.gridsight.energy;

import java.util.UUID;

/**
 * An energy run finished with a plan: notifications tell the users concerned.
 *
 * @param trigger what started it: manual, chat, schedule or data
 */
public record EnergyRunCompleted(UUID runId, UUID siteId, UUID workspaceId, UUID userId, String status, double cost,
		double baselineCost, double savings, String currency, String trigger) {
}
