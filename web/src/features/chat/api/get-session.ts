import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { ChatSession } from '../types';
import { sessionKey, sessionPath } from './keys';

export const getSession = ({ sessionId }: { sessionId: string }) => api.get<ChatSession>(sessionPath(sessionId));

export const getSessionQueryOptions = ({ sessionId }: { sessionId: string }) =>
  queryOptions({ queryKey: sessionKey(sessionId), queryFn: () => getSession({ sessionId }) });

export const useSession = ({
  sessionId,
  queryConfig,
}: { sessionId: string; queryConfig?: QueryConfig<typeof getSessionQueryOptions> }) =>
  useQuery({ ...getSessionQueryOptions({ sessionId }), ...queryConfig });
