import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ColumnRole, DatasetSummary } from '@/types/api';
import { datasetPath, datasetQueryKey } from './get-dataset';
import { datasetListsQueryKey } from './get-datasets';

/** Only the fields sent change; an empty unit or description clears it, an empty list the synonyms. */
export type ColumnChange = {
  role?: ColumnRole;
  unit?: string;
  description?: string;
  synonyms?: string[];
};

export type UpdateColumnInput = { datasetId: string; column: string; change: ColumnChange };

export const updateColumn = ({ datasetId, column, change }: UpdateColumnInput) =>
  api.patch<DatasetSummary>(`${datasetPath(datasetId)}/columns/${encodeURIComponent(column)}`, change);

export const useUpdateColumn = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateColumn> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateColumn,
    onSuccess: (dataset, ...args) => {
      queryClient.setQueryData(datasetQueryKey(dataset.id), dataset);
      void queryClient.invalidateQueries({ queryKey: datasetListsQueryKey });
      onSuccess?.(dataset, ...args);
    },
  });
};
