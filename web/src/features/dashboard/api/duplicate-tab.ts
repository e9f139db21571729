import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Tab } from '../types';
import { tabKey, tabListsKey, tabPath } from './keys';

/** `POST /api/tabs/{id}/duplicate`: a copy with its window, filters, charts and cards, in one step. */
export const duplicateTab = ({ tabId }: { tabId: string; workspaceId?: string }) =>
  api.post<Tab>(`${tabPath(tabId)}/duplicate`, {});

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
      void queryClient.invalidateQueries({ queryKey: tabListsKey });
      onSettled?.(...args);
    },
  });
};
