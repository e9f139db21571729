import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Site, SiteModel } from '../types';
import { energyKey } from './keys';

export type CreateSiteInput = { workspaceId: string; name: string; model: SiteModel };

/** A new site of the workspace (editors); the server checks the model against the dataset. */
export const createSite = (input: CreateSiteInput) => api.post<Site>('/api/energy/sites', input);

export const useCreateSite = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createSite> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createSite,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: energyKey });
      onSuccess?.(...args);
    },
  });
};
