import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { CalculatedField } from '@/types/api';
import { datasetPath, datasetQueryKey } from './get-dataset';
import { datasetListsQueryKey } from './get-datasets';

export const calculatedFieldsPath = (datasetId: string) => `${datasetPath(datasetId)}/calculated-fields`;

export const calculatedFieldPath = (datasetId: string, name: string) =>
  `${calculatedFieldsPath(datasetId)}/${encodeURIComponent(name)}`;

/** An empty unit or description is stored as none. */
export type NewCalculatedField = { name: string; expression: string; unit?: string; description?: string };

export type CreateCalculatedFieldInput = { datasetId: string; field: NewCalculatedField };

export const createCalculatedField = ({ datasetId, field }: CreateCalculatedFieldInput) =>
  api.post<CalculatedField>(calculatedFieldsPath(datasetId), field);

/**
 * Refetches the dataset after any change to its fields: the list lives in the dataset's detail,
 * and its data version rose.
 */
export const refreshDatasetAfterFieldChange = async (queryClient: QueryClient, datasetId: string) => {
  await queryClient.invalidateQueries({ queryKey: datasetQueryKey(datasetId) });
  void queryClient.invalidateQueries({ queryKey: datasetListsQueryKey });
};

export const useCreateCalculatedField = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof createCalculatedField> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createCalculatedField,
    onSuccess: async (field, variables, ...args) => {
      await refreshDatasetAfterFieldChange(queryClient, variables.datasetId);
      onSuccess?.(field, variables, ...args);
    },
  });
};
