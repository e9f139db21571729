import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export const logout = (): Promise<void> => api.post<void>('/api/auth/logout');

/**
 * Ends the session on the server. Callers then load the login page afresh, which also drops
 * every cached answer of the old session.
 */
export const useLogout = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof logout> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: logout });
