import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { TabData, TabView } from '../types';
import { dataQuery } from '../url-state';
import { tabDataKey, tabPath } from './keys';

type GetTabDataInput = { tabId: string; view: TabView };

/** The data of every chart of the tab in one answer, for the window and filter values viewed. */
export const getTabData = ({ tabId, view }: GetTabDataInput, signal?: AbortSignal) => {
  const query = dataQuery(view);
  return api.get<TabData>(`${tabPath(tabId)}/data${query ? `?${query}` : ''}`, { signal });
};

export const getTabDataQueryOptions = ({ tabId, view }: GetTabDataInput) =>
  queryOptions({
    queryKey: [...tabDataKey(tabId), dataQuery(view)],
    queryFn: ({ signal }) => getTabData({ tabId, view }, signal),
    // a new window keeps the old charts on screen until the new data arrives
    placeholderData: keepPreviousData,
  });

export const useTabData = ({
  queryConfig,
  ...input
}: GetTabDataInput & { queryConfig?: QueryConfig<typeof getTabDataQueryOptions> }) =>
  useQuery({ ...getTabDataQueryOptions(input), ...queryConfig });
