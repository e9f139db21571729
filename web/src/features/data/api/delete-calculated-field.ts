import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { calculatedFieldPath, refreshDatasetAfterFieldChange } from './create-calculated-field';

export type DeleteCalculatedFieldInput = { datasetId: string; name: string };

/** Refused (409) while another calculated field uses this one. */
export const deleteCalculatedField = ({ datasetId, name }: DeleteCalculatedFieldInput) =>
  api.delete(calculatedFieldPath(datasetId, name));

export const useDeleteCalculatedField = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof deleteCalculatedField> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteCalculatedField,
    onSuccess: async (data, variables, ...args) => {
      await refreshDatasetAfterFieldChange(queryClient, variables.datasetId);
      onSuccess?.(data, variables, ...args);
    },
  });
};
