import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { sessionKey, sessionListsKey, sessionPath } from './keys';

export const deleteSession = ({ sessionId }: { sessionId: string }) => api.delete(sessionPath(sessionId));

export const useDeleteSession = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteSession> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteSession,
    onSuccess: (result, input, ...args) => {
      queryClient.removeQueries({ queryKey: sessionKey(input.sessionId) });
      void queryClient.invalidateQueries({ queryKey: sessionListsKey });
      onSuccess?.(result, input, ...args);
    },
  });
};
