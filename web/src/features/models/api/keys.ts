/** Query keys of the workspace's models. */
export const modelsKey = ['models'] as const;
export const modelListKey = (workspaceId: string) => [...modelsKey, 'list', workspaceId] as const;
