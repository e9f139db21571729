package dev.gridsight.assistant.internal.settings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.gridsight.assistant.internal.intents.Classification;
import dev.gridsight.assistant.internal.intents.Intent;
import dev.gridsight.assistant.internal.intents.IntentClassifier;
import dev.gridsight.assistant.internal.intents.IntentClassifiers;
import dev.gridsight.assistant.internal.intents.IntentExamples;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Settings → Assistant, the intents: members read a workspace's examples and try
 * utterances against its classifier; editors change an intent's examples or reset it to
 * the seed. The intents themselves are fixed ({@link Intent}). An edit rebuilds that
 * workspace's classifier at once and no other.
 */
@Service
class IntentSettings {

	/** Enough to describe any intent; each is embedded when the classifier is rebuilt. */
	static final int MAX_EXAMPLES = 200;

	/** How many intents the "try an utterance" box shows. */
	static final int TOP = 5;

	/** Longer text is cut by the classifier anyway. */
	static final int MAX_UTTERANCE = 500;

	private final IntentEditRepository edits;

	private final WorkspaceIntentExamples examples;

	private final IntentClassifiers classifiers;

	private final WorkspaceAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * The store and its audit row commit before the classifier is rebuilt, which can take
	 * seconds.
	 */
	private final TransactionTemplate transaction;

	IntentSettings(IntentEditRepository edits, WorkspaceIntentExamples examples, IntentClassifiers classifiers,
			WorkspaceAccess access, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.edits = edits;
		this.examples = examples;
		this.classifiers = classifiers;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An intent as Settings shows it.
	 *
	 * @param command the command it leads to, or null (a greeting, out of scope)
	 * @param edited whether the workspace replaced the seeded examples
	 */
	record IntentView(String name, String command, String description, List<String> examples, boolean edited,
			OffsetDateTime updatedAt) {
	}

	record Score(String intent, double score) {
	}

	/**
	 * @param fallback whether the built-in engine would not act on any intent
	 */
	record Trial(List<Score> top, double threshold, boolean fallback) {
	}

	List<IntentView> list(UserAccount user, UUID workspaceId) {
		UUID workspace = workspace(user, workspaceId);
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		Map<Intent, IntentEditRepository.IntentEdit> edited = edits.edits(workspace);
		IntentExamples seeded = examples.seeded();
		List<IntentView> views = new ArrayList<>();
		for (Intent intent : seeded.intents()) {
			IntentEditRepository.IntentEdit edit = edited.get(intent);
			views.add(view(intent, edit == null ? seeded.examplesOf(intent) : edit.examples(), edit));
		}
		return views;
	}

	IntentView update(UserAccount user, UUID workspaceId, String name, List<String> texts) {
		UUID workspace = workspace(user, workspaceId);
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		Intent intent = intent(name);
		if (texts == null || texts.isEmpty() || texts.size() > MAX_EXAMPLES) {
			throw new InvalidInput("intent '" + intent.id() + "' needs between 1 and " + MAX_EXAMPLES
					+ " examples, not " + (texts == null ? 0 : texts.size()));
		}
		Map<Intent, List<String>> replaced = replacedIntents(workspace);
		replaced.put(intent, texts);
		IntentExamples next = examples.merged(replaced);
		List<String> stored = next.examplesOf(intent);
		OffsetDateTime now = OffsetDateTime.now(clock);
		transaction.executeWithoutResult((status) -> {
			edits.save(workspace, intent, stored, user.id(), now);
			events.publishEvent(AuditEvent.of(user.id(), user.email(), "assistant_intent_edited", "workspace",
					workspace, intent.id() + ": " + stored.size() + " examples"));
		});
		classifiers.examplesChanged(workspace, next);
		return view(intent, stored, new IntentEditRepository.IntentEdit(intent, stored, now));
	}

	IntentView reset(UserAccount user, UUID workspaceId, String name) {
		UUID workspace = workspace(user, workspaceId);
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		Intent intent = intent(name);
		boolean wasEdited = Boolean.TRUE.equals(transaction.execute((status) -> {
			boolean deleted = edits.reset(workspace, intent);
			if (deleted) {
				events.publishEvent(AuditEvent.of(user.id(), user.email(), "assistant_intent_reset", "workspace",
						workspace, intent.id()));
			}
			return deleted;
		}));
		if (wasEdited) {
			Map<Intent, List<String>> replaced = replacedIntents(workspace);
			classifiers.examplesChanged(workspace, replaced.isEmpty() ? examples.seeded() : examples.merged(replaced));
		}
		return view(intent, examples.seeded().examplesOf(intent), null);
	}

	Trial attempt(UserAccount user, UUID workspaceId, String utterance) {
		UUID workspace = workspace(user, workspaceId);
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		if (utterance == null || utterance.isBlank()) {
			throw new InvalidInput("type an utterance to try");
		}
		if (utterance.length() > MAX_UTTERANCE) {
			throw new InvalidInput("an utterance to try is at most " + MAX_UTTERANCE + " characters");
		}
		IntentClassifier classifier = classifiers.forWorkspace(workspace);
		Classification result = classifier.classify(utterance);
		List<Score> top = result.top(TOP).stream().map((s) -> new Score(s.intent().id(), s.score())).toList();
		return new Trial(top, classifier.threshold(), result.fallback());
	}

	private Map<Intent, List<String>> replacedIntents(UUID workspace) {
		Map<Intent, List<String>> replaced = new EnumMap<>(Intent.class);
		edits.edits(workspace).forEach((intent, edit) -> replaced.put(intent, edit.examples()));
		return replaced;
	}

	private IntentView view(Intent intent, List<String> texts, IntentEditRepository.IntentEdit edit) {
		return new IntentView(intent.id(), commandOf(intent), examples.seeded().descriptionOf(intent), texts,
				edit != null, edit == null ? null : edit.updatedAt());
	}

	/**
	 * Chart, KPI and refinement all end in a chart; greetings and refusals in no command.
	 */
	static String commandOf(Intent intent) {
		return switch (intent) {
			case CHART, KPI, REFINE -> "chart";
			case GREETING, OUT_OF_SCOPE -> null;
			default -> intent.id();
		};
	}

	private static Intent intent(String name) {
		return Intent.byId(name).orElseThrow(() -> new NotFound("No such intent: '" + name + "'."));
	}

	private static UUID workspace(UserAccount user, UUID workspaceId) {
		return workspaceId == null ? user.personalWorkspaceId() : workspaceId;
	}

}
