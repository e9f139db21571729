/**
 * The chat's engines: the built-in, offline one (intents, entities found against the
 * catalog, a ChartQuery or a command call) and, later, the LLM one behind the same
 * interface (issue 9). No public API yet: the built-in engine's groundwork
 * ({@code internal.builtin}: time expressions and catalog entities;
 * {@code internal.intents}: the intent classifier) is used only inside this module.
 */
package dev.gridsight.assistant;
