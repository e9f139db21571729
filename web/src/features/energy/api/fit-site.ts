import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Fit } from '../types';
import { energyKey, sitePath } from './keys';

/** Fits every asset that has history (a chp: power = a·admission + b·extraction + c); runs use the result. */
export const fitSite = ({ siteId, from, to }: { siteId: string; from?: string; to?: string }) =>
  api.post<Fit>(`${sitePath(siteId)}/fit`, { from, to });

export const useFitSite = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof fitSite> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: fitSite,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: energyKey });
      onSuccess?.(...args);
    },
  });
};
