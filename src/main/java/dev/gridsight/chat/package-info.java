/**
 * The chat: sessions and their messages, agents and their versions, the commands
 * (predefined tools) and the chat policy that governs them. Public API:
 * {@link dev.gridsight.chat.ChatEngine} (the port an engine implements; the
 * {@code assistant} module provides them), what a turn hands an engine
 * ({@link dev.gridsight.chat.ChatTurn}, {@link dev.gridsight.chat.TurnEvents},
 * {@link dev.gridsight.chat.CommandRunner}) and {@link dev.gridsight.chat.Agents}; and
 * {@link dev.gridsight.chat.CommandGateway}, the commands for clients outside the chat
 * (the MCP server), under the same checks.
 */
package dev.gridsight.chat;
