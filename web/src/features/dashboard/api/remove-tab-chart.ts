import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Tab } from '../types';
import { tabKey, tabPath } from './keys';

/** Takes a chart off a tab; the chart stays in the library. */
export const removeTabChart = ({ tabId, chartId }: { tabId: string; chartId: string }) =>
  api.delete(`${tabPath(tabId)}/charts/${encodeURIComponent(chartId)}`);

export const useRemoveTabChart = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof removeTabChart> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: removeTabChart,
    onSuccess: (result, input, ...args) => {
      queryClient.setQueryData<Tab>(tabKey(input.tabId), (old) =>
        old && { ...old, charts: old.charts.filter((c) => c.chartId !== input.chartId) },
      );
      onSuccess?.(result, input, ...args);
    },
  });
};
