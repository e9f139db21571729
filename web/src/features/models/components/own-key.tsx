import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { InlineInput } from '@/components/field';
import { useSetOwnKey } from '../api/own-key';
import type { Model } from '../types';

/** The member's own key for one model: set or replace it, or remove it. It is never shown back. */
export function OwnKey({ model }: { model: Model }) {
  const [key, setKey] = useState('');
  const save = useSetOwnKey({ mutationConfig: { onSuccess: () => setKey('') } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) save.mutate({ modelId: model.id, apiKey: key.trim() });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2" aria-label={`Your key for ${model.name}: set or remove`}>
      <span className="text-xs text-slate-600 dark:text-slate-400">
        Your key: {model.hasUserKey ? 'set' : model.hasWorkspaceKey ? 'none (the workspace key is used)' : 'none'}
      </span>
      <InlineInput
        label={`Your key for ${model.name}`}
        type="password"
        autoComplete="off"
        value={key}
        maxLength={1000}
        placeholder={model.hasUserKey ? 'Replace your key' : 'Paste your key'}
        onChange={(e) => setKey(e.target.value)}
        className="max-w-56"
      />
      <Button size="sm" type="submit" disabled={!key.trim()} pending={save.isPending && !!key}>
        Save key
      </Button>
      {model.hasUserKey && (
        <Button size="sm" variant="secondary" onClick={() => save.mutate({ modelId: model.id })}>
          Remove my key
        </Button>
      )}
      <ErrorAlert error={save.error} className="w-full" />
    </form>
  );
}
