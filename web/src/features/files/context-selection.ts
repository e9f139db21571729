import type { WorkspaceFile } from './types';

/** The session's context files after ticking or unticking one; order kept, no duplicates. */
export function toggleContextFile(selected: readonly string[], fileId: string): string[] {
  return selected.includes(fileId) ? selected.filter((id) => id !== fileId) : [...selected, fileId];
}

export type ContextChip = { id: string; name: string; missing: boolean };

/**
 * The chips for the chosen files, in the order chosen. A chosen file that is no longer in the
 * workspace (deleted since) still shows, marked missing, so it can be taken off the list; the
 * assistant skips it meanwhile.
 */
export function contextChips(
  selected: readonly string[] | null | undefined,
  files: readonly Pick<WorkspaceFile, 'id' | 'name'>[] | undefined,
): ContextChip[] {
  if (!selected) return [];
  const byId = new Map((files ?? []).map((f) => [f.id, f.name]));
  return selected.map((id) => {
    const name = byId.get(id);
    return name === undefined ? { id, name: 'Deleted file', missing: true } : { id, name, missing: false };
  });
}

/** The server takes at most this many files as one session's context. */
export const MAX_CONTEXT_FILES = 20;

export function canAddMore(selected: readonly string[]): boolean {
  return selected.length < MAX_CONTEXT_FILES;
}
