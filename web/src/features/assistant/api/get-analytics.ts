import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AssistantAnalytics } from '../types';
import { analyticsKey } from './keys';

export type AnalyticsInput = { workspaceId: string; from?: string; to?: string };

export const getAnalytics = ({ workspaceId, from, to }: AnalyticsInput) =>
  api.get<AssistantAnalytics>('/api/assistant/analytics', { params: { workspaceId, from, to } });

export const getAnalyticsQueryOptions = (input: AnalyticsInput) =>
  queryOptions({
    queryKey: [...analyticsKey, input],
    queryFn: () => getAnalytics(input),
    placeholderData: keepPreviousData,
  });

export const useAnalytics = (input: AnalyticsInput) => useQuery(getAnalyticsQueryOptions(input));
