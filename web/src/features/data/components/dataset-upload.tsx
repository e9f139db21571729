import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { ProgressBar } from '@/components/progress-bar';
import { Spinner } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { fieldError } from '@/lib/api-client';
import { baseName, formatCount } from '@/lib/format';
import { useImportDataset } from '../api/import-dataset';
import { usePreviewDataset } from '../api/preview-dataset';
import type { FilePreview } from '../api/preview-dataset';
import { ROLE_LABELS, SOURCE_LABELS } from './cells';
import { DropZone } from './drop-zone';
import { RowsTable } from './rows-table';

/** How far an upload is: 0…1 while bytes go out (null: unknown), 1 once the server is working. */
type Progress = number | null;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Choose a file → see what the server infers (schema and first rows) → name it and import.
 * A failure at any step shows the server's detail and keeps the user on that step.
 */
export function DatasetUpload({ workspaceId }: { workspaceId: string }) {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<Progress>(0);
  const uploadAbort = useRef<AbortController | null>(null);

  const preview = usePreviewDataset();
  const importing = useImportDataset();

  // leaving the page stops an upload still on the wire
  useEffect(() => () => uploadAbort.current?.abort(), []);

  const startUpload = () => {
    uploadAbort.current?.abort();
    const controller = new AbortController();
    uploadAbort.current = controller;
    setProgress(0);
    return controller.signal;
  };

  const choose = (chosen: File) => {
    importing.reset();
    setFile(chosen);
    setName(baseName(chosen.name));
    preview.mutate({ file: chosen, onProgress: setProgress, signal: startUpload() });
  };

  const cancel = () => {
    uploadAbort.current?.abort();
    uploadAbort.current = null;
    preview.reset();
    importing.reset();
    setFile(null);
    setName('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    importing.mutate(
      { file, workspaceId, name: name.trim(), onProgress: setProgress, signal: startUpload() },
      // on the call, not the hook: a user who has left the page is not pulled back to the dataset
      { onSuccess: (dataset) => navigate(`/data/${encodeURIComponent(dataset.id)}`) },
    );
  };

  if (file && preview.data) {
    // once every byte is sent the server imports regardless, so there is nothing left to cancel
    const serverWorking = importing.isPending && progress === 1;
    return (
      <PreviewStep file={file} preview={preview.data}>
        <form onSubmit={submit} className="space-y-3" aria-busy={importing.isPending || undefined}>
          <div className="flex flex-wrap items-end gap-3">
            <TextField
              label="Dataset name"
              required
              maxLength={200}
              autoFocus
              value={name}
              disabled={importing.isPending}
              onChange={(e) => setName(e.target.value)}
              error={fieldError(importing.error, 'name')}
              wrapperClassName="min-w-64 flex-1"
            />
            <Button type="submit" pending={importing.isPending} disabled={!name.trim()}>
              Import
            </Button>
            <Button variant="secondary" onClick={cancel} disabled={serverWorking}>
              Cancel
            </Button>
          </div>
          <div aria-live="polite">
            {importing.isPending &&
              (serverWorking ? (
                <p role="status" className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
                  <Spinner className="size-4" />
                  Importing…
                </p>
              ) : (
                <ProgressBar label={`Uploading ${file.name}`} value={progress} />
              ))}
          </div>
          {!isAbort(importing.error) && <ErrorAlert error={importing.error} />}
        </form>
      </PreviewStep>
    );
  }

  return (
    <div className="space-y-3">
      <DropZone onFile={choose} disabled={preview.isPending} />
      <div aria-live="polite">
        {preview.isPending && file && (
          progress === 1 ? (
            <p role="status" className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
              <Spinner className="size-4" />
              Reading {file.name}…
            </p>
          ) : (
            <div className="flex items-end gap-3">
              <div className="flex-1">
                <ProgressBar label={`Sending ${file.name} for a preview`} value={progress} />
              </div>
              <Button variant="secondary" size="sm" onClick={cancel}>
                Cancel
              </Button>
            </div>
          )
        )}
      </div>
      {!isAbort(preview.error) && <ErrorAlert error={preview.error} />}
    </div>
  );
}

function PreviewStep({ file, preview, children }: { file: File; preview: FilePreview; children: ReactNode }) {
  const shown = preview.rows.rows.length;
  return (
    <div className="space-y-5">
      <div>
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Preview of {file.name}</h3>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {SOURCE_LABELS[preview.format] ?? preview.format} · {preview.columns.length}{' '}
          {preview.columns.length === 1 ? 'column' : 'columns'}. Nothing is stored until you import.
        </p>
        {preview.fromHead && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Schema and rows inferred from the first 1 MB of {file.name}; the whole file is checked when you import.
          </p>
        )}
      </div>
      <div>
        <h4 className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">Inferred schema</h4>
        <Table caption={`Inferred schema of ${file.name}`}>
          <thead>
            <tr>
              <Th>Column</Th>
              <Th>Type</Th>
              <Th>Role</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {preview.columns.length === 0 && <EmptyRow colSpan={3}>No columns found.</EmptyRow>}
            {preview.columns.map((column) => (
              <tr key={column.name}>
                <Td className="font-medium">{column.name}</Td>
                <Td>
                  <code className="font-mono text-xs">{column.type}</code>
                </Td>
                <Td>{ROLE_LABELS[column.role] ?? column.role}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Roles can be changed after the import.
        </p>
      </div>
      <div>
        {/* "first", never "all": the preview reads a fixed number of rows and cannot tell whether more follow */}
        <h4 className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">
          First {formatCount(shown)} {shown === 1 ? 'row' : 'rows'}
        </h4>
        <RowsTable data={preview.rows} caption={`First rows of ${file.name}`} />
      </div>
      {children}
    </div>
  );
}
