/** Query keys of prompt templates. */
export const templatesKey = ['prompt-templates'] as const;
export const templateListKey = (workspaceId: string) => [...templatesKey, 'list', workspaceId] as const;
