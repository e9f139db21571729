import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { DatasetSummary } from '@/types/api';

export const datasetQueryKey = (datasetId: string) => ['datasets', 'detail', datasetId] as const;

export const datasetPath = (datasetId: string) => `/api/datasets/${encodeURIComponent(datasetId)}`;

export const getDataset = ({ datasetId }: { datasetId: string }) => api.get<DatasetSummary>(datasetPath(datasetId));

export const getDatasetQueryOptions = ({ datasetId }: { datasetId: string }) =>
  queryOptions({ queryKey: datasetQueryKey(datasetId), queryFn: () => getDataset({ datasetId }) });

export const useDataset = ({
  datasetId,
  queryConfig,
}: {
  datasetId: string;
  queryConfig?: QueryConfig<typeof getDatasetQueryOptions>;
}) => useQuery({ ...getDatasetQueryOptions({ datasetId }), ...queryConfig });
