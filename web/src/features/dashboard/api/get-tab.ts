import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Tab } from '../types';
import { tabKey, tabPath } from './keys';

export const getTab = (tabId: string) => api.get<Tab>(tabPath(tabId));

export const getTabQueryOptions = (tabId: string) =>
  queryOptions({ queryKey: tabKey(tabId), queryFn: () => getTab(tabId) });

export const useTab = ({ tabId, queryConfig }: { tabId: string; queryConfig?: QueryConfig<typeof getTabQueryOptions> }) =>
  useQuery({ ...getTabQueryOptions(tabId), ...queryConfig });
