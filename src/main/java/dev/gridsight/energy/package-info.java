/**
 * The energy model: site models bound to datasets, asset models learned from history,
 * demand and PV forecasts, the dispatch optimizer and its runs. Public API:
 * {@link dev.gridsight.energy.EnergySites}, which the chat's {@code forecast} and
 * {@code optimize} commands call.
 */
package dev.gridsight.energy;
