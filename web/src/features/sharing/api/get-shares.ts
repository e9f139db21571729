import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Share, ShareTargetRef } from '../types';
import { sharesKey, targetParam } from './keys';

/** One target's live shares, or a whole workspace's (for its editors). */
export type GetSharesInput =
  | { target: ShareTargetRef; page?: number; size?: number }
  | { workspaceId: string; page?: number; size?: number };

const params = (input: GetSharesInput) => ({
  ...('target' in input ? { target: targetParam(input.target) } : { workspaceId: input.workspaceId }),
  page: input.page ?? 0,
  size: input.size ?? 50,
});

export const getShares = (input: GetSharesInput) => api.get<Page<Share>>('/api/shares', { params: params(input) });

export const getSharesQueryOptions = (input: GetSharesInput) =>
  queryOptions({
    queryKey: [...sharesKey, params(input)],
    queryFn: () => getShares(input),
    placeholderData: keepPreviousData,
  });

export const useShares = ({
  queryConfig,
  ...input
}: GetSharesInput & { queryConfig?: QueryConfig<typeof getSharesQueryOptions> }) =>
  useQuery({ ...getSharesQueryOptions(input as GetSharesInput), ...queryConfig });
