/** Query keys of the energy page; everything of one site sits under `siteKey(id)`. */
export const energyKey = ['energy'] as const;
export const siteListKey = (workspaceId: string) => [...energyKey, 'sites', workspaceId] as const;
export const siteKey = (siteId: string) => [...energyKey, 'site', siteId] as const;
export const runListKey = (siteId: string) => [...siteKey(siteId), 'runs'] as const;
export const runKey = (runId: string) => [...energyKey, 'run', runId] as const;
export const sitePath = (siteId: string) => `/api/energy/sites/${encodeURIComponent(siteId)}`;
export const runPath = (runId: string) => `/api/energy/runs/${encodeURIComponent(runId)}`;
