import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { LayoutBody } from '../grid-layout';
import type { Tab } from '../types';
import { tabKey, tabPath } from './keys';

/** `PUT /api/tabs/{id}/layout` with every placement of the tab (body shape assumed). */
export const saveLayout = ({ tabId, layout }: { tabId: string; layout: LayoutBody }) =>
  api.put<Tab | undefined>(`${tabPath(tabId)}/layout`, layout).then((tab) => tab ?? null);

export const useSaveLayout = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof saveLayout> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: saveLayout,
    onSuccess: (tab, input, ...args) => {
      // the grid already shows the new layout; keep the cached tab in step without a refetch
      queryClient.setQueryData<Tab>(tabKey(input.tabId), (old) =>
        tab?.id
          ? tab
          : old && {
              ...old,
              charts: old.charts.map((c) => ({
                ...c,
                layout: input.layout.charts.find((p) => p.chartId === c.chartId)?.layout ?? c.layout,
              })),
              cards: old.cards.map((c) => ({
                ...c,
                layout: input.layout.cards.find((p) => p.id === c.id)?.layout ?? c.layout,
              })),
            },
      );
      onSuccess?.(tab, input, ...args);
    },
  });
};
