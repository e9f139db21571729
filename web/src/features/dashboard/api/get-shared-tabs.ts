import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { SharedTab } from '../types';
import { tabListsKey } from './keys';

/** Tabs other people shared with the caller (`GET /api/tabs/shared`), whatever their workspace. */
export const getSharedTabs = () => api.get<SharedTab[]>('/api/tabs/shared');

export const sharedTabsQueryKey = [...tabListsKey, 'shared'] as const;

export const getSharedTabsQueryOptions = () =>
  queryOptions({ queryKey: sharedTabsQueryKey, queryFn: getSharedTabs });

export const useSharedTabs = ({ queryConfig }: { queryConfig?: QueryConfig<typeof getSharedTabsQueryOptions> } = {}) =>
  useQuery({ ...getSharedTabsQueryOptions(), ...queryConfig });
