import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { AssistantIntent } from '../types';
import { intentsKey } from './keys';

export type UpdateIntentInput = { workspaceId: string; name: string; examples: string[] };

/** Replaces an intent's examples (editors); the workspace's classifier is rebuilt at once. */
export const updateIntent = ({ workspaceId, name, examples }: UpdateIntentInput) =>
  api.put<AssistantIntent>(
    `/api/assistant/intents/${encodeURIComponent(name)}`,
    { examples },
    { params: { workspaceId } },
  );

export const useUpdateIntent = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateIntent> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateIntent,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: intentsKey(args[1].workspaceId) });
      onSuccess?.(...args);
    },
  });
};
