import { useCallback, useState } from 'react';

const storageKey = (workspaceId: string) => `gridsight.chat.session.${workspaceId}`;

/** The session open in the chat, remembered per workspace so the panel and the page agree. */
export function useSelectedSession(workspaceId: string): [string | null, (sessionId: string | null) => void] {
  const [selected, setSelected] = useState<{ workspaceId: string; sessionId: string | null }>(() => ({
    workspaceId,
    sessionId: window.localStorage.getItem(storageKey(workspaceId)),
  }));
  const sessionId =
    selected.workspaceId === workspaceId ? selected.sessionId : window.localStorage.getItem(storageKey(workspaceId));
  const select = useCallback(
    (next: string | null) => {
      if (next) window.localStorage.setItem(storageKey(workspaceId), next);
      else window.localStorage.removeItem(storageKey(workspaceId));
      setSelected({ workspaceId, sessionId: next });
    },
    [workspaceId],
  );
  return [sessionId, select];
}
