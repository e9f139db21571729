import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Site, SiteModel } from '../types';
import { energyKey, sitePath } from './keys';

/** Saves the site's name and model as a whole. */
export const updateSite = ({ siteId, name, model }: { siteId: string; name: string; model: SiteModel }) =>
  api.put<Site>(sitePath(siteId), { name, model });

export const useUpdateSite = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateSite> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateSite,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: energyKey });
      onSuccess?.(...args);
    },
  });
};
