import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Tab, TabFilter, TimeWindow } from '../types';
import { tabKey, tabListsKey, tabPath } from './keys';

/**
 * `PATCH /api/tabs/{id}`: any of the fields; `position` moves the tab and renumbers the others.
 * Text cards have their own endpoints (`text-cards.ts`).
 */
export type UpdateTabInput = {
  tabId: string;
  name?: string;
  window?: TimeWindow | null;
  filters?: TabFilter[];
  refreshSeconds?: number | null;
  position?: number;

};

export const updateTab = ({ tabId, ...patch }: UpdateTabInput) => api.patch<Tab>(tabPath(tabId), patch);

export const useUpdateTab = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateTab> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateTab,
    onSuccess: (tab, input, ...args) => {
      if (tab?.id) queryClient.setQueryData(tabKey(tab.id), tab);
      else void queryClient.invalidateQueries({ queryKey: tabKey(input.tabId) });
      void queryClient.invalidateQueries({ queryKey: tabListsKey });
      onSuccess?.(tab, input, ...args);
    },
  });
};
