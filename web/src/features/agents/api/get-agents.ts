import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Agent } from '../types';
import { agentListKey } from './keys';

/** The workspace's agents (the server seeds "Analyst" and "Energy planner" on the first read). */
export const getAgents = ({ workspaceId }: { workspaceId: string }) =>
  api.get<Page<Agent>>('/api/chat/agents', { params: { workspaceId, page: 0, size: 200 } });

export const getAgentsQueryOptions = ({ workspaceId }: { workspaceId: string }) =>
  queryOptions({ queryKey: agentListKey(workspaceId), queryFn: () => getAgents({ workspaceId }) });

export const useAgents = ({
  queryConfig,
  workspaceId,
}: { workspaceId: string; queryConfig?: QueryConfig<typeof getAgentsQueryOptions> }) =>
  useQuery({ ...getAgentsQueryOptions({ workspaceId }), ...queryConfig });
