import { QueryCache, QueryClient } from '@tanstack/react-query';
import type { DefaultOptions, UseMutationOptions, UseQueryOptions } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Extra options a caller may pass to a feature's query hook. */
export type QueryConfig<T extends (...args: never[]) => unknown> = Omit<
  ReturnType<T>,
  'queryKey' | 'queryFn'
>;

/** Extra options a caller may pass to a feature's mutation hook. */
export type MutationConfig<MutationFnType extends (...args: never[]) => Promise<unknown>> =
  UseMutationOptions<
    Awaited<ReturnType<MutationFnType>>,
    ApiError,
    Parameters<MutationFnType>[0]
  >;

export type { UseQueryOptions };

const defaultOptions: DefaultOptions = {
  queries: {
    staleTime: 30_000,
    refetchOnWindowFocus: false,
    // 4xx answers will not change on a retry; network trouble and 5xx might.
    retry: (failureCount, error) =>
      !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
  },
  mutations: { retry: false },
};

/**
 * @param onUnauthorized called when a query answers 401 — the session ended, so the app goes
 *   back to the login page. Mutations are left out: a 401 there can be a wrong current password
 *   or a failed login, which the form shows itself.
 */
export function createQueryClient(onUnauthorized?: () => void): QueryClient {
  return new QueryClient({
    defaultOptions,
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) onUnauthorized?.();
      },
    }),
  });
}
