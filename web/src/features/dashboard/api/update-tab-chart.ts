import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { TabChart, TimeWindow } from '../types';
import { tabKey, tabPath } from './keys';

/** `window: null` drops the chart's override: it follows the tab's window again. */
export type UpdateTabChartInput = { tabId: string; chartId: string; window?: TimeWindow | null; title?: string };

export const updateTabChart = ({ tabId, chartId, ...patch }: UpdateTabChartInput) =>
  api.patch<TabChart | undefined>(`${tabPath(tabId)}/charts/${encodeURIComponent(chartId)}`, patch).then((chart) => chart ?? null);

export const useUpdateTabChart = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateTabChart> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateTabChart,
    onSuccess: (chart, input, ...args) => {
      // the tab (override shown) and its data (drawn with the new window) both change
      void queryClient.invalidateQueries({ queryKey: tabKey(input.tabId) });
      onSuccess?.(chart, input, ...args);
    },
  });
};
