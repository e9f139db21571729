import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChartView } from '../types';
import { chartKey, chartPath } from './keys';

/** `GET /api/charts/{id}`: the whole chart, to edit it. */
export const getChartView = (chartId: string) => api.get<ChartView>(chartPath(chartId));

export const getChartViewQueryOptions = (chartId: string) =>
  queryOptions({ queryKey: chartKey(chartId), queryFn: () => getChartView(chartId) });

export const useChartView = ({
  chartId,
  queryConfig,
}: {
  chartId: string;
  queryConfig?: QueryConfig<typeof getChartViewQueryOptions>;
}) => useQuery({ ...getChartViewQueryOptions(chartId), ...queryConfig });
