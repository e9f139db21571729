import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { DatasetSummary } from '@/types/api';

/** Everything under this key is refreshed after a dataset is added, renamed, changed or deleted. */
export const datasetListsQueryKey = ['datasets', 'list'] as const;

type GetDatasetsInput = { workspaceId: string; page?: number; size?: number };

export const getDatasets = ({ workspaceId, page = 0, size = 50 }: GetDatasetsInput) =>
  api.get<Page<DatasetSummary>>('/api/datasets', { params: { workspaceId, page, size } });

export const getDatasetsQueryOptions = ({ workspaceId, page = 0, size = 50 }: GetDatasetsInput) =>
  queryOptions({
    queryKey: [...datasetListsQueryKey, { workspaceId, page, size }],
    queryFn: () => getDatasets({ workspaceId, page, size }),
    placeholderData: keepPreviousData,
  });

export const useDatasets = ({
  queryConfig,
  ...input
}: GetDatasetsInput & { queryConfig?: QueryConfig<typeof getDatasetsQueryOptions> }) =>
  useQuery({ ...getDatasetsQueryOptions(input), ...queryConfig });
