import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { OidcProvider } from '@/types/api';

export type AuthProviders = { oidc: OidcProvider[] };

export const getProviders = (): Promise<AuthProviders> => api.get<AuthProviders>('/api/auth/providers');

export const getProvidersQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'providers'], queryFn: getProviders, staleTime: Infinity });

export const useProviders = ({
  queryConfig,
}: { queryConfig?: QueryConfig<typeof getProvidersQueryOptions> } = {}) =>
  useQuery({ ...getProvidersQueryOptions(), ...queryConfig });
