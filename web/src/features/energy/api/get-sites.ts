import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Site } from '../types';
import { siteListKey } from './keys';

/** The workspace's sites, each with its model and its last fit. */
export const getSites = ({ workspaceId }: { workspaceId: string }) =>
  api.get<Page<Site>>('/api/energy/sites', { params: { workspaceId, page: 0, size: 200 } });

export const getSitesQueryOptions = ({ workspaceId }: { workspaceId: string }) =>
  queryOptions({ queryKey: siteListKey(workspaceId), queryFn: () => getSites({ workspaceId }) });

export const useSites = ({
  queryConfig,
  workspaceId,
}: { workspaceId: string; queryConfig?: QueryConfig<typeof getSitesQueryOptions> }) =>
  useQuery({ ...getSitesQueryOptions({ workspaceId }), ...queryConfig });
