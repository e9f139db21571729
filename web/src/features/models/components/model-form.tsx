import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/field';
import { useTestConnection } from '../api/test-connection';
import { PRESETS } from '../types';
import type { Model, ModelInput } from '../types';

type ModelFormProps = {
  workspaceId: string;
  /** The model to edit; a new one when absent. */
  model?: Model;
  pending?: boolean;
  error?: unknown;
  onSubmit: (input: ModelInput) => void;
  onCancel: () => void;
};

/**
 * A model's fields, with presets for the usual endpoints and "Test connection", which lists
 * the endpoint's models to pick one. The workspace key is write-only: a stored one shows as
 * set, never as text.
 */
export function ModelForm({ workspaceId, model, pending, error, onSubmit, onCancel }: ModelFormProps) {
  const [name, setName] = useState(model?.name ?? '');
  const [baseUrl, setBaseUrl] = useState(model?.baseUrl ?? '');
  const [modelName, setModelName] = useState(model?.model ?? '');
  const [contextTokens, setContextTokens] = useState(String(model?.contextTokens ?? 8192));
  const [vision, setVision] = useState(model?.vision ?? false);
  const [workspaceKey, setWorkspaceKey] = useState('');
  const [removeKey, setRemoveKey] = useState(false);
  const [preset, setPreset] = useState('');
  const test = useTestConnection();
  const presetNote = PRESETS.find((p) => p.label === preset)?.note;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: ModelInput = {
      workspaceId,
      name: name.trim(),
      baseUrl: baseUrl.trim(),
      model: modelName.trim(),
      contextTokens: Number(contextTokens),
      vision,
    };
    if (workspaceKey.trim()) input.workspaceKey = workspaceKey.trim();
    else if (model && removeKey) input.workspaceKey = '';
    onSubmit(input);
  };

  const runTest = () => {
    const apiKey = workspaceKey.trim() || undefined;
    test.mutate(
      model ? { modelId: model.id, baseUrl: baseUrl.trim(), apiKey } : { workspaceId, baseUrl: baseUrl.trim(), apiKey },
    );
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-label={model ? `Edit ${model.name}` : 'New model'}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          hint="What agents and sessions call it, e.g. gpt-4o or local-llama."
        />
        <SelectField
          label="Provider preset"
          value={preset}
          onChange={(e) => {
            setPreset(e.target.value);
            const chosen = PRESETS.find((p) => p.label === e.target.value);
            if (chosen) setBaseUrl(chosen.baseUrl);
          }}
          hint={presetNote ?? 'Fills the base URL.'}
        >
          <option value="">Choose a provider…</option>
          {PRESETS.map((p) => (
            <option key={p.label} value={p.label}>
              {p.label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Base URL"
        type="url"
        value={baseUrl}
        onChange={(e) => setBaseUrl(e.target.value)}
        required
        maxLength={500}
        placeholder="https://api.openai.com/v1"
        hint="http(s), up to and including /v1. Redirects are not followed: give the final address."
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Model"
          value={modelName}
          onChange={(e) => setModelName(e.target.value)}
          required
          maxLength={200}
          hint="The model's name at the endpoint."
        />
        <TextField
          label="Context size (tokens)"
          type="number"
          min={512}
          max={10_000_000}
          value={contextTokens}
          onChange={(e) => setContextTokens(e.target.value)}
          required
        />
        <label className="mt-7 flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
          <input type="checkbox" checked={vision} onChange={(e) => setVision(e.target.checked)} />
          Reads images (vision)
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Workspace key"
          type="password"
          autoComplete="off"
          value={workspaceKey}
          onChange={(e) => setWorkspaceKey(e.target.value)}
          maxLength={1000}
          placeholder={model?.hasWorkspaceKey ? 'Set (leave empty to keep)' : 'None'}
          hint="Optional fallback for members without their own key. Stored encrypted; never shown again."
        />
        {model?.hasWorkspaceKey && (
          <label className="mt-7 flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input type="checkbox" checked={removeKey} onChange={(e) => setRemoveKey(e.target.checked)} />
            Remove the workspace key
          </label>
        )}
      </div>
      <div className="space-y-2">
        <Button variant="secondary" onClick={runTest} pending={test.isPending} disabled={!baseUrl.trim()}>
          Test connection
        </Button>
        <ErrorAlert error={test.error} />
        {test.data && (
          <Alert tone={test.data.ok ? 'success' : 'error'}>
            <p>{test.data.detail}</p>
            {test.data.models.length > 0 && (
              <div className="mt-2">
                <p className="mb-1 text-xs">Pick one to use it:</p>
                <ul className="flex max-h-40 flex-wrap gap-1 overflow-y-auto" aria-label="Models at the endpoint">
                  {test.data.models.map((m) => (
                    <li key={m}>
                      <button
                        type="button"
                        className={`rounded border px-2 py-0.5 font-mono text-xs ${
                          m === modelName ? 'border-teal-600 bg-teal-100 dark:bg-teal-900' : 'border-slate-300 bg-white dark:bg-slate-800'
                        }`}
                        onClick={() => setModelName(m)}
                      >
                        {m}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Alert>
        )}
      </div>
      <ErrorAlert error={error} />
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          {model ? 'Save' : 'Add model'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
