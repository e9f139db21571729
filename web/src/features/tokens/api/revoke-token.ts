import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { tokensQueryKey } from './get-tokens';

export const revokeToken = ({ tokenId }: { tokenId: string }) =>
  api.delete(`/api/tokens/${encodeURIComponent(tokenId)}`);

export const useRevokeToken = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokeToken> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: revokeToken,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: tokensQueryKey });
      onSuccess?.(...args);
    },
  });
};
