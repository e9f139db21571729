import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AssistantIntent } from '../types';
import { intentsKey } from './keys';

export const getIntents = (workspaceId: string) =>
  api.get<AssistantIntent[]>('/api/assistant/intents', { params: { workspaceId } });

export const getIntentsQueryOptions = (workspaceId: string) =>
  queryOptions({ queryKey: intentsKey(workspaceId), queryFn: () => getIntents(workspaceId) });

export const useIntents = (workspaceId: string) => useQuery(getIntentsQueryOptions(workspaceId));
