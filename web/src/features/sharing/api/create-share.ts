import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { CreatedShare, NewShare } from '../types';
import { sharesKey } from './keys';

/** Shares a chart or tab with a person, or makes a public link (its token comes back once). */
export const createShare = (input: NewShare) => api.post<CreatedShare>('/api/shares', input);

export const useCreateShare = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createShare> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createShare,
    onSuccess: (...args) => {
      void queryClient.invalidateQueries({ queryKey: sharesKey });
      onSuccess?.(...args);
    },
  });
};
