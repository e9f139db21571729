import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Workspace } from '@/types/api';

/** The server's largest page: the switcher lists every workspace of the user at once. */
const ALL = 200;

export const getWorkspaces = ({ page = 0, size = ALL }: { page?: number; size?: number } = {}) =>
  api.get<Page<Workspace>>('/api/workspaces', { params: { page, size } });

export const workspacesQueryKey = ['workspaces'] as const;

export const getWorkspacesQueryOptions = ({ page = 0, size = ALL }: { page?: number; size?: number } = {}) =>
  queryOptions({
    queryKey: [...workspacesQueryKey, { page, size }],
    queryFn: () => getWorkspaces({ page, size }),
  });

export const useWorkspaces = ({
  page,
  size,
  queryConfig,
}: { page?: number; size?: number; queryConfig?: QueryConfig<typeof getWorkspacesQueryOptions> } = {}) =>
  useQuery({ ...getWorkspacesQueryOptions({ page, size }), ...queryConfig });
