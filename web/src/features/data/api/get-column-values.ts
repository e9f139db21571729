import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { TabularData } from '@/types/api';
import { datasetPath, datasetQueryKey } from './get-dataset';

type GetColumnValuesInput = { datasetId: string; column: string; limit?: number };

/** A column's most frequent values, most frequent first: rows of `[value, rows]`. */
export const getColumnValues = ({ datasetId, column, limit = 20 }: GetColumnValuesInput) =>
  api.get<TabularData>(`${datasetPath(datasetId)}/columns/${encodeURIComponent(column)}/values`, {
    params: { limit },
  });

export const getColumnValuesQueryOptions = ({ datasetId, column, limit = 20 }: GetColumnValuesInput) =>
  queryOptions({
    queryKey: [...datasetQueryKey(datasetId), 'values', column, { limit }],
    queryFn: () => getColumnValues({ datasetId, column, limit }),
  });

export const useColumnValues = ({
  queryConfig,
  ...input
}: GetColumnValuesInput & { queryConfig?: QueryConfig<typeof getColumnValuesQueryOptions> }) =>
  useQuery({ ...getColumnValuesQueryOptions(input), ...queryConfig });
