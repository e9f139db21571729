import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { CommandSpec } from '../types';
import { chatKey } from './keys';

type CommandsScope = { sessionId?: string | null; workspaceId?: string | null; agentId?: string | null };

/**
 * The commands a session may run (the slash menu); before the first message, those the
 * workspace's policy and the chosen agent allow.
 */
export const getCommands = ({ sessionId, workspaceId, agentId }: CommandsScope) =>
  api
    .get<CommandSpec[] | { items: CommandSpec[] }>('/api/chat/commands', {
      params: sessionId ? { sessionId } : { workspaceId: workspaceId ?? undefined, agentId: agentId || undefined },
    })
    // a list by the contract; a page is read as well
    .then((answer) => (Array.isArray(answer) ? answer : (answer?.items ?? [])));

export const getCommandsQueryOptions = ({ sessionId, workspaceId, agentId }: CommandsScope) =>
  queryOptions({
    queryKey: [
      ...chatKey,
      'commands',
      sessionId ? { sessionId } : { workspaceId: workspaceId ?? null, agentId: agentId || null },
    ],
    queryFn: () => getCommands({ sessionId, workspaceId, agentId }),
    staleTime: 5 * 60_000,
  });

export const useCommands = ({
  sessionId,
  workspaceId,
  agentId,
  queryConfig,
}: CommandsScope & { queryConfig?: QueryConfig<typeof getCommandsQueryOptions> }) =>
  useQuery({
    ...getCommandsQueryOptions({ sessionId, workspaceId, agentId }),
    enabled: !!sessionId || !!workspaceId,
    ...queryConfig,
  });
