import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { modelsKey } from './keys';

export const deleteModel = ({ modelId }: { modelId: string }) =>
  api.delete<void>(`/api/models/${encodeURIComponent(modelId)}`);

export const useDeleteModel = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteModel> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteModel,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: modelsKey });
      onSuccess?.(...args);
    },
  });
};
