/**
 * The chat's engines: the built-in, offline one (intents, entities found against the
 * catalog, a ChartQuery or a command call) and the LLM one ({@code internal.llm}: any
 * OpenAI-compatible model through LangChain4j, the turn's commands as its tools) behind
 * the same interface. No public API: the engines are {@code ChatEngine} beans the chat
 * picks by model, and everything else ({@code internal.builtin},
 * {@code internal.intents}, {@code internal.models}) is used only inside this module.
 */
package dev.gridsight.assistant;
