import { queryOptions, useQueries } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChartVisual } from '../types';

/** `GET /api/charts/{id}` (`ChartView`): only what the dashboard reads from it. */
export type ChartDefinition = {
  id: string;
  workspaceId: string;
  title: string;
  /** A ChartQuery; `dataset` is the dataset's NAME. Absent for a chart written in SQL. */
  query?: { dataset: string } | null;
  sql?: string | null;
  visual?: ChartVisual | null;
};

export const getChart = (chartId: string) => api.get<ChartDefinition>(`/api/charts/${encodeURIComponent(chartId)}`);

export const getChartQueryOptions = (chartId: string) =>
  queryOptions({
    queryKey: ['charts', 'detail', chartId],
    queryFn: () => getChart(chartId),
    // a chart's dataset rarely changes; live updates only need to know which it is
    staleTime: 5 * 60_000,
  });

export const useCharts = (chartIds: string[]) =>
  useQueries({ queries: chartIds.map((id) => getChartQueryOptions(id)) });
