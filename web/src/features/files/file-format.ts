import type { WorkspaceFile } from './types';

/** What the server accepts; `accept` only guides the file picker, the server checks the bytes. */
export const ACCEPTED_CONTEXT_FILES = '.pdf,.txt,.md,.markdown,.csv,.png,.jpg,.jpeg,.gif,.webp';

const units = ['bytes', 'KB', 'MB', 'GB'];

/** 1536 → "1.5 KB", 20971520 → "20 MB", 999 → "999 bytes". */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${value} ${value === 1 ? 'byte' : 'bytes'}`;
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

export type FileStatus = { tone: 'busy' | 'ok' | 'failed'; label: string };

/** The status as a person reads it: "Reading…", "Ready", or the failure's reason. */
export function fileStatus(status: string): FileStatus {
  if (status === 'processing') return { tone: 'busy', label: 'Reading…' };
  if (status === 'ready') return { tone: 'ok', label: 'Ready' };
  const reason = status.startsWith('failed:') ? status.slice('failed:'.length).trim() : status;
  return { tone: 'failed', label: reason ? `Failed: ${reason}` : 'Failed' };
}

/** "PDF, 12 pages, 30 passages" — what a file is and how much of it can be quoted. */
export function describeFile(file: Pick<WorkspaceFile, 'kind' | 'pages' | 'chunks'>): string {
  if (file.kind === 'image') return 'Image';
  const parts = [file.kind === 'pdf' ? 'PDF' : 'Text'];
  if (file.kind === 'pdf' && file.pages != null) parts.push(`${file.pages} ${file.pages === 1 ? 'page' : 'pages'}`);
  parts.push(`${file.chunks} ${file.chunks === 1 ? 'passage' : 'passages'}`);
  return parts.join(', ');
}

/** Whether the list should be asked again soon: a file is still being read. */
export function anyProcessing(files: readonly Pick<WorkspaceFile, 'status'>[] | undefined): boolean {
  return !!files?.some((f) => f.status === 'processing');
}
