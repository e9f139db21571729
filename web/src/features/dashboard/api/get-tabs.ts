import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { TabSummary } from '../types';
import { tabListsKey } from './keys';

type GetTabsInput = { workspaceId: string };

/** The workspace's tabs, in their order (one page of up to 200: a tab bar, not a catalogue). */
export const getTabs = ({ workspaceId }: GetTabsInput) =>
  api.get<Page<TabSummary>>('/api/tabs', { params: { workspaceId, page: 0, size: 200 } });

export const tabsQueryKey = (workspaceId: string) => [...tabListsKey, { workspaceId }] as const;

export const getTabsQueryOptions = ({ workspaceId }: GetTabsInput) =>
  queryOptions({ queryKey: tabsQueryKey(workspaceId), queryFn: () => getTabs({ workspaceId }) });

export const useTabs = ({
  queryConfig,
  ...input
}: GetTabsInput & { queryConfig?: QueryConfig<typeof getTabsQueryOptions> }) =>
  useQuery({ ...getTabsQueryOptions(input), ...queryConfig });
