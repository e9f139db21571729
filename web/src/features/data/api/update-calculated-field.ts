import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { CalculatedField } from '@/types/api';
import { calculatedFieldPath, refreshDatasetAfterFieldChange } from './create-calculated-field';

/** Replaces all three: an empty or missing unit or description clears it. */
export type CalculatedFieldChange = { expression: string; unit?: string; description?: string };

export type UpdateCalculatedFieldInput = { datasetId: string; name: string; change: CalculatedFieldChange };

export const updateCalculatedField = ({ datasetId, name, change }: UpdateCalculatedFieldInput) =>
  api.put<CalculatedField>(calculatedFieldPath(datasetId, name), change);

export const useUpdateCalculatedField = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateCalculatedField> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateCalculatedField,
    onSuccess: async (field, variables, ...args) => {
      await refreshDatasetAfterFieldChange(queryClient, variables.datasetId);
      onSuccess?.(field, variables, ...args);
    },
  });
};
