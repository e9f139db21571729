/** Query keys of the dashboard; everything of one tab sits under `tabKey(id)`. */
export const tabListsKey = ['tabs', 'list'] as const;
export const tabKey = (tabId: string) => ['tabs', 'detail', tabId] as const;
export const tabDataKey = (tabId: string) => [...tabKey(tabId), 'data'] as const;
export const tabPath = (tabId: string) => `/api/tabs/${encodeURIComponent(tabId)}`;
