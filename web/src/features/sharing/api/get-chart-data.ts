import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChartData } from '@/types/api';

/** A chart's live data (`GET /api/charts/{id}/data`) for its own window: members and share recipients. */
export const getChartData = ({ chartId }: { chartId: string }, signal?: AbortSignal) =>
  api.get<ChartData>(`/api/charts/${encodeURIComponent(chartId)}/data`, { signal });

export const getChartDataQueryOptions = ({ chartId }: { chartId: string }) =>
  queryOptions({
    queryKey: ['charts', 'detail', chartId, 'data'],
    queryFn: ({ signal }) => getChartData({ chartId }, signal),
  });

export const useChartData = ({
  queryConfig,
  ...input
}: { chartId: string; queryConfig?: QueryConfig<typeof getChartDataQueryOptions> }) =>
  useQuery({ ...getChartDataQueryOptions(input), ...queryConfig });
