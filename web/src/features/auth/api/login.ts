import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { User } from '@/types/api';
import { meQueryKey } from './get-me';

export type LoginInput = { email: string; password: string };

export const login = (input: LoginInput): Promise<User> => api.post<User>('/api/auth/login', input);

export const useLogin = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof login> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: login,
    onSuccess: (user, ...args) => {
      // whatever was cached belonged to the previous session
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
      onSuccess?.(user, ...args);
    },
  });
};
