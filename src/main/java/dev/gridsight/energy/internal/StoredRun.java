package dev.gridsight.energy.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A run as stored: its headline numbers, and its plan, explanation and metrics as JSON.
 */
record StoredRun(UUID id, UUID siteId, UUID workspaceId, UUID createdBy, String trigger, String status,
		LocalDateTime asOf, int horizonHours, int stepMinutes, String demand, double cost, double baselineCost,
		String baselineKind, long solveMs, String currency, String planJson, String explanationJson, String metricsJson,
		String requestJson, UUID planDatasetId, OffsetDateTime createdAt) {

	double savings() {
		return this.baselineCost - this.cost;
	}

}
