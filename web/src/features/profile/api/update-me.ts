import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { User } from '@/types/api';
import { meQueryKey } from '@/features/auth/api/get-me';

export type UpdateMeInput = { displayName: string };

export const updateMe = (input: UpdateMeInput) => api.patch<User>('/api/me', input);

export const useUpdateMe = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateMe> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateMe,
    onSuccess: (user, ...args) => {
      queryClient.setQueryData(meQueryKey, user);
      onSuccess?.(user, ...args);
    },
  });
};
