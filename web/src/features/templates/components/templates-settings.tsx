import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextField } from '@/components/field';
import { PageHeader, Section } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { useDeleteTemplate } from '../api/delete-template';
import { useTemplates } from '../api/get-templates';
import { useSaveTemplate } from '../api/save-template';
import { templateVariables } from '../template-fill';
import type { PromptTemplate, PromptTemplateInput } from '../types';

function TemplateForm({
  template,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  template?: PromptTemplate;
  pending: boolean;
  error: unknown;
  onSubmit: (input: PromptTemplateInput) => void;
  onCancel: () => void;
}) {
  const bodyId = useId();
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const variables = templateVariables(body);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ name: name.trim(), description: description.trim(), body });
  };
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={template ? `Edit ${template.name}` : 'New template'}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        <TextField
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={500}
        />
      </div>
      <div>
        <label htmlFor={bodyId} className="mb-1 block text-sm font-medium text-slate-800 dark:text-slate-200">
          Text
        </label>
        <textarea
          id={bodyId}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={5}
          required
          maxLength={20_000}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {'Variables: {{name}} or {{name|default}}. '}
          {variables.length > 0 ? `Found: ${variables.map((v) => v.name).join(', ')}.` : 'None yet.'}
        </p>
      </div>
      <ErrorAlert error={error} />
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          {template ? 'Save' : 'Create template'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** `/settings/templates`: the workspace's prompt templates, offered in the chat's "/" menu. Editors change them. */
export default function TemplatesSettings() {
  const { workspace } = useCurrentWorkspace();
  const canEdit = workspace.role !== 'viewer';
  const templates = useTemplates({ workspaceId: workspace.id });
  const [editing, setEditing] = useState<PromptTemplate | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PromptTemplate | null>(null);
  const save = useSaveTemplate({ mutationConfig: { onSuccess: () => setEditing(null) } });
  const remove = useDeleteTemplate({ mutationConfig: { onSuccess: () => setDeleting(null) } });
  const items = templates.data ?? [];

  return (
    <div className="space-y-6">
      <PageHeader
        title="Prompt templates"
        description={`Saved prompts with {{variables}} for ${workspace.name}: type / in the chat to insert one.`}
      />
      <ErrorAlert error={templates.error} />
      {editing ? (
        <Section title={editing === 'new' ? 'New template' : `Edit ${editing.name}`}>
          <TemplateForm
            key={editing === 'new' ? 'new' : editing.id}
            template={editing === 'new' ? undefined : editing}
            pending={save.isPending}
            error={save.error}
            onSubmit={(input) =>
              save.mutate({ workspaceId: workspace.id, templateId: editing === 'new' ? undefined : editing.id, input })
            }
            onCancel={() => setEditing(null)}
          />
        </Section>
      ) : (
        canEdit && (
          <Button
            variant="secondary"
            onClick={() => {
              save.reset();
              setEditing('new');
            }}
          >
            New template
          </Button>
        )
      )}
      {templates.isPending ? (
        <Loading label="Loading templates…" />
      ) : (
        !templates.isError && (
          <ul className="space-y-3" aria-label="Templates">
            {items.length === 0 && <li className="text-sm text-slate-600 dark:text-slate-400">No templates yet.</li>}
            {items.map((template) => (
              <li
                key={template.id}
                className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900 dark:text-slate-50">/{template.name}</p>
                    {template.description && (
                      <p className="text-sm text-slate-600 dark:text-slate-400">{template.description}</p>
                    )}
                    <p className="mt-1 truncate font-mono text-xs text-slate-500 dark:text-slate-400">{template.body}</p>
                  </div>
                  {canEdit && (
                    <div className="flex gap-2">
                      <Button
                        size="sm"
                        variant="secondary"
                        onClick={() => {
                          save.reset();
                          setEditing(template);
                        }}
                      >
                        Edit
                      </Button>
                      <Button size="sm" variant="danger" onClick={() => setDeleting(template)}>
                        Delete
                      </Button>
                    </div>
                  )}
                </div>
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
          onConfirm={() => remove.mutate({ templateId: deleting.id })}
          onCancel={() => setDeleting(null)}
        >
          It leaves the chat's / menu for everyone in the workspace.
        </ConfirmDialog>
      )}
    </div>
  );
}
