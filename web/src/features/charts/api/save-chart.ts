import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ChartBody, ChartView } from '../types';
import { chartKey, chartListsKey, chartPath } from './keys';

/**
 * Saves a chart: `POST /api/charts` when it is new, `PUT /api/charts/{id}` when `chartId`
 * names an existing one. Both answer the saved ChartView.
 */
export const saveChart = ({ chartId, body }: { chartId?: string; body: ChartBody }) =>
  chartId ? api.put<ChartView>(chartPath(chartId), body) : api.post<ChartView>('/api/charts', body);

export const useSaveChart = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof saveChart> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: saveChart,
    onSuccess: (chart, ...args) => {
      queryClient.setQueryData(chartKey(chart.id), chart);
      void queryClient.invalidateQueries({ queryKey: chartListsKey });
      onSuccess?.(chart, ...args);
    },
  });
};
