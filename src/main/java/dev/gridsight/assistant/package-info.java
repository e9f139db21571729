/**
 * The assistant's engines: the built-in offline engine and, later, the LLM engine, behind
 * one interface (issue 9).
 */
package dev.gridsight.assistant;
