import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { energyKey, sitePath } from './keys';

export const deleteSite = ({ siteId }: { siteId: string }) => api.delete(sitePath(siteId));

export const useDeleteSite = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteSite> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteSite,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: energyKey });
      onSuccess?.(...args);
    },
  });
};
