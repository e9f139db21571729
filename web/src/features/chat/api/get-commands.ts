import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { CommandSpec } from '../types';
import { chatKey } from './keys';

/** The commands a session may run (the slash menu); without a session, the user's. */
export const getCommands = ({ sessionId }: { sessionId?: string | null }) =>
  api
    .get<CommandSpec[] | { items: CommandSpec[] }>('/api/chat/commands', { params: { sessionId } })
    // a list by the contract; a page is read as well
    .then((answer) => (Array.isArray(answer) ? answer : (answer?.items ?? [])));

export const getCommandsQueryOptions = ({ sessionId }: { sessionId?: string | null }) =>
  queryOptions({
    queryKey: [...chatKey, 'commands', { sessionId: sessionId ?? null }],
    queryFn: () => getCommands({ sessionId }),
    staleTime: 5 * 60_000,
  });

export const useCommands = ({
  sessionId,
  queryConfig,
}: { sessionId?: string | null; queryConfig?: QueryConfig<typeof getCommandsQueryOptions> }) =>
  // the server lists a session's commands; a chat not saved yet has none to offer
  useQuery({ ...getCommandsQueryOptions({ sessionId }), enabled: !!sessionId, ...queryConfig });
