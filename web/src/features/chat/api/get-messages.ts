import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChatMessage } from '../types';
import { sessionKey, sessionPath } from './keys';

/** A session's messages, oldest first (up to 500: the conversation as the panel shows it). */
export const getMessages = ({ sessionId }: { sessionId: string }) =>
  api.get<Page<ChatMessage>>(`${sessionPath(sessionId)}/messages`, { params: { page: 0, size: 500 } });

export const messagesKey = (sessionId: string) => [...sessionKey(sessionId), 'messages'] as const;

export const getMessagesQueryOptions = ({ sessionId }: { sessionId: string }) =>
  // a conversation changes through the stream, not by refetching
  queryOptions({ queryKey: messagesKey(sessionId), queryFn: () => getMessages({ sessionId }), staleTime: Infinity });

export const useMessages = ({
  sessionId,
  queryConfig,
}: { sessionId: string; queryConfig?: QueryConfig<typeof getMessagesQueryOptions> }) =>
  useQuery({ ...getMessagesQueryOptions({ sessionId }), ...queryConfig });
