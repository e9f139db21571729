import { useState } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { Section } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { useIntents } from '../api/get-intents';
import { useResetIntent } from '../api/reset-intent';
import { useUpdateIntent } from '../api/update-intent';
import type { AssistantIntent } from '../types';

const MAX_EXAMPLES = 200;
const MAX_LENGTH = 200;

/** The built-in engine's intents; editors change an intent's examples or reset it to the seeded ones. */
export function IntentsSection({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const intents = useIntents(workspaceId);
  const [selected, setSelected] = useState<string | null>(null);
  const current = intents.data?.find((i) => i.name === selected) ?? intents.data?.[0];

  return (
    <Section
      title="Intents"
      description={
        canEdit
          ? 'What the built-in assistant recognises, learnt from these examples. Edit an intent’s examples to teach it your words; the change applies to the next message in this workspace.'
          : 'What the built-in assistant recognises, learnt from these examples. Editors of this workspace can change them.'
      }
    >
      <ErrorAlert error={intents.error} />
      {intents.isPending ? (
        <Loading label="Loading intents…" />
      ) : (
        intents.data && (
          <div className="flex flex-col gap-4 md:flex-row">
            <ul aria-label="Intents" className="flex shrink-0 flex-wrap gap-1 md:w-48 md:flex-col">
              {intents.data.map((intent) => (
                <li key={intent.name}>
                  <button
                    type="button"
                    aria-current={intent.name === current?.name ? 'true' : undefined}
                    onClick={() => setSelected(intent.name)}
                    className={`flex w-full items-center justify-between gap-2 rounded-md px-2.5 py-1 text-left text-sm focus-visible:outline-2 focus-visible:outline-teal-600 ${
                      intent.name === current?.name
                        ? 'bg-teal-50 font-medium text-teal-900 dark:bg-teal-950 dark:text-teal-100'
                        : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
                    }`}
                  >
                    <span>{intent.name}</span>
                    <span className="text-xs text-slate-500 tabular-nums">
                      {intent.edited && <span className="mr-1 text-amber-700 dark:text-amber-400">edited</span>}
                      {intent.examples.length}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {current && (
              <IntentEditor key={current.name} workspaceId={workspaceId} intent={current} canEdit={canEdit} />
            )}
          </div>
        )
      )}
    </Section>
  );
}

function IntentEditor({ workspaceId, intent, canEdit }: { workspaceId: string; intent: AssistantIntent; canEdit: boolean }) {
  const [examples, setExamples] = useState<string[]>(intent.examples);
  const [saved, setSaved] = useState(false);
  const done = (stored: AssistantIntent) => {
    setExamples(stored.examples);
    setSaved(true);
  };
  const update = useUpdateIntent({ mutationConfig: { onSuccess: done } });
  const reset = useResetIntent({ mutationConfig: { onSuccess: done } });
  const changed = examples.length !== intent.examples.length || examples.some((e, i) => e !== intent.examples[i]);

  const edit = (index: number, text: string) => {
    setSaved(false);
    setExamples((all) => all.map((e, i) => (i === index ? text : e)));
  };

  return (
    <div className="min-w-0 flex-1">
      <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">
        {intent.name}
        <span className="ml-2 font-normal text-slate-500">
          {intent.command ? `runs /${intent.command}` : 'runs no command'}
        </span>
      </h3>
      {intent.description && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{intent.description}</p>}
      <ul aria-label={`Examples of ${intent.name}`} className="mt-3 space-y-1.5">
        {examples.map((example, index) => (
          <li key={index} className="flex items-center gap-2">
            <input
              aria-label={`Example ${index + 1}`}
              value={example}
              maxLength={MAX_LENGTH}
              readOnly={!canEdit}
              onChange={(e) => edit(index, e.target.value)}
              className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-900 read-only:bg-slate-50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:read-only:bg-slate-800/50"
            />
            {canEdit && (
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove example ${index + 1}`}
                onClick={() => {
                  setSaved(false);
                  setExamples((all) => all.filter((_, i) => i !== index));
                }}
              >
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <Button
              variant="secondary"
              size="sm"
              disabled={examples.length >= MAX_EXAMPLES}
              onClick={() => {
                setSaved(false);
                setExamples((all) => [...all, '']);
              }}
            >
              Add example
            </Button>
            <Button
              size="sm"
              pending={update.isPending}
              disabled={!changed}
              onClick={() => update.mutate({ workspaceId, name: intent.name, examples: examples.map((e) => e.trim()) })}
            >
              Save examples
            </Button>
            {changed && (
              <Button variant="ghost" size="sm" onClick={() => setExamples(intent.examples)}>
                Discard changes
              </Button>
            )}
            {intent.edited && (
              <Button variant="ghost" size="sm" pending={reset.isPending} onClick={() => reset.mutate({ workspaceId, name: intent.name })}>
                Reset to seeded examples
              </Button>
            )}
            <span className="text-xs text-slate-500">
              {examples.length} of at most {MAX_EXAMPLES}
            </span>
          </div>
          {saved && !changed && (
            <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-400">
              Saved: the assistant learnt the new examples.
            </p>
          )}
          <ErrorAlert error={update.error ?? reset.error} className="mt-3" />
        </>
      )}
    </div>
  );
}
