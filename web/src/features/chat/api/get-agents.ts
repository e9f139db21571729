import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Agent } from '../types';
import { chatKey } from './keys';

/** The workspace's agents (the agent selector). */
export const getAgents = ({ workspaceId }: { workspaceId: string }) =>
  api.get<Page<Agent>>('/api/chat/agents', { params: { workspaceId, page: 0, size: 100 } });

export const getAgentsQueryOptions = ({ workspaceId }: { workspaceId: string }) =>
  queryOptions({ queryKey: [...chatKey, 'agents', { workspaceId }], queryFn: () => getAgents({ workspaceId }) });

export const useAgents = ({
  workspaceId,
  queryConfig,
}: { workspaceId: string; queryConfig?: QueryConfig<typeof getAgentsQueryOptions> }) =>
  useQuery({ ...getAgentsQueryOptions({ workspaceId }), ...queryConfig });
