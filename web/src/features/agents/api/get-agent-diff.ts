import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { AgentDiff } from '../types';
import { agentKey } from './keys';

type GetAgentDiffInput = { agentId: string; from: number; to: number };

/** Two versions side by side, one row per line of the agent's text form. */
export const getAgentDiff = ({ agentId, from, to }: GetAgentDiffInput) =>
  api.get<AgentDiff>(`/api/chat/agents/${encodeURIComponent(agentId)}/diff`, { params: { from, to } });

export const getAgentDiffQueryOptions = (input: GetAgentDiffInput) =>
  queryOptions({
    queryKey: [...agentKey(input.agentId), 'diff', input.from, input.to],
    queryFn: () => getAgentDiff(input),
  });

export const useAgentDiff = ({
  queryConfig,
  ...input
}: GetAgentDiffInput & { queryConfig?: QueryConfig<typeof getAgentDiffQueryOptions> }) =>
  useQuery({ ...getAgentDiffQueryOptions(input), ...queryConfig });
