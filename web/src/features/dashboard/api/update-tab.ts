import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Tab, TabFilter, TextCard, TimeWindow } from '../types';
import { tabKey, tabListsKey, tabPath } from './keys';

/**
 * `PATCH /api/tabs/{id}`: any of the fields. `position` (reorder) and `cards` (text cards)
 * are assumed: the issue lists no other endpoint for them.
 */
export type UpdateTabInput = {
  tabId: string;
  name?: string;
  window?: TimeWindow | null;
  filters?: TabFilter[];
  refreshSeconds?: number | null;
  position?: number;
  cards?: TextCard[];
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
