/** A workspace file as `GET /api/workspaces/{id}/files` lists it (docs/workspace-files.md). */
export type WorkspaceFile = {
  id: string;
  name: string;
  mediaType: string;
  /** Bytes. */
  size: number;
  kind: 'text' | 'pdf' | 'image';
  /** Passages its text was cut into (0 for an image). */
  chunks: number;
  /** A PDF's page count; null for other kinds. */
  pages: number | null;
  /** `processing`, `ready`, or `failed: <reason>`. */
  status: string;
  createdAt: string;
  createdBy: string | null;
  createdByName: string | null;
};
