import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { DatasetSummary } from '@/types/api';
import { datasetPath, datasetQueryKey } from './get-dataset';
import { datasetListsQueryKey } from './get-datasets';

export type RenameDatasetInput = { datasetId: string; name: string };

export const renameDataset = ({ datasetId, name }: RenameDatasetInput) =>
  api.patch<DatasetSummary>(datasetPath(datasetId), { name });

export const useRenameDataset = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof renameDataset> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: renameDataset,
    onSuccess: (dataset, ...args) => {
      queryClient.setQueryData(datasetQueryKey(dataset.id), dataset);
      void queryClient.invalidateQueries({ queryKey: datasetListsQueryKey });
      onSuccess?.(dataset, ...args);
    },
  });
};
