package dev.gridsight.assistant.internal.intents;

/** One training utterance of an intent. */
public record IntentExample(Intent intent, String text) {

}
