import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Run, RunInput } from '../types';
import { runKey, runListKey, sitePath } from './keys';

/** Plans the site; an infeasible problem answers 422 with the conflicting constraints in words. */
export const createRun = ({ siteId, input }: { siteId: string; input: RunInput }) =>
  api.post<Run>(`${sitePath(siteId)}/runs`, input);

export const useCreateRun = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createRun> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createRun,
    onSuccess: async (...args) => {
      const [run, { siteId }] = args;
      queryClient.setQueryData(runKey(run.id), run);
      await queryClient.invalidateQueries({ queryKey: runListKey(siteId) });
      onSuccess?.(...args);
    },
  });
};
