/** Query keys of Settings → Assistant. */
export const intentsKey = (workspaceId: string) => ['assistant', 'intents', workspaceId] as const;
export const analyticsKey = ['assistant', 'analytics'] as const;
export const turnsKey = ['assistant', 'turns'] as const;
