import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { tabKey, tabListsKey, tabPath } from './keys';

/** Deletes a tab; the server keeps it restorable for a while (`POST …/restore`). */
export const deleteTab = ({ tabId }: { tabId: string }) => api.delete(tabPath(tabId));

export const useDeleteTab = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteTab> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteTab,
    onSuccess: (result, input, ...args) => {
      queryClient.removeQueries({ queryKey: tabKey(input.tabId) });
      void queryClient.invalidateQueries({ queryKey: tabListsKey });
      onSuccess?.(result, input, ...args);
    },
  });
};
