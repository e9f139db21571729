/**
 * The command-line client ({@code java -jar gridsight.jar chat|ask …}): a pure HTTP
 * client of the public API with a personal API token, started by
 * {@link dev.gridsight.GridsightApplication#main} instead of the server when the first
 * argument names a CLI command. It uses no other module. Public API:
 * {@link dev.gridsight.cli.GridsightCli}.
 */
package dev.gridsight.cli;
