/**
 * Shares of charts (and, once the dashboard plugs in, tabs): to one user with view or
 * edit rights, or as a public read-only link. Public API:
 * {@link dev.gridsight.sharing.ShareTarget} (a port each shareable kind implements) and
 * {@link dev.gridsight.sharing.ShareGrants} (whether a user reads something through a
 * share).
 */
package dev.gridsight.sharing;
