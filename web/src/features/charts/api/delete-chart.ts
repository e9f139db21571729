import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { chartKey, chartListsKey, chartPath } from './keys';

/** `DELETE /api/charts/{id}`: the chart leaves the library and every tab it was pinned to. */
export const deleteChart = ({ chartId }: { chartId: string }) => api.delete(chartPath(chartId));

export const useDeleteChart = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteChart> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteChart,
    onSuccess: (result, input, ...args) => {
      queryClient.removeQueries({ queryKey: chartKey(input.chartId) });
      void queryClient.invalidateQueries({ queryKey: chartListsKey });
      // tabs that showed it lose a placement
      void queryClient.invalidateQueries({ queryKey: ['tabs'] });
      onSuccess?.(result, input, ...args);
    },
  });
};
