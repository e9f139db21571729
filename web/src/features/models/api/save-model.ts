import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Model, ModelInput } from '../types';
import { modelsKey } from './keys';

/** Creates a model (no id) or replaces one's fields (owners and administrators). */
export const saveModel = ({ modelId, input }: { modelId?: string; input: ModelInput }) =>
  modelId
    ? api.put<Model>(`/api/models/${encodeURIComponent(modelId)}`, input)
    : api.post<Model>('/api/models', input);

export const useSaveModel = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof saveModel> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: saveModel,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: modelsKey });
      onSuccess?.(...args);
    },
  });
};
