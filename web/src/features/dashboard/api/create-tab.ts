import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Tab, TimeWindow } from '../types';
import { tabKey, tabListsKey } from './keys';

export type CreateTabInput = { name: string; workspaceId?: string; window?: TimeWindow | null };

export const createTab = (input: CreateTabInput) => api.post<Tab>('/api/tabs', input);

export const useCreateTab = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createTab> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createTab,
    onSuccess: (tab, ...args) => {
      queryClient.setQueryData(tabKey(tab.id), tab);
      void queryClient.invalidateQueries({ queryKey: tabListsKey });
      onSuccess?.(tab, ...args);
    },
  });
};
