import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ChatSession } from '../types';
import { sessionKey, sessionListsKey, sessionPath } from './keys';

export type UpdateSessionInput = {
  sessionId: string;
  title?: string;
  tabId?: string | null;
  agentId?: string | null;
};

/** Renames a session or moves it to another tab or agent. */
export const updateSession = ({ sessionId, ...body }: UpdateSessionInput) =>
  api.patch<ChatSession>(sessionPath(sessionId), body);

export const useUpdateSession = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateSession> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateSession,
    onSuccess: (session, ...args) => {
      queryClient.setQueryData(sessionKey(session.id), session);
      void queryClient.invalidateQueries({ queryKey: sessionListsKey });
      onSuccess?.(session, ...args);
    },
  });
};
