import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Tab } from '../types';
import { addTabChart } from './add-tab-chart';
import { getTab } from './get-tab';
import { tabKey, tabListsKey, tabPath } from './keys';

/**
 * Copies a tab through the endpoints the API has (it has no duplicate endpoint): a new tab
 * with the same window, then its filters, refresh and cards, then each chart with its
 * placement and window override. A failure midway leaves a partial copy, which the user sees.
 */
export async function duplicateTab({ tabId, workspaceId }: { tabId: string; workspaceId: string }): Promise<Tab> {
  const source = await getTab(tabId);
  const copy = await api.post<Tab>('/api/tabs', { name: `${source.name} (copy)`, workspaceId, window: source.window });
  await api.patch<Tab>(tabPath(copy.id), {
    filters: source.filters,
    refreshSeconds: source.refreshSeconds,
    cards: source.cards,
  });
  for (const chart of source.charts) {
    await addTabChart({ tabId: copy.id, chartId: chart.chartId, layout: chart.layout, window: chart.window ?? undefined });
  }
  return getTab(copy.id);
}

export const useDuplicateTab = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof duplicateTab> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, onSettled, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: duplicateTab,
    onSuccess: (tab, ...args) => {
      queryClient.setQueryData(tabKey(tab.id), tab);
      onSuccess?.(tab, ...args);
    },
    onSettled: (...args) => {
      // also after a partial failure: the half-made copy exists and should be listed
      void queryClient.invalidateQueries({ queryKey: tabListsKey });
      onSettled?.(...args);
    },
  });
};
