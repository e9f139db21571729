import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { AdminUser, Role } from '@/types/api';
import { usersQueryKey } from './get-users';

export type UpdateUserRoleInput = { userId: string; role: Role };

export const updateUserRole = ({ userId, role }: UpdateUserRoleInput) =>
  api.patch<AdminUser>(`/api/users/${encodeURIComponent(userId)}`, { role });

export const useUpdateUserRole = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateUserRole> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateUserRole,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.(...args);
    },
  });
};
