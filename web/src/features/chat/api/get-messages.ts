import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChatMessage } from '../types';
import { sessionKey, sessionPath } from './keys';

const PAGE = 200; // the server's largest page

const messagesPage = (sessionId: string, page: number) =>
  api.get<Page<ChatMessage>>(`${sessionPath(sessionId)}/messages`, { params: { page, size: PAGE } });

/**
 * A session's messages, oldest first: all of them up to 200, else the newest 200 to 400
 * (the last two pages), which is what a conversation view shows.
 */
export const getMessages = async ({ sessionId }: { sessionId: string }): Promise<Page<ChatMessage>> => {
  const first = await messagesPage(sessionId, 0);
  const last = Math.max(0, Math.ceil(first.total / PAGE) - 1);
  if (last === 0) return first;
  const [before, end] = await Promise.all([messagesPage(sessionId, last - 1), messagesPage(sessionId, last)]);
  return { ...end, items: [...before.items, ...end.items] };
};

export const messagesKey = (sessionId: string) => [...sessionKey(sessionId), 'messages'] as const;

export const getMessagesQueryOptions = ({ sessionId }: { sessionId: string }) =>
  // a conversation changes through the stream, not by refetching
  queryOptions({ queryKey: messagesKey(sessionId), queryFn: () => getMessages({ sessionId }), staleTime: Infinity });

export const useMessages = ({
  sessionId,
  queryConfig,
}: { sessionId: string; queryConfig?: QueryConfig<typeof getMessagesQueryOptions> }) =>
  useQuery({ ...getMessagesQueryOptions({ sessionId }), ...queryConfig });
