package dev.gridsight.assistant.internal.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.assistant.internal.intents.EditedExamples;
import dev.gridsight.assistant.internal.intents.Intent;
import dev.gridsight.assistant.internal.intents.IntentExamples;

/**
 * A workspace's example set: the seeded one with each edited intent's examples in place
 * of its seeded ones.
 */
@Component
class WorkspaceIntentExamples implements EditedExamples {

	private final IntentEditRepository edits;

	private final IntentExamples seeded = IntentExamples.seeded();

	WorkspaceIntentExamples(IntentEditRepository edits) {
		this.edits = edits;
	}

	@Override
	public Optional<IntentExamples> of(UUID workspaceId) {
		Map<Intent, IntentEditRepository.IntentEdit> edited = edits.edits(workspaceId);
		if (edited.isEmpty()) {
			return Optional.empty();
		}
		Map<Intent, List<String>> replaced = new LinkedHashMap<>();
		edited.forEach((intent, edit) -> replaced.put(intent, edit.examples()));
		return Optional.of(merged(replaced));
	}

	IntentExamples seeded() {
		return seeded;
	}

	/**
	 * The seeded set with these intents' examples replaced, validated as a whole: an
	 * example may not appear under two intents.
	 * @throws dev.gridsight.platform.InvalidInput naming every problem
	 */
	IntentExamples merged(Map<Intent, List<String>> replaced) {
		Map<String, List<String>> all = new LinkedHashMap<>();
		for (Intent intent : seeded.intents()) {
			all.put(intent.id(), replaced.getOrDefault(intent, seeded.examplesOf(intent)));
		}
		return IntentExamples.of(all);
	}

}
