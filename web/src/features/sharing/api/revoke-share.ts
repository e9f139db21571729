import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { sharesKey } from './keys';

/** Revokes a share: its link answers 404 from now on, like one that never existed. */
export const revokeShare = ({ shareId }: { shareId: string }) => api.delete(`/api/shares/${encodeURIComponent(shareId)}`);

export const useRevokeShare = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokeShare> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: revokeShare,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: sharesKey });
      onSuccess?.(...args);
    },
  });
};
