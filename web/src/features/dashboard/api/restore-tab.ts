import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Tab } from '../types';
import { tabKey, tabListsKey, tabPath } from './keys';

/** Undoes a recent delete. */
export const restoreTab = ({ tabId }: { tabId: string }) => api.post<Tab | undefined>(`${tabPath(tabId)}/restore`).then((tab) => tab ?? null);

export const useRestoreTab = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof restoreTab> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: restoreTab,
    onSuccess: (tab, input, ...args) => {
      if (tab?.id) queryClient.setQueryData(tabKey(tab.id), tab);
      void queryClient.invalidateQueries({ queryKey: tabListsKey });
      onSuccess?.(tab, input, ...args);
    },
  });
};
