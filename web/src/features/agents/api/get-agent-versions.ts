import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { AgentVersionSummary } from '../types';
import { agentKey } from './keys';

/** Every version of an agent, newest first. */
export const getAgentVersions = ({ agentId }: { agentId: string }) =>
  api.get<AgentVersionSummary[]>(`/api/chat/agents/${encodeURIComponent(agentId)}/versions`);

export const getAgentVersionsQueryOptions = ({ agentId }: { agentId: string }) =>
  queryOptions({ queryKey: [...agentKey(agentId), 'versions'], queryFn: () => getAgentVersions({ agentId }) });

export const useAgentVersions = ({
  queryConfig,
  agentId,
}: { agentId: string; queryConfig?: QueryConfig<typeof getAgentVersionsQueryOptions> }) =>
  useQuery({ ...getAgentVersionsQueryOptions({ agentId }), ...queryConfig });
