import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { User } from '@/types/api';

/** The signed-in user, or null when nobody is signed in (401). */
export async function getMe(): Promise<User | null> {
  try {
    return await api.get<User>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryKey = ['me'] as const;

export const getMeQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000 });

export const useMe = ({ queryConfig }: { queryConfig?: QueryConfig<typeof getMeQueryOptions> } = {}) =>
  useQuery({ ...getMeQueryOptions(), ...queryConfig });

/** The signed-in user where the app frame guarantees one. */
export function useUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useUser is only for pages behind the login');
  return data;
}
