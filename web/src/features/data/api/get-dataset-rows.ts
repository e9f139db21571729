import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { TabularData } from '@/types/api';
import { datasetPath, datasetQueryKey } from './get-dataset';

type GetDatasetRowsInput = {
  datasetId: string;
  limit?: number;
  /** Only part of the cache key: rows appended through the API raise it, and the rows are asked for again. */
  dataVersion?: number;
};

/** The first rows of a dataset, as stored. */
export const getDatasetRows = ({ datasetId, limit = 50 }: GetDatasetRowsInput) =>
  api.get<TabularData>(`${datasetPath(datasetId)}/rows`, { params: { limit } });

export const getDatasetRowsQueryOptions = ({ datasetId, limit = 50, dataVersion }: GetDatasetRowsInput) =>
  queryOptions({
    queryKey: [...datasetQueryKey(datasetId), 'rows', { limit, dataVersion }],
    queryFn: () => getDatasetRows({ datasetId, limit }),
  });

export const useDatasetRows = ({
  queryConfig,
  ...input
}: GetDatasetRowsInput & { queryConfig?: QueryConfig<typeof getDatasetRowsQueryOptions> }) =>
  useQuery({ ...getDatasetRowsQueryOptions(input), ...queryConfig });
