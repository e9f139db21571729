import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChatSession } from '../types';
import { sessionListsKey } from './keys';

type GetSessionsInput = { workspaceId: string; q?: string };

/** The user's sessions in a workspace, newest activity first; `q` searches titles and messages. */
export const getSessions = ({ workspaceId, q }: GetSessionsInput) =>
  api.get<Page<ChatSession>>('/api/chat/sessions', { params: { workspaceId, q, page: 0, size: 100 } });

export const getSessionsQueryOptions = (input: GetSessionsInput) =>
  queryOptions({
    queryKey: [...sessionListsKey, { workspaceId: input.workspaceId, q: input.q ?? '' }],
    queryFn: () => getSessions(input),
    placeholderData: keepPreviousData,
  });

export const useSessions = ({
  queryConfig,
  ...input
}: GetSessionsInput & { queryConfig?: QueryConfig<typeof getSessionsQueryOptions> }) =>
  useQuery({ ...getSessionsQueryOptions(input), ...queryConfig });
