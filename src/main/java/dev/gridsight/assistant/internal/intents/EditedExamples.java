package dev.gridsight.assistant.internal.intents;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a workspace's edits of the examples are kept (Settings → Assistant). Lets
 * {@link IntentClassifiers} build a workspace's classifier from its stored examples
 * without knowing the storage.
 */
public interface EditedExamples {

	/** The workspace's whole example set when it edited any intent; empty otherwise. */
	Optional<IntentExamples> of(UUID workspaceId);

}
