/**
 * Shapes of `/api/shares` and `/api/public/{token}` (issue 8 contract). Dates are ISO-8601 text.
 */
import type { ChartData, ChartVisual, GridPlacement, TimeWindow } from '@/features/dashboard/types';

export type ShareTargetType = 'chart' | 'tab';

/** What is shared: `{type: "tab", id}`; listings add its title. */
export type ShareTargetRef = { type: ShareTargetType; id: string };

export type SharePermission = 'view' | 'edit';

export type SharePerson = { id: string; email: string | null };

/** A live share as `GET /api/shares` lists it; the token is never in it. */
export type Share = {
  id: string;
  target: ShareTargetRef & { title: string | null };
  kind: 'public' | 'user';
  grantee: SharePerson | null;
  permission: SharePermission;
  expiresAt: string | null;
  passwordProtected: boolean;
  viewerMayChangeWindow: boolean;
  accessCount: number;
  lastAccessAt: string | null;
  createdBy: SharePerson | null;
  createdAt: string;
};

/** `POST /api/shares` answer; `token` is set for a public link, and only here. */
export type CreatedShare = { id: string; url: string; token: string | null };

export type ShareRecipient =
  | { email: string; permission: SharePermission }
  | { public: true; expiresAt?: string; password?: string; viewerMayChangeWindow: boolean };

export type NewShare = { target: ShareTargetRef; to: ShareRecipient };

/** One chart of a public link; `data` is null when that chart failed (its error is not shown). */
export type PublicChart = {
  title: string;
  visual: ChartVisual;
  layout?: GridPlacement | null;
  data: ChartData | null;
};

/** A filter the viewer may change, when the sharer allowed it. */
export type PublicFilter = { column: string; label?: string | null; values: string[] };

/**
 * `GET /api/public/{token}`. Fields beyond `title` and `charts` are the contract's additions;
 * an older server leaves them out, which reads as a fixed chart.
 */
export type PublicView = {
  title: string;
  kind?: ShareTargetType;
  viewerMayChangeWindow?: boolean;
  /** The window shown: a window object, or its `window=` spelling. */
  window?: TimeWindow | string | null;
  filters?: PublicFilter[];
  charts: PublicChart[];
};
