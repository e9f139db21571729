import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ApiToken } from '@/types/api';

export const getTokens = ({ page = 0, size = 50 }: { page?: number; size?: number } = {}) =>
  api.get<Page<ApiToken>>('/api/tokens', { params: { page, size } });

export const tokensQueryKey = ['tokens'] as const;

export const getTokensQueryOptions = ({ page = 0, size = 50 }: { page?: number; size?: number } = {}) =>
  queryOptions({ queryKey: [...tokensQueryKey, { page, size }], queryFn: () => getTokens({ page, size }) });

export const useTokens = ({
  page,
  size,
  queryConfig,
}: { page?: number; size?: number; queryConfig?: QueryConfig<typeof getTokensQueryOptions> } = {}) =>
  useQuery({ ...getTokensQueryOptions({ page, size }), ...queryConfig });
