import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { Section } from '@/components/layout';
import { useTryUtterance } from '../api/try-utterance';
import { scorePercent } from '../analytics-figures';

/** The "try an utterance" box: the workspace's top intents for a sentence, with the fallback threshold. */
export function TryUtterance({ workspaceId }: { workspaceId: string }) {
  const [utterance, setUtterance] = useState('');
  const attempt = useTryUtterance();
  const trial = attempt.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    attempt.mutate({ workspaceId, utterance });
  };

  return (
    <Section
      title="Try an utterance"
      description="How the built-in assistant reads a sentence with this workspace's examples. Nothing is sent to the chat."
    >
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <TextField
          label="Utterance"
          value={utterance}
          maxLength={500}
          onChange={(e) => setUtterance(e.target.value)}
          placeholder="total load of building 3 last week"
          wrapperClassName="min-w-64 flex-1"
        />
        <Button type="submit" pending={attempt.isPending} disabled={!utterance.trim()}>
          Classify
        </Button>
      </form>
      <ErrorAlert error={attempt.error} className="mt-3" />
      {trial && (
        <div className="mt-4">
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300" role="status">
            {trial.fallback
              ? `No intent is close enough: the assistant would say what it can do instead (threshold ${trial.threshold.toFixed(2)}).`
              : `The assistant would act on “${trial.top[0].intent}” (threshold ${trial.threshold.toFixed(2)}).`}
          </p>
          <ol aria-label="Top intents" className="space-y-1.5">
            {trial.top.map((score) => (
              <li key={score.intent} className="grid grid-cols-[9rem_1fr_3.5rem] items-center gap-2 text-sm">
                <span className="truncate font-medium text-slate-800 dark:text-slate-100">{score.intent}</span>
                <span className="relative h-3 rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                  <span
                    className={`absolute inset-y-0 left-0 rounded ${score.score >= trial.threshold ? 'bg-teal-600' : 'bg-slate-400'}`}
                    style={{ width: `${scorePercent(score.score)}%` }}
                  />
                  <span
                    className="absolute inset-y-[-2px] w-0.5 bg-amber-500"
                    style={{ left: `${scorePercent(trial.threshold)}%` }}
                    title="threshold"
                  />
                </span>
                <span className="text-right tabular-nums text-slate-700 dark:text-slate-300">{score.score.toFixed(2)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Section>
  );
}
