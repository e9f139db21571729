/** Query keys and paths of the chat; everything of one session sits under `sessionKey(id)`. */
export const chatKey = ['chat'] as const;
export const sessionListsKey = [...chatKey, 'sessions', 'list'] as const;
export const sessionKey = (sessionId: string) => [...chatKey, 'sessions', 'detail', sessionId] as const;
export const sessionPath = (sessionId: string) => `/api/chat/sessions/${encodeURIComponent(sessionId)}`;
