import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { AssistantIntent } from '../types';
import { intentsKey } from './keys';

export type ResetIntentInput = { workspaceId: string; name: string };

/** Puts an intent back on its seeded examples (editors). */
export const resetIntent = ({ workspaceId, name }: ResetIntentInput) =>
  api.delete<AssistantIntent>(`/api/assistant/intents/${encodeURIComponent(name)}`, { params: { workspaceId } });

export const useResetIntent = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resetIntent> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: resetIntent,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: intentsKey(args[1].workspaceId) });
      onSuccess?.(...args);
    },
  });
};
