import type { ApiToken, CreatedApiToken, User, Workspace } from '@/types/api';

export const aUser = (overrides: Partial<User> = {}): User => ({
  id: 'u-1',
  email: 'ada@example.com',
  displayName: 'Ada',
  role: 'admin',
  personalWorkspaceId: 'w-personal',
  ...overrides,
});

export const aWorkspace = (overrides: Partial<Workspace> = {}): Workspace => ({
  id: 'w-personal',
  name: 'Ada’s workspace',
  personal: true,
  role: 'owner',
  memberCount: 1,
  createdAt: '2025-01-02T10:00:00Z',
  ...overrides,
});

export const aToken = (overrides: Partial<ApiToken> = {}): ApiToken => ({
  id: 't-1',
  name: 'ci',
  prefix: 'gs_ab12',
  createdAt: '2025-01-02T10:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
  ...overrides,
});

export const aCreatedToken = (overrides: Partial<CreatedApiToken> = {}): CreatedApiToken => ({
  id: 't-1',
  name: 'ci',
  token: 'gs_ab12_secretvalue0123456789',
  prefix: 'gs_ab12',
  createdAt: '2025-01-02T10:00:00Z',
  expiresAt: null,
  ...overrides,
});

export const page = <T,>(items: T[], p = 0, size = 50) => ({ items, page: p, size, total: items.length });
