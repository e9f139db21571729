import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import { anyProcessing } from '../file-format';
import type { WorkspaceFile } from '../types';
import { filesKey, filesPath } from './keys';

export const getFiles = ({ workspaceId, page = 0, size = 50 }: { workspaceId: string; page?: number; size?: number }) =>
  api.get<Page<WorkspaceFile>>(filesPath(workspaceId), { params: { page, size } });

export const getFilesQueryOptions = ({
  workspaceId,
  page = 0,
  size = 50,
}: {
  workspaceId: string;
  page?: number;
  size?: number;
}) =>
  queryOptions({
    queryKey: [...filesKey(workspaceId), { page, size }],
    queryFn: () => getFiles({ workspaceId, page, size }),
    // asked again every two seconds while a file is still being read
    refetchInterval: (query) => (anyProcessing(query.state.data?.items) ? 2_000 : false),
  });

export const useFiles = ({
  workspaceId,
  page,
  size,
  queryConfig,
}: {
  workspaceId: string;
  page?: number;
  size?: number;
  queryConfig?: QueryConfig<typeof getFilesQueryOptions>;
}) => useQuery({ ...getFilesQueryOptions({ workspaceId, page, size }), ...queryConfig });
