import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { CreatedApiToken } from '@/types/api';
import { tokensQueryKey } from './get-tokens';

/** Without `expiresInDays` the token does not expire. */
export type CreateTokenInput = { name: string; expiresInDays?: number };

export const createToken = (input: CreateTokenInput) => api.post<CreatedApiToken>('/api/tokens', input);

export const useCreateToken = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createToken> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createToken,
    onSuccess: (...args) => {
      void queryClient.invalidateQueries({ queryKey: tokensQueryKey });
      onSuccess?.(...args);
    },
  });
};
