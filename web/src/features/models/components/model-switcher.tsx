import { useId } from 'react';
import { ErrorAlert } from '@/components/alert';
import { useModels } from '../api/get-models';
import type { SessionWithModel } from '../api/session-model';
import { useSetSessionModel } from '../api/set-session-model';
import { BUILTIN_MODEL } from '../types';

const selectClass =
  'min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/** The value of the "agent's model" choice: the session names none. */
const AGENTS = '';

/**
 * The session's model, in the chat header: the agent's (default), the built-in assistant, or
 * one of the workspace's models. Switching mid-conversation is allowed; the next turn uses it.
 */
export function ModelSwitcher({
  workspaceId,
  session,
  agentModel,
}: {
  workspaceId: string;
  session: SessionWithModel;
  /** The session's agent's model, to name the default choice. */
  agentModel?: string;
}) {
  const id = useId();
  const models = useModels({ workspaceId });
  const change = useSetSessionModel();
  const current = session.model ?? AGENTS;
  const names = (models.data ?? []).map((m) => m.name);
  // a session naming a model that was since deleted keeps it listed, so the header tells the truth
  const unknown = current !== AGENTS && current !== BUILTIN_MODEL && !names.includes(current);
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Model
      </label>
      <select
        id={id}
        className={selectClass}
        value={current}
        disabled={change.isPending}
        onChange={(e) => change.mutate({ sessionId: session.id, model: e.target.value === AGENTS ? null : e.target.value })}
      >
        <option value={AGENTS}>
          Model: the agent's{agentModel ? ` (${agentModel === BUILTIN_MODEL ? 'built-in' : agentModel})` : ''}
        </option>
        <option value={BUILTIN_MODEL}>Model: Built-in assistant</option>
        {names.map((name) => (
          <option key={name} value={name}>
            Model: {name}
          </option>
        ))}
        {unknown && <option value={current}>Model: {current} (not configured)</option>}
      </select>
      <ErrorAlert error={change.error} className="w-full" />
    </>
  );
}
