/** Shapes of the server's JSON, shared by features. Dates are ISO-8601 strings. */

export type Role = 'admin' | 'member';

export type User = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  personalWorkspaceId: string;
};

export type WorkspaceRole = 'owner' | 'editor' | 'viewer';

export const WORKSPACE_ROLES: readonly WorkspaceRole[] = ['owner', 'editor', 'viewer'];

export type Workspace = {
  id: string;
  name: string;
  personal: boolean;
  role: WorkspaceRole;
  memberCount: number;
  createdAt: string;
};

export type Member = {
  userId: string;
  email: string;
  displayName: string;
  role: WorkspaceRole;
};

export type ApiToken = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

/** The answer to creating a token: the only time the secret is sent. */
export type CreatedApiToken = {
  id: string;
  name: string;
  token: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
};

export type AdminUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: string;
};

export type AuditEntry = {
  id: number;
  at: string;
  actorId?: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string | null;
  ip: string | null;
};

export type OidcProvider = { id: string; name: string; loginUrl: string };
