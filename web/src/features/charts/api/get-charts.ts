import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChartView } from '../types';
import { chartListsKey } from './keys';

type GetChartsInput = { workspaceId: string; q?: string; page?: number; size?: number };

/** `GET /api/charts`: the workspace's charts, `q` a case-insensitive part of the title. */
export const getCharts = ({ workspaceId, q = '', page = 0, size = 20 }: GetChartsInput) =>
  api.get<Page<ChartView>>('/api/charts', { params: { workspaceId, q: q.trim(), page, size } });

export const getChartsQueryOptions = ({ workspaceId, q = '', page = 0, size = 20 }: GetChartsInput) =>
  queryOptions({
    queryKey: [...chartListsKey, { workspaceId, q: q.trim(), page, size }],
    queryFn: () => getCharts({ workspaceId, q, page, size }),
    // typing a search keeps the last list on screen until the new one arrives
    placeholderData: keepPreviousData,
  });

export const useChartList = ({
  queryConfig,
  ...input
}: GetChartsInput & { queryConfig?: QueryConfig<typeof getChartsQueryOptions> }) =>
  useQuery({ ...getChartsQueryOptions(input), ...queryConfig });
