import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Agent, AgentInput } from '../types';
import { agentsKey } from './keys';

/** A new agent at version 1 (editors). */
export const createAgent = (input: AgentInput) => api.post<Agent>('/api/chat/agents', input);

export const useCreateAgent = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createAgent> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createAgent,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: agentsKey });
      onSuccess?.(...args);
    },
  });
};
