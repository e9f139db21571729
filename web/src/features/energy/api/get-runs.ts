import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { RunSummary } from '../types';
import { runListKey, sitePath } from './keys';

type GetRunsInput = { siteId: string; page?: number; size?: number };

/** The site's runs, newest first. */
export const getRuns = ({ siteId, page = 0, size = 20 }: GetRunsInput) =>
  api.get<Page<RunSummary>>(`${sitePath(siteId)}/runs`, { params: { page, size } });

export const getRunsQueryOptions = ({ siteId, page = 0, size = 20 }: GetRunsInput) =>
  queryOptions({
    queryKey: [...runListKey(siteId), { page, size }],
    queryFn: () => getRuns({ siteId, page, size }),
    placeholderData: keepPreviousData,
  });

export const useRuns = ({ queryConfig, ...input }: GetRunsInput & { queryConfig?: QueryConfig<typeof getRunsQueryOptions> }) =>
  useQuery({ ...getRunsQueryOptions(input), ...queryConfig });
