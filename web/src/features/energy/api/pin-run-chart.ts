import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tabKey, tabListsKey } from '@/features/dashboard/api/keys';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { runPath } from './keys';

export type PinnedRunChart = { chartId: string; tabId: string };

/** Saves one of the run's charts to the library and pins it to the tab. */
export const pinRunChart = ({ runId, kind, tabId }: { runId: string; kind: string; tabId: string }) =>
  api.post<PinnedRunChart>(`${runPath(runId)}/pin`, { kind, tabId });

export const usePinRunChart = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof pinRunChart> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: pinRunChart,
    onSuccess: async (...args) => {
      const [pinned] = args;
      await queryClient.invalidateQueries({ queryKey: tabListsKey });
      await queryClient.invalidateQueries({ queryKey: tabKey(pinned.tabId) });
      await queryClient.invalidateQueries({ queryKey: ['charts'] });
      onSuccess?.(...args);
    },
  });
};
