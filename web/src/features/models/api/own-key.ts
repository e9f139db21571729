import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Model } from '../types';
import { modelsKey } from './keys';

/** Stores the caller's own key for a model (`apiKey`), or removes it (no `apiKey`). */
export const setOwnKey = ({ modelId, apiKey }: { modelId: string; apiKey?: string }) => {
  const path = `/api/models/${encodeURIComponent(modelId)}/key`;
  return apiKey ? api.put<Model>(path, { apiKey }) : api.delete<Model>(path);
};

export const useSetOwnKey = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof setOwnKey> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: setOwnKey,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: modelsKey });
      onSuccess?.(...args);
    },
  });
};
