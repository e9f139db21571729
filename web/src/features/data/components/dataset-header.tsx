import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextField } from '@/components/field';
import { fieldError } from '@/lib/api-client';
import { formatCount, formatDateTime } from '@/lib/format';
import type { DatasetSummary } from '@/types/api';
import { useDeleteDataset } from '../api/delete-dataset';
import { useRenameDataset } from '../api/rename-dataset';
import { SOURCE_LABELS } from './cells';

/** Name (renamed in place), the facts of the dataset, and delete. Edit actions only for editors. */
export function DatasetHeader({ dataset, editable }: { dataset: DatasetSummary; editable: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  return (
    <header className="space-y-3">
      <Link to="/data" className="text-sm font-medium text-teal-800 hover:underline dark:text-teal-300">
        ← All datasets
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        {renaming ? (
          <RenameForm dataset={dataset} onDone={() => setRenaming(false)} />
        ) : (
          <div className="flex min-w-0 flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900 dark:text-slate-50">
              {dataset.name}
            </h1>
            {editable && (
              <Button variant="ghost" size="sm" onClick={() => setRenaming(true)}>
                Rename
              </Button>
            )}
          </div>
        )}
        {editable && !renaming && (
          <Button variant="danger" size="sm" onClick={() => setDeleting(true)}>
            Delete dataset
          </Button>
        )}
      </div>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <Fact term="Rows">{formatCount(dataset.rowCount)}</Fact>
        <Fact term="Columns">{formatCount(dataset.columns.length)}</Fact>
        <Fact term="Source">
          {SOURCE_LABELS[dataset.source] ?? dataset.source}
          {dataset.live && ' · live'}
        </Fact>
        <Fact term="Data version">{formatCount(dataset.dataVersion)}</Fact>
        <Fact term="Updated">{formatDateTime(dataset.updatedAt)}</Fact>
        {dataset.parentId && (
          <Fact term="Nested in">
            <Link
              to={`/data/${encodeURIComponent(dataset.parentId)}`}
              className="text-teal-800 underline dark:text-teal-300"
            >
              parent dataset
            </Link>
          </Fact>
        )}
      </dl>
      {deleting && <DeleteDialog dataset={dataset} onCancel={() => setDeleting(false)} />}
    </header>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">{term}</dt>
      <dd className="font-medium text-slate-900 tabular-nums dark:text-slate-100">{children}</dd>
    </div>
  );
}

function RenameForm({ dataset, onDone }: { dataset: DatasetSummary; onDone: () => void }) {
  const [name, setName] = useState(dataset.name);
  const rename = useRenameDataset();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === dataset.name) {
      onDone();
      return;
    }
    rename.mutate({ datasetId: dataset.id, name: trimmed }, { onSuccess: onDone });
  };

  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !rename.isPending) onDone();
      }}
      className="w-full max-w-xl space-y-2"
    >
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          label="Dataset name"
          required
          maxLength={200}
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(rename.error, 'name')}
          wrapperClassName="min-w-64 flex-1"
        />
        <Button type="submit" pending={rename.isPending} disabled={!name.trim()}>
          Save name
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={rename.isPending}>
          Cancel
        </Button>
      </div>
      <ErrorAlert error={rename.error} />
    </form>
  );
}

function DeleteDialog({ dataset, onCancel }: { dataset: DatasetSummary; onCancel: () => void }) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const remove = useDeleteDataset();

  return (
    <ConfirmDialog
      title={`Delete ${dataset.name}?`}
      confirmLabel="Delete dataset"
      pending={remove.isPending}
      error={remove.error}
      confirmDisabled={typed !== dataset.name}
      onCancel={onCancel}
      onConfirm={() =>
        remove.mutate({ datasetId: dataset.id }, { onSuccess: () => navigate('/data', { replace: true }) })
      }
    >
      <p>
        This deletes <strong>{dataset.name}</strong> and its {formatCount(dataset.rowCount)} rows for everyone in the
        workspace. Charts built on it stop working. This cannot be undone.
      </p>
      <TextField
        label={`Type the dataset name (${dataset.name}) to confirm`}
        value={typed}
        autoComplete="off"
        onChange={(e) => setTyped(e.target.value)}
      />
    </ConfirmDialog>
  );
}
