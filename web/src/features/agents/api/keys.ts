/** Query keys of agents; everything about one agent sits under `agentKey(id)`. */
export const agentsKey = ['agents'] as const;
export const agentListKey = (workspaceId: string) => [...agentsKey, 'list', workspaceId] as const;
export const agentKey = (agentId: string) => [...agentsKey, 'agent', agentId] as const;
