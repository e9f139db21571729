import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Agent, AgentInput } from '../types';
import { agentsKey } from './keys';

/** Saves the agent: a new version when anything changed, the same one otherwise. */
export const updateAgent = ({ agentId, input }: { agentId: string; input: AgentInput }) =>
  api.put<Agent>(`/api/chat/agents/${encodeURIComponent(agentId)}`, input);

export const useUpdateAgent = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateAgent> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateAgent,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: agentsKey });
      onSuccess?.(...args);
    },
  });
};
