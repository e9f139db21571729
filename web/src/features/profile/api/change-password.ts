import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export const MIN_PASSWORD_LENGTH = 8;

export const changePassword = (input: ChangePasswordInput) => api.post<void>('/api/me/password', input);

export const useChangePassword = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof changePassword> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: changePassword });
