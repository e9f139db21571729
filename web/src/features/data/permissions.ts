import type { WorkspaceRole } from '@/types/api';

/** Editors and owners import, rename, delete and describe datasets; viewers only read. */
export function canEditData(role: WorkspaceRole | undefined): boolean {
  return role === 'owner' || role === 'editor';
}
