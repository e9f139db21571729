package dev.gridsight.assistant.internal.intents;

/** How close an utterance is to an intent's examples: cosine similarity, -1 to 1. */
public record IntentScore(Intent intent, double score) {

}
