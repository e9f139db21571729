import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Member } from '@/types/api';

export const getMembers = ({ workspaceId, page = 0, size = 50 }: { workspaceId: string; page?: number; size?: number }) =>
  api.get<Page<Member>>(`/api/workspaces/${encodeURIComponent(workspaceId)}/members`, { params: { page, size } });

export const membersQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const;

export const getMembersQueryOptions = ({
  workspaceId,
  page = 0,
  size = 50,
}: {
  workspaceId: string;
  page?: number;
  size?: number;
}) =>
  queryOptions({
    queryKey: [...membersQueryKey(workspaceId), { page, size }],
    queryFn: () => getMembers({ workspaceId, page, size }),
  });

export const useMembers = ({
  workspaceId,
  page,
  size,
  queryConfig,
}: {
  workspaceId: string;
  page?: number;
  size?: number;
  queryConfig?: QueryConfig<typeof getMembersQueryOptions>;
}) => useQuery({ ...getMembersQueryOptions({ workspaceId, page, size }), ...queryConfig });
