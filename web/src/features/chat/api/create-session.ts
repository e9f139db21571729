import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ChatSession } from '../types';
import { sessionKey, sessionListsKey } from './keys';

export type CreateSessionInput = { workspaceId?: string; tabId?: string | null; agentId?: string | null; title?: string };

/** A new session; the workspace is the tab's, the agent's, the one named, or the user's own. */
export const createSession = (input: CreateSessionInput) =>
  api.post<ChatSession>('/api/chat/sessions', {
    workspaceId: input.workspaceId,
    tabId: input.tabId || undefined,
    agentId: input.agentId || undefined,
    title: input.title,
  });

export const useCreateSession = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createSession> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createSession,
    onSuccess: (session, ...args) => {
      queryClient.setQueryData(sessionKey(session.id), session);
      void queryClient.invalidateQueries({ queryKey: sessionListsKey });
      onSuccess?.(session, ...args);
    },
  });
};
