import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChartData, ChartVisual } from '@/types/api';
import type { ChartQuery } from '../types';

/** The body of `POST /api/charts/preview`: a chart that is not saved. */
export type PreviewBody = { workspaceId?: string; query?: ChartQuery; sql?: string; visual?: ChartVisual };

/** Runs a draft chart and answers what `GET /api/charts/{id}/data` would; nothing is stored. */
export const previewChart = (body: PreviewBody, signal?: AbortSignal) =>
  api.post<ChartData>('/api/charts/preview', body, { signal });

export const previewChartQueryOptions = (body: PreviewBody) =>
  queryOptions({
    // the key is the draft itself: an edit back to an earlier draft answers from the cache
    queryKey: ['charts', 'preview', body],
    queryFn: ({ signal }) => previewChart(body, signal),
    staleTime: 60_000,
  });

export const usePreviewChart = ({
  body,
  queryConfig,
}: {
  body: PreviewBody;
  queryConfig?: QueryConfig<typeof previewChartQueryOptions>;
}) => useQuery({ ...previewChartQueryOptions(body), ...queryConfig });
