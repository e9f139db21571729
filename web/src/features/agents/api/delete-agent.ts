import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { agentsKey } from './keys';

export const deleteAgent = ({ agentId }: { agentId: string }) =>
  api.delete(`/api/chat/agents/${encodeURIComponent(agentId)}`);

export const useDeleteAgent = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteAgent> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteAgent,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: agentsKey });
      onSuccess?.(...args);
    },
  });
};
