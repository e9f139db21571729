import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { AdminUser, Role } from '@/types/api';
import { usersQueryKey } from './get-users';

export type CreateUserInput = { email: string; displayName: string; password: string; role: Role };

export const createUser = (input: CreateUserInput) => api.post<AdminUser>('/api/users', input);

export const useCreateUser = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createUser> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createUser,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.(...args);
    },
  });
};
