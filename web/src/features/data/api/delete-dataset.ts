import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { datasetPath, datasetQueryKey } from './get-dataset';
import { datasetListsQueryKey } from './get-datasets';

export const deleteDataset = ({ datasetId }: { datasetId: string }) => api.delete(datasetPath(datasetId));

export const useDeleteDataset = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof deleteDataset> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteDataset,
    onSuccess: async (data, variables, ...args) => {
      // its own queries would only answer 404 now
      queryClient.removeQueries({ queryKey: datasetQueryKey(variables.datasetId) });
      await queryClient.invalidateQueries({ queryKey: datasetListsQueryKey });
      onSuccess?.(data, variables, ...args);
    },
  });
};
