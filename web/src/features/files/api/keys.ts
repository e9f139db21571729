/** Query keys and paths of a workspace's files. */
export const filesKey = (workspaceId: string) => ['workspaces', workspaceId, 'files'] as const;
export const filesPath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/files`;
export const filePath = (workspaceId: string, fileId: string) =>
  `${filesPath(workspaceId)}/${encodeURIComponent(fileId)}`;
/** The download link: always an attachment, never shown inline. */
export const fileContentUrl = (workspaceId: string, fileId: string) => `${filePath(workspaceId, fileId)}/content`;
