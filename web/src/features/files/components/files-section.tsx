import { useEffect, useRef, useState } from 'react';
import type { DragEvent, FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { formatDateTime } from '@/lib/format';
import { useDeleteFile } from '../api/delete-file';
import { useFiles } from '../api/get-files';
import { fileContentUrl } from '../api/keys';
import { useRenameFile } from '../api/rename-file';
import { useUploadFile } from '../api/upload-file';
import { ACCEPTED_CONTEXT_FILES, describeFile, fileStatus, formatSize } from '../file-format';
import type { WorkspaceFile } from '../types';

const PAGE_SIZE = 50;

const inputClass =
  'min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

const statusTone = {
  busy: 'text-amber-700 dark:text-amber-300',
  ok: 'text-emerald-700 dark:text-emerald-400',
  failed: 'text-red-700 dark:text-red-400',
} as const;

/**
 * The workspace's files, which a chat session can take as context: upload (drop or choose),
 * the list with size, kind and status, rename, download and delete. Editors change; viewers read.
 */
export function FilesSection() {
  const { workspace } = useCurrentWorkspace();
  const canEdit = workspace.role === 'owner' || workspace.role === 'editor';
  const [page, setPage] = useState(0);
  const files = useFiles({ workspaceId: workspace.id, page, size: PAGE_SIZE });
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<WorkspaceFile | null>(null);
  const rename = useRenameFile({ mutationConfig: { onSuccess: () => setRenaming(null) } });
  const remove = useDeleteFile({ mutationConfig: { onSuccess: () => setDeleting(null) } });

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    if (renaming && renaming.name.trim()) {
      rename.mutate({ workspaceId: workspace.id, fileId: renaming.id, name: renaming.name.trim() });
    }
  };

  return (
    <Section
      title="Files"
      description={
        <>
          PDF, text, Markdown, CSV and images that a chat can take as context (pick them under “Context files” in
          the chat). Their text is read, cut into passages and quoted with the file name; it is data for the
          assistant, never instructions.{canEdit ? '' : ' Only editors and owners can upload, rename or delete.'}
        </>
      }
    >
      {canEdit && <FileUpload workspaceId={workspace.id} />}
      <ErrorAlert error={files.error ?? rename.error} className="mb-3" />
      {files.isPending ? (
        <Loading label="Loading files…" />
      ) : (
        <Table caption={`Files of ${workspace.name}`}>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Kind</Th>
              <Th>Size</Th>
              <Th>Status</Th>
              <Th>Added</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {files.data?.items.length === 0 && <EmptyRow colSpan={6}>No files yet.</EmptyRow>}
            {files.data?.items.map((file) => {
              const status = fileStatus(file.status);
              return (
                <tr key={file.id}>
                  <Td className="font-medium">
                    {renaming?.id === file.id ? (
                      <form onSubmit={submitRename} className="flex items-center gap-2">
                        <input
                          aria-label={`New name of ${file.name}`}
                          autoFocus
                          maxLength={200}
                          value={renaming.name}
                          onChange={(e) => setRenaming({ id: file.id, name: e.target.value })}
                          onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                          className={`${inputClass} flex-1`}
                        />
                        <Button size="sm" type="submit" pending={rename.isPending} disabled={!renaming.name.trim()}>
                          Save
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => setRenaming(null)}>
                          Cancel
                        </Button>
                      </form>
                    ) : (
                      <a
                        href={fileContentUrl(workspace.id, file.id)}
                        download={file.name}
                        className="underline-offset-2 hover:underline"
                        title="Download"
                      >
                        {file.name}
                      </a>
                    )}
                  </Td>
                  <Td>{describeFile(file)}</Td>
                  <Td>{formatSize(file.size)}</Td>
                  <Td>
                    <span className={statusTone[status.tone]}>{status.label}</span>
                  </Td>
                  <Td className="text-xs text-slate-600 dark:text-slate-400">
                    {formatDateTime(file.createdAt)}
                    {file.createdByName ? ` by ${file.createdByName}` : ''}
                  </Td>
                  <Td className="whitespace-nowrap text-right">
                    <a
                      href={fileContentUrl(workspace.id, file.id)}
                      download={file.name}
                      className="px-2 text-sm text-slate-700 underline-offset-2 hover:underline dark:text-slate-200"
                      aria-label={`Download ${file.name}`}
                    >
                      Download
                    </a>
                    {canEdit && (
                      <>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Rename ${file.name}`}
                          onClick={() => setRenaming({ id: file.id, name: file.name })}
                        >
                          Rename
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Delete ${file.name}`}
                          onClick={() => setDeleting(file)}
                        >
                          Delete
                        </Button>
                      </>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination label="File pages" of={files.data} onPageChange={setPage} />
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel="Delete file"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => {
            setDeleting(null);
            remove.reset();
          }}
          onConfirm={() => remove.mutate({ workspaceId: workspace.id, fileId: deleting.id })}
        >
          <p>Chats that use it as context stop quoting it. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

/** Takes one file by drag and drop or through "Upload file", with the upload's progress. */
function FileUpload({ workspaceId }: { workspaceId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const upload = useUploadFile({
    mutationConfig: {
      onSuccess: (file) => setUploaded(file.name),
      onSettled: () => setProgress(null),
    },
  });

  useEffect(() => {
    // a file dropped beside the zone would make the browser open it, leaving the app
    const guard = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);

  const take = (list: FileList | null | undefined) => {
    if (!list || list.length === 0 || upload.isPending) return;
    setUploaded(null);
    setProgress(0);
    upload.mutate({ workspaceId, file: list[0], onProgress: setProgress });
  };

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    setOver(true);
  };

  return (
    <div className="mb-4 space-y-2">
      <div
        role="group"
        aria-label="Upload a file"
        data-testid="file-drop-zone"
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(event.dataTransfer.files);
        }}
        className={`flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-dashed px-4 py-3 text-sm ${
          over
            ? 'border-teal-600 bg-teal-50 dark:border-teal-400 dark:bg-teal-950/40'
            : 'border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900/60'
        }`}
      >
        <p className="text-slate-700 dark:text-slate-300">
          Drop a file here, or choose one. PDF, TXT, MD, CSV, PNG, JPEG, GIF or WebP.
        </p>
        <Button variant="secondary" size="sm" pending={upload.isPending} onClick={() => input.current?.click()}>
          Upload file
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED_CONTEXT_FILES}
          aria-label="File to upload"
          hidden
          onChange={(event) => {
            take(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {upload.isPending && (
        <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
          {progress === null || progress >= 1 ? 'Reading the file…' : `Uploading… ${Math.round(progress * 100)}%`}
        </p>
      )}
      <ErrorAlert error={upload.error} />
      {uploaded && !upload.error && (
        <Alert tone="success">Uploaded {uploaded}. Its text is indexed in the background; the status says when.</Alert>
      )}
    </div>
  );
}
