import type { Share } from '@/features/sharing/types';

/** A live public link of tab t1, as `GET /api/shares` lists it. */
export const aShare = (overrides: Partial<Share> = {}): Share => ({
  id: 's1',
  target: { type: 'tab', id: 't1', title: 'Plant overview' },
  kind: 'public',
  grantee: null,
  permission: 'view',
  expiresAt: null,
  passwordProtected: true,
  viewerMayChangeWindow: false,
  accessCount: 12,
  lastAccessAt: '2026-11-20T10:00:00Z',
  createdBy: { id: 'u-1', email: 'ada@example.com' },
  createdAt: '2026-11-01T10:00:00Z',
  ...overrides,
});
