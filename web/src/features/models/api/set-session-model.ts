import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKey, sessionListsKey, sessionPath } from '@/features/chat/api/keys';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { SessionWithModel } from './session-model';

/** Switches the session's model (null: back to the agent's); the next turn answers with it. */
export const setSessionModel = ({ sessionId, model }: { sessionId: string; model: string | null }) =>
  api.patch<SessionWithModel>(sessionPath(sessionId), { model });

export const useSetSessionModel = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof setSessionModel> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: setSessionModel,
    onSuccess: (session, ...args) => {
      queryClient.setQueryData(sessionKey(session.id), session);
      void queryClient.invalidateQueries({ queryKey: sessionListsKey });
      onSuccess?.(session, ...args);
    },
  });
};
