import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { GridPlacement, TabChart, TimeWindow } from '../types';
import { tabKey, tabPath } from './keys';

export type AddTabChartInput = { tabId: string; chartId: string; layout?: GridPlacement; window?: TimeWindow };

/** Pins a chart of the library to a tab. */
export const addTabChart = ({ tabId, ...body }: AddTabChartInput) =>
  api.post<TabChart | undefined>(`${tabPath(tabId)}/charts`, body).then((chart) => chart ?? null);

export const useAddTabChart = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof addTabChart> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: addTabChart,
    onSuccess: (chart, input, ...args) => {
      void queryClient.invalidateQueries({ queryKey: tabKey(input.tabId) });
      onSuccess?.(chart, input, ...args);
    },
  });
};
