import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/field';
import { AGENT_COMMANDS, CONFIRMATIONS } from '../types';
import type { Agent, AgentInput, Confirmation } from '../types';

const MAX_INSTRUCTIONS = 20_000;

type AgentFormProps = {
  /** The agent to edit; a new one when absent. */
  agent?: Agent;
  /** Names of the workspace's datasets, to allow some of them. */
  datasets: string[];
  /** Names of the workspace's models (Settings → Models), offered beside the built-in assistant. */
  models?: string[];
  /** Viewers see the agent and cannot change it. */
  readOnly?: boolean;
  pending?: boolean;
  /** The failed save, whose server detail is shown above the buttons. */
  error?: unknown;
  onSubmit: (input: AgentInput) => void;
  onCancel?: () => void;
};

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

/** Every field of an agent: a save sends them all; the server keeps a version only when something changed. */
export function AgentForm({ agent, datasets, models = [], readOnly = false, pending, error, onSubmit, onCancel }: AgentFormProps) {
  const [name, setName] = useState(agent?.name ?? '');
  const [instructions, setInstructions] = useState(agent?.instructions ?? '');
  const [model, setModel] = useState(agent?.model ?? 'builtin');
  const [commands, setCommands] = useState<string[]>(agent?.allowedCommands ?? []);
  const [allowedDatasets, setAllowedDatasets] = useState<string[]>(agent?.allowedDatasets ?? []);
  const [toolRounds, setToolRounds] = useState(String(agent?.toolRounds ?? 5));
  const [confirmation, setConfirmation] = useState<Confirmation>(agent?.confirmation ?? 'CHANGES');
  const instructionsId = useId();
  // a dataset the agent names that is gone from the workspace stays listed, so it can be unticked
  const datasetChoices = [...new Set([...datasets, ...allowedDatasets])].sort();
  // likewise a model removed from Settings → Models stays selectable until another is chosen
  const modelChoices = [...new Set([...models, ...(model === 'builtin' ? [] : [model])])];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      name: name.trim(),
      instructions,
      model: model.trim(),
      allowedCommands: AGENT_COMMANDS.filter((command) => commands.includes(command)),
      allowedDatasets: [...allowedDatasets].sort(),
      toolRounds: Number(toolRounds),
      confirmation,
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-label={agent ? `Edit ${agent.name}` : 'New agent'}>
      <fieldset disabled={readOnly} className="space-y-4">
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        <div>
          <label htmlFor={instructionsId} className="mb-1 block text-sm font-medium text-slate-800 dark:text-slate-200">
            Instructions
          </label>
          <textarea
            id={instructionsId}
            value={instructions}
            onChange={(e) => setInstructions(e.target.value)}
            rows={8}
            maxLength={MAX_INSTRUCTIONS}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-xs focus-visible:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-600/40 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            {instructions.length.toLocaleString()} of {MAX_INSTRUCTIONS.toLocaleString()} characters
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            label="Model"
            value={model}
            onChange={(e) => setModel(e.target.value)}
            hint={models.includes(model) || model === 'builtin' ? 'Models: Settings → Models' : 'Not configured: answers fall back to the built-in assistant'}
          >
            <option value="builtin">Built-in assistant</option>
            {modelChoices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Tool rounds"
            type="number"
            min={1}
            max={20}
            value={toolRounds}
            onChange={(e) => setToolRounds(e.target.value)}
            required
            hint="1 to 20 commands in one answer"
          />
          <SelectField
            label="Confirmation"
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value as Confirmation)}
          >
            {CONFIRMATIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Allowed commands</legend>
          <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">None ticked: every command.</p>
          <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
            {AGENT_COMMANDS.map((command) => (
              <label key={command} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
                <input
                  type="checkbox"
                  checked={commands.includes(command)}
                  onChange={(e) => setCommands((list) => toggle(list, command, e.target.checked))}
                />
                <span className="font-mono">{command}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Allowed datasets</legend>
          <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">None ticked: every dataset of the workspace.</p>
          {datasetChoices.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">This workspace has no datasets yet.</p>
          ) : (
            <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
              {datasetChoices.map((dataset) => (
                <label key={dataset} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
                  <input
                    type="checkbox"
                    checked={allowedDatasets.includes(dataset)}
                    onChange={(e) => setAllowedDatasets((list) => toggle(list, dataset, e.target.checked))}
                  />
                  <span className="font-mono">{dataset}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
      </fieldset>
      <ErrorAlert error={error} />
      {!readOnly && (
        <div className="flex gap-2">
          <Button type="submit" pending={pending}>
            {agent ? 'Save' : 'Create agent'}
          </Button>
          {onCancel && (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
