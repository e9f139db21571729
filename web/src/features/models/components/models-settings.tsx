import { useState } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader, Section } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { useUser } from '@/features/auth/api/get-me';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { useDeleteModel } from '../api/delete-model';
import { useModels } from '../api/get-models';
import { useSaveModel } from '../api/save-model';
import type { Model } from '../types';
import { ModelForm } from './model-form';
import { OwnKey } from './own-key';

/**
 * `/settings/models`: the workspace's OpenAI-compatible models. Owners (and administrators)
 * add, edit and delete them and set the workspace key; every member may keep their own key.
 */
export default function ModelsSettings() {
  const { workspace } = useCurrentWorkspace();
  const user = useUser();
  const canManage = workspace.role === 'owner' || user.role === 'admin';
  const models = useModels({ workspaceId: workspace.id });
  const [editing, setEditing] = useState<Model | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Model | null>(null);
  const save = useSaveModel({ mutationConfig: { onSuccess: () => setEditing(null) } });
  const remove = useDeleteModel({ mutationConfig: { onSuccess: () => setDeleting(null) } });
  const items = models.data ?? [];

  const open = (next: Model | 'new') => {
    save.reset();
    setEditing(next);
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title="Models"
        description={`OpenAI-compatible endpoints the assistant can answer with in ${workspace.name}. The built-in assistant is always there and needs none.`}
      />
      <ErrorAlert error={models.error} />
      {editing ? (
        <Section title={editing === 'new' ? 'New model' : `Edit ${editing.name}`}>
          <ModelForm
            key={editing === 'new' ? 'new' : editing.id}
            workspaceId={workspace.id}
            model={editing === 'new' ? undefined : editing}
            pending={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate({ modelId: editing === 'new' ? undefined : editing.id, input })}
            onCancel={() => setEditing(null)}
          />
        </Section>
      ) : (
        canManage && (
          <Button onClick={() => open('new')} variant="secondary">
            Add a model
          </Button>
        )
      )}
      {models.isPending ? (
        <Loading label="Loading models…" />
      ) : (
        !models.isError && (
          <ul className="space-y-3" aria-label="Models">
            {items.length === 0 && (
              <li className="text-sm text-slate-600 dark:text-slate-400">
                No models yet: the chat answers with the built-in assistant.
                {!canManage && ' An owner of this workspace can add one.'}
              </li>
            )}
            {items.map((model) => (
              <li
                key={model.id}
                className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium text-slate-900 dark:text-slate-50">{model.name}</p>
                    <p className="font-mono text-xs text-slate-600 dark:text-slate-400">
                      {model.model} · {model.baseUrl}
                    </p>
                    <p className="text-xs text-slate-500 dark:text-slate-400">
                      {model.contextTokens.toLocaleString()} tokens{model.vision ? ' · reads images' : ''} · workspace key{' '}
                      {model.hasWorkspaceKey ? 'set' : 'none'}
                    </p>
                  </div>
                  {canManage && (
                    <div className="flex gap-2">
                      <Button size="sm" variant="secondary" onClick={() => open(model)}>
                        Edit
                      </Button>
                      <Button size="sm" variant="danger" onClick={() => setDeleting(model)}>
                        Delete
                      </Button>
                    </div>
                  )}
                </div>
                <OwnKey model={model} />
              </li>
            ))}
          </ul>
        )
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate({ modelId: deleting.id })}
          onCancel={() => setDeleting(null)}
        >
          Agents and sessions that name it will answer with the built-in assistant, saying so. Its keys are deleted.
        </ConfirmDialog>
      )}
    </div>
  );
}
