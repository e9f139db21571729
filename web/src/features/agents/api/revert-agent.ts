import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Agent } from '../types';
import { agentsKey } from './keys';

/** A new version with the content of an older one. */
export const revertAgent = ({ agentId, version }: { agentId: string; version: number }) =>
  api.post<Agent>(`/api/chat/agents/${encodeURIComponent(agentId)}/revert`, { version });

export const useRevertAgent = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revertAgent> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: revertAgent,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: agentsKey });
      onSuccess?.(...args);
    },
  });
};
